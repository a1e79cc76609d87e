// SPDX-License-Identifier: Apache-2.0
#include "ruby_field.hpp"

namespace baocao::doc {

namespace {

bool is_space(char16_t c) { return c == u' ' || c == u'\t' || c == 0xA0; }

std::u16string_view trim(std::u16string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

/// The text inside the parenthesis that opens at `open`, nested ones
/// included; `close` is set past its closing one. nullopt when unbalanced.
std::optional<std::u16string_view> parenthesized(std::u16string_view s, std::size_t open, std::size_t& close) {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == u'(') ++depth;
        else if (s[i] == u')' && --depth == 0) {
            close = i + 1;
            return s.substr(open + 1, i - open - 1);
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::u16string> ruby_text(std::u16string_view instruction) {
    const std::u16string_view s = trim(instruction);
    if (s.size() < 2 || (s[0] != u'E' && s[0] != u'e') || (s[1] != u'Q' && s[1] != u'q')) return std::nullopt;
    // \o (overstrike), an optional alignment switch (\ad, \ac, \al, \ar, \aj, \ao), then its arguments.
    std::size_t at = s.find(u"\\o");
    if (at == std::u16string_view::npos) return std::nullopt;
    at += 2;
    if (at + 1 < s.size() && s[at] == u'\\' && (s[at + 1] == u'a' || s[at + 1] == u'A')) at += 3;
    while (at < s.size() && is_space(s[at])) ++at;
    if (at >= s.size() || s[at] != u'(') return std::nullopt;
    std::size_t end = 0;
    const auto args = parenthesized(s, at, end);
    if (!args) return std::nullopt;

    // The raised reading: \s\up N(reading).
    const std::size_t raised = args->find(u"\\s\\up");
    if (raised == std::u16string_view::npos) return std::nullopt;
    std::size_t open = args->find(u'(', raised);
    if (open == std::u16string_view::npos) return std::nullopt;
    std::size_t after_reading = 0;
    const auto reading = parenthesized(*args, open, after_reading);
    if (!reading) return std::nullopt;
    const std::size_t comma = args->find(u',', after_reading);
    if (comma == std::u16string_view::npos) return std::nullopt;
    const std::u16string_view base = trim(args->substr(comma + 1));
    const std::u16string_view guide = trim(*reading);
    if (base.empty()) return std::nullopt;
    std::u16string out(base);
    if (!guide.empty()) {
        out += u" (";
        out += guide;
        out += u')';
    }
    return out;
}

}  // namespace baocao::doc
