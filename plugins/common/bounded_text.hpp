// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Bounds for what a document's styles and numbering give every paragraph or
/// run that uses them. A style name, a font name or a list level's label is
/// stored once in the file and copied into each paragraph or run: one of
/// 100 KB used by 2 000 paragraphs makes 200 MB out of a 5 KB package, so the
/// parsers bound such values where they read them.

#include <cstddef>
#include <string>
#include <string_view>

namespace baocao::plugins {

inline constexpr std::size_t max_name_bytes = 256;   ///< style names and ids given to paragraphs, font names
inline constexpr std::size_t max_label_bytes = 64;   ///< a list level's label text, prefix, suffix, bullet

/// The first `limit` bytes of `s` at most, cut before a UTF-8 character, never inside one.
inline std::string_view bounded_view(std::string_view s, std::size_t limit) {
    if (s.size() <= limit) return s;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut);
}

inline std::string bounded(std::string_view s, std::size_t limit) { return std::string(bounded_view(s, limit)); }

}  // namespace baocao::plugins
