// The keys of single characters come from text::single_letter_key, the
// table match_key itself reads, so that they cannot disagree with the keys
// the tests compare.
#include "key_opening.hpp"

#include <baocao/sdk/text.hpp>

#include <string>

namespace baocao::sections {

namespace {

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

/// What the character at the start of `s` is in a key.
struct key_char {
    enum kind_t { letter, separator, untold } kind = untold;
    char key = 0;           ///< the letter or digit, for `letter`
    std::size_t bytes = 0;
};

// Inlined into its one caller, which reads two characters: a call each would cost more than the reading.
[[gnu::always_inline]] inline key_char read(std::string_view s) {
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (b0 < 0x80) {
        if ((b0 >= 'a' && b0 <= 'z') || (b0 >= '0' && b0 <= '9')) return {key_char::letter, static_cast<char>(b0), 1};
        if (b0 >= 'A' && b0 <= 'Z') return {key_char::letter, static_cast<char>(b0 + ('a' - 'A')), 1};
        return {key_char::separator, 0, 1};
    }
    char key = 0;
    std::size_t bytes = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF && s.size() >= 2 && continuation(static_cast<unsigned char>(s[1]))) {
        const char32_t c = (static_cast<char32_t>(b0 & 0x1F) << 6) | (static_cast<unsigned char>(s[1]) & 0x3F);
        key = text::single_letter_key(c);
        bytes = 2;
    } else if (b0 == 0xE1 && s.size() >= 3 && continuation(static_cast<unsigned char>(s[1])) &&
               continuation(static_cast<unsigned char>(s[2]))) {
        const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(static_cast<unsigned char>(s[1]) & 0x3F) << 6) |
                           (static_cast<unsigned char>(s[2]) & 0x3F);
        key = text::single_letter_key(c);
        bytes = 3;
    }
    if (key == 0) return {};
    return {key_char::letter, key, bytes};
}

}  // namespace

key_opening key_opening_beyond_ascii(std::string_view text) {
    key_opening o;
    if (text.empty()) return o;
    const key_char first = read(text);
    if (first.kind != key_char::letter) return o;
    o.first = first.key;
    const std::string_view rest = text.substr(first.bytes);
    if (rest.empty()) {
        o.second = ' ';
        return o;
    }
    const key_char second = read(rest);
    if (second.kind == key_char::letter) o.second = second.key;
    else if (second.kind == key_char::separator) o.second = ' ';
    return o;
}

}  // namespace baocao::sections
