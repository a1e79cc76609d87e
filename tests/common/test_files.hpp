// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading and writing whole files in tests, byte for byte.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace baocao::testing {

/// The bytes of a file ("" when it cannot be read).
inline std::string read_file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Writes `bytes` to `p`, making its folder first.
inline void write_file_bytes(const std::filesystem::path& p, const std::string& bytes) {
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

}  // namespace baocao::testing
