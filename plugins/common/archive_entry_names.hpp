// SPDX-License-Identifier: Apache-2.0
#pragma once
// Entry names of archives (zip, RAR, 7z, tar): decoding names written in a
// legacy code page and making them safe as child names. source-zip and
// source-archive name the files they open with these.

#include <baocao/sdk/error.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace baocao::plugins {

/// `bytes` decoded from `charset` (an ICU converter name: "ibm-437",
/// "windows-1258") to UTF-8; bytes the code page lacks become U+FFFD.
std::string decode_legacy_name(std::string_view bytes, const std::string& charset);

/// A safe child name from a decoded entry name: invalid UTF-8 and control
/// characters repaired, NFC, "\" read as "/", leading "/" and drive letters
/// dropped, "." and ".." segments resolved away ("a/../../b" → "b").
/// Empty when nothing is left.
std::string clean_entry_name(std::string_view utf8);

/// True for a name ending in "/" or "\": a folder entry, holding no data.
bool is_folder_entry(std::string_view raw_name);

/// Why an entry is archive junk, left unread and listed as skipped:
/// appledouble for anything under "__MACOSX/" (the resource forks macOS's
/// archiver adds), else the reason os_junk_reason() gives its last segment
/// (".DS_Store", "Thumbs.db", "._*", "~$*" ...); nullopt for any other entry.
std::optional<error_code> junk_entry_reason(std::string_view clean_name);

}  // namespace baocao::plugins
