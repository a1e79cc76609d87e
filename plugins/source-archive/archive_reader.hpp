// SPDX-License-Identifier: Apache-2.0
#pragma once
// A libarchive reader over a file on disk or an item's bytes, for the formats
// source-archive opens (RAR 4 and 5, 7-Zip, tar; gzip, bzip2, xz and zstd
// streams, a compressed tar or one compressed file).

#include "utf8_locale_scope.hpp"

#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/item.hpp>

#include <cstdint>
#include <memory>
#include <string>

struct archive;
struct archive_entry;

namespace baocao::plugins {

/// One entry's header as read.
struct archive_entry_header {
    std::string raw_name;        ///< the name's bytes as stored (UTF-8 when `name_is_utf8`)
    bool name_is_utf8 = false;   ///< the format stores names in Unicode (RAR 5, 7-Zip, a pax or Unicode-flagged header)
    bool is_file = false;        ///< a regular file (else a folder, a link or a device)
    bool is_folder = false;
    bool encrypted = false;      ///< the entry's data (or the archive's headers) are encrypted
    std::int64_t declared_size = -1;   ///< the size the header states, -1 when it states none
};

/// Owns an open libarchive reader, on the thread that made it (names are
/// converted under a UTF-8 locale while it lives). `one_stream` opens a compressed stream that
/// holds no archive as one file (libarchive's "raw" format).
class archive_reader {
public:
    /// Throws rejection_error: `unreadable` when the file cannot be read,
    /// `corrupt_zip` when the archive cannot be opened.
    archive_reader(const item& it, bool one_stream);
    ~archive_reader();
    archive_reader(const archive_reader&) = delete;
    archive_reader& operator=(const archive_reader&) = delete;

    /// The next entry's header; false at the end. Throws rejection_error:
    /// `encrypted` for encrypted headers, `corrupt_zip` for a damaged one.
    bool next(archive_entry_header& out);

    /// Reads the current entry's data into `out`, at most `limit` bytes; false
    /// when there was more. Throws rejection_error(corrupt_zip) naming what
    /// libarchive reports for damaged data.
    bool read_data(std::string& out, std::uint64_t limit);

private:
    utf8_locale_scope names_in_utf8_;
    ::archive* archive_ = nullptr;
    file_handle file_;
    std::shared_ptr<const std::string> bytes_;
    bool one_stream_;
};

}  // namespace baocao::plugins
