// SPDX-License-Identifier: Apache-2.0
// Vietnamese writes thousands with '.' and decimals with ','. A dot is read as
// a thousands separator only when every group after it has exactly three
// digits, so "2.5" stays two and a half while "1.234" is a thousand.
#include "vietnamese_number.hpp"
#include "token_scan.hpp"

#include <cstdint>
#include <cstdlib>

namespace baocao::indicators {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::optional<double> parse_vietnamese_number(std::string_view t) {
    if (t.empty() || !is_digit(t.front()) || !is_digit(t.back())) return std::nullopt;
    std::string integer, fraction;
    bool in_fraction = false;
    std::size_t group = 0;      // digits since the last '.'
    bool had_dot = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (is_digit(c)) {
            (in_fraction ? fraction : integer) += c;
            ++group;
        } else if (c == '.' && !in_fraction) {
            if (had_dot && group != 3) return std::nullopt;
            if (!had_dot && (group == 0 || group > 3)) {
                // "12345.6": not the thousands style; read as a decimal point.
                in_fraction = true;
                continue;
            }
            had_dot = true;
            group = 0;
        } else if (c == ',' && !in_fraction) {
            if (had_dot && group != 3) return std::nullopt;
            in_fraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (had_dot && !in_fraction && group != 3) {
        // "2.5": a single dot followed by other than three digits is a decimal point.
        const auto dot = t.find('.');
        if (t.find('.', dot + 1) != std::string_view::npos) return std::nullopt;
        return std::strtod(std::string(t).c_str(), nullptr);
    }
    if (fraction.empty() && integer.size() <= 15) {
        // Below 2^53 every integer is a double, so this is what strtod would give.
        std::uint64_t value = 0;
        for (const char c : integer) value = value * 10 + static_cast<std::uint64_t>(c - '0');
        return static_cast<double>(value);
    }
    std::string normal = integer;
    if (!fraction.empty()) normal += "." + fraction;
    return std::strtod(normal.c_str(), nullptr);
}

std::vector<token> tokenize(std::string_view s) {
    std::vector<token> out;
    std::size_t pos = 0;
    token_span span;
    while (next_token(s, pos, span)) {
        token t;
        t.text = std::string(s.substr(span.begin, span.end - span.begin));
        if (span.number) {
            t.number = parse_vietnamese_number(t.text);
            t.percent = followed_by_percent(s, span.end);
        } else {
            append_word_key(s, span, t.key);
            if (t.key.empty()) continue;
        }
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<std::string> sentences(std::string_view p) {
    std::vector<std::string> out;
    std::string storage;
    for_each_sentence_segment(p, [&](std::string_view segment, bool) {
        const std::string_view s = trim_segment(segment, storage);
        if (!s.empty()) out.emplace_back(s);
    });
    return out;
}

}  // namespace baocao::indicators
