// SPDX-License-Identifier: Apache-2.0
#include "zip_writer.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace baocao::samplegen {

namespace {

[[noreturn]] void fail(const std::string& what, zip_error_t* err) {
    throw std::runtime_error(what + ": " + zip_error_strerror(err));
}

}  // namespace

unsigned dos_date(int year, int month, int day) {
    return static_cast<unsigned>(((year - 1980) << 9) | (month << 5) | day);
}

unsigned dos_time(int hour, int minute, int second) {
    return static_cast<unsigned>((hour << 11) | (minute << 5) | (second / 2));
}

std::string write_zip(const std::vector<zip_entry>& entries, unsigned date_word, unsigned time_word) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buffer) fail("cannot create a zip buffer", &err);
    // The archive frees its source on close; keep it to read the bytes back.
    zip_source_keep(buffer);
    zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    if (!za) {
        zip_source_free(buffer);
        fail("cannot open a zip in memory", &err);
    }
    for (const zip_entry& e : entries) {
        zip_int64_t index = -1;
        if (!e.name.empty() && e.name.back() == '/') {
            index = zip_dir_add(za, e.name.c_str(), ZIP_FL_ENC_UTF_8);
        } else {
            // libzip copies nothing until zip_close: the source must outlive the
            // archive, so it reads from `entries`, which does.
            zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
            if (!src) {
                zip_discard(za);
                zip_source_free(buffer);
                throw std::runtime_error("cannot create an entry source for " + e.name);
            }
            index = zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
            if (index < 0) zip_source_free(src);
        }
        if (index < 0) {
            const std::string why = zip_strerror(za);
            zip_discard(za);
            zip_source_free(buffer);
            throw std::runtime_error("cannot add " + e.name + ": " + why);
        }
        const auto i = static_cast<zip_uint64_t>(index);
        if (e.name.back() != '/')
            zip_set_file_compression(za, i, e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, e.store ? 0 : 6);
        // A DOS time, not a time_t: zip_file_set_mtime converts through the
        // local time zone, which would make the bytes depend on the machine.
        zip_file_set_dostime(za, i, static_cast<zip_uint16_t>(time_word), static_cast<zip_uint16_t>(date_word), 0);
    }
    if (zip_close(za) != 0) {
        const std::string why = zip_strerror(za);
        zip_discard(za);
        zip_source_free(buffer);
        throw std::runtime_error("cannot write the zip: " + why);
    }
    std::string out;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0) {
        zip_source_free(buffer);
        throw std::runtime_error("cannot read the zip back");
    }
    out.resize(static_cast<std::size_t>(st.size));
    const zip_int64_t n = zip_source_read(buffer, out.data(), out.size());
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (n < 0 || static_cast<std::size_t>(n) != out.size()) throw std::runtime_error("short read of the zip");
    return out;
}

}  // namespace baocao::samplegen
