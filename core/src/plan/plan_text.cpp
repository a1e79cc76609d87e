// Markers of plan lines. A plan uses the same numbering as the reports it asks
// for (Phần, Roman, Arabic, 1.1., a), dashes), typed by hand or, for a .docx,
// prefixed by the reader with Word's numbering label.
#include "plan/plan_text.hpp"

#include <baocao/sdk/text.hpp>

#include <array>

namespace baocao::engine::plan_detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return i;
}

/// Length of a Roman numeral I..XX at the start of `s`, 0 when none.
std::size_t roman_length(std::string_view s) {
    static constexpr std::array<std::string_view, 20> numerals{
        "XVIII", "XVII", "XIII", "VIII", "XIV", "XVI", "XIX", "XII", "III", "VII",
        "XV", "XI", "IX", "IV", "VI", "II", "XX", "X", "V", "I"};
    for (std::string_view n : numerals)
        if (s.substr(0, n.size()) == n) return n.size();
    return 0;
}

/// Length of a separator after a number: ".", "-", "/", ")", ":" or an en/em dash.
std::size_t separator_length(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    const char c = s[i];
    if (c == '.' || c == '-' || c == '/' || c == ')' || c == ':') return 1;
    if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") return 3;
    return 0;
}

}  // namespace

bool has_phrase(std::string_view key, std::string_view phrase) {
    if (phrase.empty()) return false;
    std::size_t pos = 0;
    while ((pos = key.find(phrase, pos)) != std::string_view::npos) {
        const bool start_ok = pos == 0 || key[pos - 1] == ' ';
        const std::size_t end = pos + phrase.size();
        const bool end_ok = end == key.size() || key[end] == ' ';
        if (start_ok && end_ok) return true;
        ++pos;
    }
    return false;
}

line_marker marker_of(std::string_view s) {
    line_marker m;
    if (s.empty()) return m;

    // Bullets: ASCII dashes, plus, asterisk, and the common symbol bullets.
    static constexpr std::array<std::string_view, 10> bullets{
        "-", "+", "*", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x96\xAA", "\xEF\x82\xB7", "\xE2\x97\xA6"};
    for (std::string_view b : bullets) {
        if (s.substr(0, b.size()) == b) {
            // "--" or "***" are separator lines, not bullets.
            if (s.size() > b.size() && s.substr(b.size(), b.size()) == b) return m;
            m.kind = marker::bullet;
            m.length = skip_spaces(s, b.size());
            return m;
        }
    }

    // "Phần thứ nhất", "PHẦN II", "Phần 1".
    const std::string head_key = text::match_key(s.substr(0, std::min<std::size_t>(s.size(), 40)));
    if (head_key.rfind("phan ", 0) == 0) {
        const auto w = text::words(head_key);
        static constexpr std::array<std::string_view, 10> ordinals{"nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"};
        bool ok = false;
        std::size_t words_used = 0;
        if (w.size() >= 3 && w[1] == "thu") {
            for (std::string_view o : ordinals) ok = ok || w[2] == o;
            words_used = 3;
        } else if (w.size() >= 2) {
            const std::string& n = w[1];
            ok = (!n.empty() && is_digit(n[0]) && n.size() <= 2) ||
                 (roman_length(text::to_upper(n)) == n.size() && n.size() <= 4);
            words_used = 2;
        }
        if (ok) {
            // Skip as many written words as the key used, then punctuation and spaces.
            std::size_t i = 0;
            for (std::size_t k = 0; k < words_used; ++k) {
                i = skip_spaces(s, i);
                while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != ':' && s[i] != '.' && s[i] != '-') ++i;
            }
            while (i < s.size() && (s[i] == ':' || s[i] == '.' || s[i] == '-' || s[i] == ' ')) ++i;
            m.kind = marker::part;
            m.length = i;
            return m;
        }
    }

    // Roman numerals followed by a separator: "II. NỘI DUNG", "I- VỀ", "III / ...".
    if (const std::size_t r = roman_length(s); r > 0) {
        std::size_t i = skip_spaces(s, r);
        const std::size_t sep = separator_length(s, i);
        if (sep > 0 && !(i + sep < s.size() && s[i + sep] >= 'a' && s[i + sep] <= 'z')) {
            m.kind = marker::roman;
            m.length = skip_spaces(s, i + sep);
            return m;
        }
    }

    // Arabic and decimal numbers: "1.", "2-", "3)", "1.1.", "2.3.1".
    if (is_digit(s[0])) {
        std::size_t i = 0;
        int parts = 0;
        while (true) {
            std::size_t d = i;
            while (d < s.size() && is_digit(s[d])) ++d;
            if (d == i || d - i > 2) return m;
            ++parts;
            i = d;
            if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
                ++i;
                continue;
            }
            break;
        }
        const std::size_t sep = separator_length(s, i);
        // A date ("10/9/2013") or a ratio ("15/15") is not a marker.
        if (sep > 0 && i + sep < s.size() && is_digit(s[i + sep])) return m;
        if (sep == 0 && !(parts > 1 && i < s.size() && s[i] == ' ')) return m;
        m.kind = parts > 1 ? marker::decimal : marker::arabic;
        m.length = skip_spaces(s, i + sep);
        return m;
    }
    if (s[0] == '(' && s.size() > 2 && is_digit(s[1])) {
        std::size_t i = 1;
        while (i < s.size() && is_digit(s[i])) ++i;
        if (i < s.size() && s[i] == ')') {
            m.kind = marker::arabic;
            m.length = skip_spaces(s, i + 1);
        }
        return m;
    }

    // Letters: "a)", "b.", "đ)"; capital "A." for parts of some plans.
    std::size_t letter_len = 0;
    bool upper = false;
    if (s[0] >= 'a' && s[0] <= 'z') letter_len = 1;
    else if (s.substr(0, 2) == "\xC4\x91") letter_len = 2;
    else if (s[0] >= 'A' && s[0] <= 'H') {
        letter_len = 1;
        upper = true;
    }
    if (letter_len > 0 && s.size() > letter_len) {
        const char sep = s[letter_len];
        const bool sep_ok = sep == ')' || sep == '.' || (sep == '-' && !upper);
        if (sep_ok && (s.size() == letter_len + 1 || s[letter_len + 1] == ' ')) {
            m.kind = upper ? marker::upper_letter : marker::letter;
            m.length = skip_spaces(s, letter_len + 1);
        }
    }
    return m;
}

}  // namespace baocao::engine::plan_detail
