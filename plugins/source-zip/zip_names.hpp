// SPDX-License-Identifier: Apache-2.0
#pragma once
// Entry names of zip archives: decoding and making them safe as names.

#include <baocao/sdk/error.hpp>

#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace baocao::plugins {

/// The name of entry `index` as UTF-8. Names flagged UTF-8 (general purpose
/// bit 11 or the Info-ZIP Unicode path field) and unflagged names that are
/// valid UTF-8 are taken as they are; other unflagged names are decoded from
/// `legacy_charset` (an ICU converter name, "ibm-437" by the ZIP spec).
/// Empty when the entry does not exist.
std::string decode_entry_name(zip* archive, unsigned long long index, const std::string& legacy_charset);

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
