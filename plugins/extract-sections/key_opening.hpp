// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The first letters of a text's match key, read off the text's first two
/// characters without keying the text: a test of how a key begins is settled
/// by them for most lines.

#include <string_view>

namespace baocao::sections {

/// The opening of a key as far as the text's first two characters tell it.
struct key_opening {
    /// The key's first letter or digit, 0 when the first character does not tell it.
    char first = 0;
    /// With `first` known: the key's second character when it is a letter or
    /// digit; ' ' when the key's first word ends after one letter (with a
    /// space after it or with the key); 0 when the second character does not tell.
    char second = 0;
};

/// key_opening_of() for a text that does not open with two ASCII characters.
key_opening key_opening_beyond_ascii(std::string_view text);

/// The opening of match_key(text). Characters told are ASCII letters and
/// digits, ASCII separators, and the characters whose key is one letter or
/// digit ("Đ" → 'd', "Ư" → 'u').
inline key_opening key_opening_of(std::string_view text) {
    // Two ASCII characters, the usual opening, are read here.
    if (text.size() < 2 || static_cast<unsigned char>(text[0]) >= 0x80 || static_cast<unsigned char>(text[1]) >= 0x80)
        return key_opening_beyond_ascii(text);
    const auto key_of = [](char c) -> char {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c;
        if (c >= 'A' && c <= 'Z') return static_cast<char>(c + ('a' - 'A'));
        return ' ';
    };
    key_opening o;
    o.first = key_of(text[0]);
    if (o.first == ' ') return {};
    o.second = key_of(text[1]);
    return o;
}

}  // namespace baocao::sections
