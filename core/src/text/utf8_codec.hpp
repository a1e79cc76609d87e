// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small UTF-8 reader and writer shared by the text utilities. Kept private to
// core/src/text: plugins go through baocao/sdk/text.hpp.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::text::detail {

inline constexpr char32_t replacement_char = 0xFFFD;

/// Decodes the code point at `pos` and advances `pos`. A byte that does not
/// start a well-formed sequence yields U+FFFD and advances by one byte only.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2; cp = b0 & 0x1F; min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3; cp = b0 & 0x0F; min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4; cp = b0 & 0x07; min = 0x10000;
    } else {
        ++pos;
        return replacement_char;
    }
    if (pos + len > s.size()) {
        ++pos;
        return replacement_char;
    }
    for (std::size_t i = 1; i < len; ++i) {
        const auto b = static_cast<unsigned char>(s[pos + i]);
        if ((b & 0xC0) != 0x80) {
            ++pos;
            return replacement_char;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are ill-formed.
    if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++pos;
        return replacement_char;
    }
    pos += len;
    return cp;
}

/// Where the code point ending at `s.size()` starts, as reading forward from
/// `floor` (a code point boundary) would find it; `s.size()` when the last byte
/// does not end a well-formed sequence (reading forward makes it a U+FFFD of
/// its own, which is never white space). Sequences cannot cross a lead byte,
/// so the nearest lead byte within three continuation bytes decides.
inline std::size_t start_of_last_code_point(std::string_view s, std::size_t floor) {
    const std::size_t end = s.size();
    if (end == 0) return end;
    if (static_cast<unsigned char>(s[end - 1]) < 0x80) return end - 1;
    std::size_t lead = end - 1;
    while (lead > floor && end - lead < 4 && (static_cast<unsigned char>(s[lead]) & 0xC0) == 0x80) --lead;
    std::size_t pos = lead;
    const char32_t cp = next_code_point(s, pos);
    if (pos != end || (cp == replacement_char && pos - lead != 3)) return end;
    return lead;
}

/// Appends `cp` to `out` as UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

/// True when every byte is ASCII.
inline bool is_ascii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

/// `s` with every ill-formed byte replaced by U+FFFD.
inline std::string repair_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    std::size_t pos = 0;
    while (pos < s.size()) append_utf8(out, next_code_point(s, pos));
    return out;
}

/// True for white space: ASCII and Unicode spaces, NBSP, and the zero-width
/// space and BOM that pasted text carries.
bool is_space(char32_t cp);

/// Text folded for pattern scanning: lower case, diacritics removed, "đ" to
/// "d", white space and control characters as ' ', dashes as '-', other
/// ASCII punctuation kept. When `offsets` is given it receives, for each
/// output byte, the input byte offset it came from, plus one final entry
/// holding the input size.
std::string fold_for_scan(std::string_view utf8, std::vector<std::size_t>* offsets = nullptr);

}  // namespace baocao::text::detail
