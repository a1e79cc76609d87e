// SPDX-License-Identifier: Apache-2.0
#include "archive_reader.hpp"

#include <baocao/sdk/error.hpp>

#include <archive.h>
#include <archive_entry.h>

#include <array>
#include <cerrno>

namespace baocao::plugins {

namespace {

constexpr std::size_t read_block = 1 << 16;

std::string error_of(::archive* a) {
    const char* s = archive_error_string(a);
    return s != nullptr && *s != '\0' ? s : "no reason given";
}

/// libarchive calls exit(1) ("Fatal Internal Error in libarchive: No memory")
/// when a name it converts fails and errno says ENOMEM, even an ENOMEM left
/// over from an allocation it refused and survived earlier (a hostile
/// archive asks for 2^64 - 3 bytes). errno is cleared before each call that
/// converts a name, so that only a failure of that call can end the run.
void clear_errno() { errno = 0; }

bool mentions_encryption(const std::string& message) {
    return message.find("ncrypt") != std::string::npos || message.find("assphrase") != std::string::npos ||
           message.find("assword") != std::string::npos;
}

}  // namespace

archive_reader::archive_reader(const item& it, bool one_stream) : one_stream_(one_stream) {
    archive_ = archive_read_new();
    if (archive_ == nullptr) throw rejection_error(error_code::unreadable, "cannot start the archive reader: out of memory");
    archive_read_support_filter_gzip(archive_);
    archive_read_support_filter_bzip2(archive_);
    archive_read_support_filter_xz(archive_);
    archive_read_support_filter_lzma(archive_);
    archive_read_support_filter_zstd(archive_);
    if (one_stream) {
        archive_read_support_format_raw(archive_);
    } else {
        archive_read_support_format_rar(archive_);
        archive_read_support_format_rar5(archive_);
        archive_read_support_format_7zip(archive_);
        archive_read_support_format_tar(archive_);
    }
    int r;
    clear_errno();
    if (it.in_memory()) {
        bytes_ = it.bytes;
        r = archive_read_open_memory(archive_, bytes_->data(), bytes_->size());
    } else {
        file_ = open_regular_file(it.path);
        r = archive_read_open_fd(archive_, file_.fd(), read_block);
    }
    if (r != ARCHIVE_OK) {
        const std::string why = error_of(archive_);
        archive_read_free(archive_);
        archive_ = nullptr;
        throw rejection_error(error_code::corrupt_zip, "cannot open the archive: " + why);
    }
}

archive_reader::~archive_reader() {
    if (archive_ != nullptr) archive_read_free(archive_);
}

bool archive_reader::next(archive_entry_header& out) {
    ::archive_entry* e = nullptr;
    clear_errno();
    const int r = archive_read_next_header(archive_, &e);
    if (r == ARCHIVE_EOF) return false;
    if (r < ARCHIVE_WARN || e == nullptr) {
        const std::string why = error_of(archive_);
        if (mentions_encryption(why))
            throw rejection_error(error_code::encrypted, "the archive's list of files is password-protected: " + why);
        if (why.find("solid archive support unavailable") != std::string::npos)
            throw rejection_error(error_code::unsupported_format,
                                  "a solid RAR 4 archive (WinRAR's \"solid\" option), whose files after the first "
                                  "cannot be read here; ask the unit to send them unpacked or as a .zip");
        throw rejection_error(error_code::corrupt_zip, "damaged archive: " + why);
    }
    out = archive_entry_header{};
    clear_errno();
    if (const char* utf8 = archive_entry_pathname_utf8(e); utf8 != nullptr) {
        out.raw_name = utf8;
        out.name_is_utf8 = true;
    } else {
        clear_errno();
        if (const char* raw = archive_entry_pathname(e); raw != nullptr) out.raw_name = raw;
    }
    const auto type = archive_entry_filetype(e);
    out.is_file = one_stream_ || type == AE_IFREG;
    out.is_folder = !one_stream_ && type == AE_IFDIR;
    out.encrypted = archive_entry_is_encrypted(e) != 0;
    if (archive_entry_size_is_set(e) && !one_stream_) out.declared_size = archive_entry_size(e);
    return true;
}

bool archive_reader::read_data(std::string& out, std::uint64_t limit) {
    out.clear();
    std::array<char, read_block> buffer;
    for (;;) {
        clear_errno();
        const la_ssize_t n = archive_read_data(archive_, buffer.data(), buffer.size());
        if (n == 0) return true;
        if (n < 0) {
            const std::string why = error_of(archive_);
            if (mentions_encryption(why)) throw rejection_error(error_code::encrypted, "the file is password-protected: " + why);
            throw rejection_error(error_code::corrupt_zip, "damaged data: " + why);
        }
        if (out.size() + static_cast<std::uint64_t>(n) > limit) return false;
        out.append(buffer.data(), static_cast<std::size_t>(n));
    }
}

}  // namespace baocao::plugins
