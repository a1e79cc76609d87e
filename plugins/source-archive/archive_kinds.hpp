// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which archive or compressed stream a file's first bytes show, and the names
// such files go by.

#include <string>
#include <string_view>

namespace baocao::plugins {

/// What the first bytes of a file show.
enum class archive_kind {
    none,
    rar,          ///< RAR 1.5–4.x ("Rar!\x1A\x07\x00") or RAR 5 ("Rar!\x1A\x07\x01\x00")
    seven_zip,    ///< 7-Zip ("7z\xBC\xAF\x27\x1C")
    tar,          ///< a POSIX or GNU tar ("ustar" at byte 257)
    compressed,   ///< a gzip, bzip2, xz or zstd stream: a compressed tar, or one compressed file
};

/// The kind the head of a file shows; `none` for anything else.
archive_kind archive_kind_of(std::string_view head);

/// True when the extension (lower case, no dot) is one files of `kind` go by:
/// rar (and the volumes r00, r01 …), 7z, tar, gz, tgz, bz2, tbz2, xz, txz, zst.
bool extension_names(archive_kind kind, std::string_view extension);

/// The name of the one file a compressed stream holds: `name` without its
/// compression extension ("báo cáo.docx.gz" → "báo cáo.docx", "a.tgz" → "a.tar"),
/// or `name` + ".out" when it has none.
std::string uncompressed_name(std::string_view name);

}  // namespace baocao::plugins
