// SPDX-License-Identifier: Apache-2.0
#include "zip_archive.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>

#include <unistd.h>

#include <zip.h>

namespace baocao::plugins {

namespace {

std::string describe(int code) {
    zip_error_t err;
    zip_error_init_with_code(&err, code);
    std::string text = zip_error_strerror(&err);
    zip_error_fini(&err);
    return text;
}

[[noreturn]] void fail(int code) {
    if (code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_SEEK || code == ZIP_ER_MEMORY)
        throw rejection_error(error_code::unreadable, "cannot read the archive: " + describe(code));
    throw rejection_error(error_code::corrupt_zip, "not a readable zip archive: " + describe(code));
}

}  // namespace

zip_archive::zip_archive(const item& it) {
    if (it.in_memory()) {
        bytes_ = it.bytes;
        zip_error_t err;
        zip_error_init(&err);
        zip_source_t* src = zip_source_buffer_create(bytes_->data(), bytes_->size(), 0, &err);
        if (!src) {
            zip_error_fini(&err);
            fail(ZIP_ER_MEMORY);
        }
        archive_ = zip_open_from_source(src, ZIP_RDONLY, &err);
        if (!archive_) {
            const int code = zip_error_code_zip(&err);
            zip_source_free(src);
            zip_error_fini(&err);
            fail(code);
        }
        zip_error_fini(&err);
        return;
    }
    int code = 0;
    // zip_fdopen closes the descriptor once the archive is open; on failure it stays ours.
    const int fd = open_regular_file(it.path).release();
    archive_ = zip_fdopen(fd, ZIP_RDONLY, &code);
    if (!archive_) {
        ::close(fd);
        fail(code);
    }
}

zip_archive::~zip_archive() {
    if (archive_) zip_discard(archive_);
}

unsigned long long zip_archive::size() const {
    const zip_int64_t n = zip_get_num_entries(archive_, 0);
    return n < 0 ? 0 : static_cast<unsigned long long>(n);
}

bool zip_archive::has_entry(const char* name) const {
    return zip_name_locate(archive_, name, ZIP_FL_ENC_RAW) >= 0;
}

}  // namespace baocao::plugins
