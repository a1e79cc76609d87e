// SPDX-License-Identifier: Apache-2.0
// Tokens are found on views so that a sentence is only copied when it is kept
// as evidence; keys of plain ASCII words are folded here because
// text::match_key of ASCII letters is exactly their lower case.
#include "token_scan.hpp"

#include <baocao/sdk/text.hpp>

#include <cstdint>
#include <cstring>

namespace baocao::indicators {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Past the run of letters starting at `i`: ASCII letters and any multi-byte
/// character (Vietnamese letters are all outside ASCII or plain Latin), except
/// U+00A0 no-break space and the typographic punctuation of U+2000..U+203F.
std::size_t letters_end(std::string_view s, std::size_t i) {
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (!is_ascii_letter(c)) return i;
            ++i;
            continue;
        }
        if (i + 1 < s.size() && ((c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) ||
                                 (c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80)))
            return i;
        i += text::utf8_sequence_length(c);
    }
    return s.size();
}

/// The ASCII white space text::trim removes.
bool is_ascii_space(char c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

// Text is read eight bytes at a time where only a few byte values matter.
// With `low` the bytes' low seven bits, (low + (127 - m)) sets a byte's high
// bit when the byte is above m, (127 + n - low) when it is below n, and ~x
// when it is ASCII; no carry leaves its byte.
constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t highs = ones * 0x80;

std::uint64_t load8(std::string_view s, std::size_t i) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, sizeof x);
    return x;
}

/// High bit of each byte of `x` strictly between `m` and `n` (m, n within 0..128).
constexpr std::uint64_t bytes_between(std::uint64_t x, unsigned m, unsigned n) {
    const std::uint64_t low = x & (ones * 0x7F);
    return (ones * (127 + n) - low) & ~x & (low + ones * (127 - m)) & highs;
}

/// Nonzero when some byte of `x` equals `c`.
constexpr std::uint64_t has_byte(std::uint64_t x, unsigned char c) {
    const std::uint64_t v = x ^ (ones * c);
    return (v - ones) & ~v & highs;
}

}  // namespace

std::size_t find_digit(std::string_view s, std::size_t i) {
    while (i + 8 <= s.size() && bytes_between(load8(s, i), '0' - 1, '9' + 1) == 0) i += 8;
    for (; i < s.size(); ++i)
        if (is_digit(s[i])) return i;
    return std::string_view::npos;
}

std::size_t sentence_end(std::string_view p, std::size_t i, bool& holds_digit) {
    holds_digit = false;
    while (i < p.size()) {
        // Digits and the marks '.' to '?' lie in 0x2E..0x3F; '!' and line breaks are apart.
        const auto quiet = [&](std::uint64_t x) {
            return bytes_between(x, 0x2D, 0x40) == 0 && has_byte(x, '!') == 0 && has_byte(x, '\n') == 0;
        };
        while (i + 8 <= p.size() && quiet(load8(p, i))) i += 8;
        if (i >= p.size()) break;
        const char c = p[i];
        if (is_digit(c)) {
            holds_digit = true;
        } else if (c == '.') {
            if (!(i > 0 && i + 1 < p.size() && is_digit(p[i - 1]) && is_digit(p[i + 1]))) return i;
        } else if (c == ';' || c == '!' || c == '?' || c == '\n') {
            return i;
        }
        ++i;
    }
    return p.size();
}

std::size_t number_end(std::string_view s, std::size_t j) {
    while (j < s.size() && (is_digit(s[j]) || ((s[j] == '.' || s[j] == ',') && j + 1 < s.size() && is_digit(s[j + 1]))))
        ++j;
    return j;
}

bool next_token(std::string_view s, std::size_t& pos, token_span& out) {
    for (std::size_t i = pos; i < s.size(); ++i) {
        if (is_digit(s[i])) {
            const std::size_t j = number_end(s, i);
            out = {i, j, j, true};
            pos = j;
            return true;
        }
        const std::size_t letters = letters_end(s, i);
        if (letters == i) continue;
        std::size_t j = letters;
        // "m2" and "m²" are one unit: keep digits glued to a word as part of it.
        if (j - i == 1 && s[i] == 'm') {
            if (j < s.size() && is_digit(s[j]))
                ++j;
            else if (s.substr(j, 2) == "\xC2\xB2")
                j += 2;
        }
        out = {i, j, letters, false};
        pos = j;
        return true;
    }
    pos = s.size();
    return false;
}

bool followed_by_percent(std::string_view s, std::size_t end) {
    while (end < s.size() && s[end] == ' ') ++end;
    return end < s.size() && s[end] == '%';
}

void append_word_key(std::string_view s, const token_span& w, std::string& out) {
    const std::string_view letters = s.substr(w.begin, w.letters_end - w.begin);
    bool ascii = true;
    for (const char c : letters) ascii = ascii && is_ascii_letter(static_cast<unsigned char>(c));
    const std::size_t before = out.size();
    if (ascii) {
        for (const char c : letters) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    } else {
        out += text::match_key(letters);
    }
    if (out.size() == before || w.end == w.letters_end) return;
    out.push_back(is_digit(s[w.letters_end]) ? s[w.letters_end] : '2');
}

std::string_view trim_segment(std::string_view segment, std::string& storage) {
    std::size_t begin = 0;
    std::size_t end = segment.size();
    while (begin < end && is_ascii_space(segment[begin])) ++begin;
    while (end > begin && is_ascii_space(segment[end - 1])) --end;
    const std::string_view inner = segment.substr(begin, end - begin);
    if (inner.empty()) return inner;
    // Past ASCII white space, an ASCII byte at each end is a whole character that is not a space.
    if (static_cast<unsigned char>(inner.front()) < 0x80 && static_cast<unsigned char>(inner.back()) < 0x80) return inner;
    storage = text::trim(inner);
    return storage;
}

}  // namespace baocao::indicators
