// SPDX-License-Identifier: Apache-2.0
#pragma once
// What source-archive reads of a RAR's own blocks, where libarchive does not
// say it: whether the archive is one volume of a set, whether it ends with
// its end-of-archive block, and which files of a RAR 5 are encrypted.

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>

namespace baocao::plugins {

/// True when `head`, the first bytes of a RAR archive, says it is one volume
/// of a multi-volume set (the archive header's volume flag, RAR 4 and 5).
bool rar_head_is_volume(std::string_view head);

/// True when `tail`, the last bytes of a RAR archive (32 are enough), ends
/// with the end-of-archive block WinRAR writes: without it the archive was
/// cut short, and libarchive stops at the cut as at an end.
bool rar_tail_has_end_block(std::string_view tail);

/// Up to `n` bytes of the archive from `offset` (fewer at its end).
using archive_bytes_at = std::function<std::string(std::uint64_t offset, std::size_t n)>;

/// The names, as stored, of the files of a RAR 5 archive whose data is
/// encrypted (a file encryption record), read from the file headers alone:
/// libarchive 3.6 reads such data as if it were not. Empty for another
/// format, for an archive whose headers are themselves encrypted (libarchive
/// refuses it) and past the first damaged block (libarchive reports it).
std::set<std::string> rar5_encrypted_files(const archive_bytes_at& read, std::uint64_t size);

}  // namespace baocao::plugins
