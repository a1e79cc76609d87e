// SPDX-License-Identifier: Apache-2.0
#pragma once
// Files operating systems and office programs leave beside real documents.
// Header-only: source-zip skips the same names inside archives.

#include <algorithm>
#include <cctype>
#include <string_view>

namespace baocao::plugins {

/// True for a file name that is OS or editor junk, skipped without a rejection:
/// ".DS_Store", "Thumbs.db", "desktop.ini" (any case), AppleDouble "._*"
/// companions and Office lock files "~$*". `file_name` is the last path segment.
inline bool is_os_junk(std::string_view file_name) {
    auto equals_nocase = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
               });
    };
    if (file_name == ".DS_Store" || equals_nocase(file_name, "thumbs.db") || equals_nocase(file_name, "desktop.ini"))
        return true;
    // "._x.docx" holds macOS metadata of x.docx, not a document; "~$x.docx" is
    // the lock file Word keeps while x.docx is open (it holds a user name only).
    return file_name.starts_with("._") || file_name.starts_with("~$");
}

}  // namespace baocao::plugins
