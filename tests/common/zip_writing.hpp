// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writing the zip packages test fixtures build (.docx, .odt) from their parts' text, with libzip.

#include "test_files.hpp"

#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace baocao::testing {

/// Writes `parts` (name → content pairs, in the order given) as a zip file;
/// parts named in `stored` are kept uncompressed. Returns `file`.
template <typename Parts>
std::filesystem::path write_zip(const std::filesystem::path& file, const Parts& parts, const std::vector<std::string>& stored = {}) {
    std::filesystem::remove(file);
    int err = 0;
    zip_t* za = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!za) throw std::runtime_error("zip_open failed");
    for (const auto& [name, content] : parts) {
        zip_source_t* src = zip_source_buffer(za, content.data(), content.size(), 0);
        const zip_int64_t idx = zip_file_add(za, name.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(src);
            zip_discard(za);
            throw std::runtime_error("zip_file_add failed");
        }
        if (std::find(stored.begin(), stored.end(), name) != stored.end())
            zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
    }
    if (zip_close(za) != 0) throw std::runtime_error("zip_close failed");
    return file;
}

/// The bytes of a file written to `file` by `write`, which is removed after.
template <typename Write>
std::string bytes_written(const std::filesystem::path& file, Write&& write) {
    write(file);
    std::string out = read_file_bytes(file);
    std::filesystem::remove(file);
    return out;
}

}  // namespace baocao::testing
