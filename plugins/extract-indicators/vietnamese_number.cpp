// Vietnamese writes thousands with '.' and decimals with ','. A dot is read as
// a thousands separator only when every group after it has exactly three
// digits, so "2.5" stays two and a half while "1.234" is a thousand.
#include "vietnamese_number.hpp"

#include <baocao/sdk/text.hpp>

#include <cstdlib>

namespace baocao::indicators {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

/// True for bytes that start a letter: ASCII letters and any multi-byte
/// character (Vietnamese letters are all outside ASCII or plain Latin).
bool starts_letter(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    if (c < 0x80) return false;
    // U+00A0 no-break space and the typographic punctuation of U+2000..U+206F are not letters.
    if (s.substr(i, 2) == "\xC2\xA0") return false;
    if (c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return false;
    return true;
}
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
    std::string normal = integer;
    if (!fraction.empty()) normal += "." + fraction;
    return std::strtod(normal.c_str(), nullptr);
}

std::vector<token> tokenize(std::string_view s) {
    std::vector<token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (is_digit(s[i])) {
            std::size_t j = i;
            while (j < s.size() && (is_digit(s[j]) || ((s[j] == '.' || s[j] == ',') && j + 1 < s.size() && is_digit(s[j + 1]))))
                ++j;
            token t;
            t.text = std::string(s.substr(i, j - i));
            t.number = parse_vietnamese_number(t.text);
            std::size_t k = j;
            while (k < s.size() && s[k] == ' ') ++k;
            t.percent = k < s.size() && s[k] == '%';
            out.push_back(std::move(t));
            i = j;
        } else if (starts_letter(s, i)) {
            std::size_t j = i;
            while (j < s.size() && starts_letter(s, j)) j += utf8_length(static_cast<unsigned char>(s[j]));
            if (j > s.size()) j = s.size();
            token t;
            t.text = std::string(s.substr(i, j - i));
            t.key = text::match_key(t.text);
            // "m2" and "m²" are one unit: keep digits glued to a word as part of it.
            if (j < s.size() && is_digit(s[j]) && t.text == "m") {
                t.text += s[j];
                t.key += s[j];
                ++j;
            } else if (s.substr(j, 2) == "\xC2\xB2" && t.text == "m") {
                t.text += "²";
                t.key += "2";
                j += 2;
            }
            if (!t.key.empty()) out.push_back(std::move(t));
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

std::vector<std::string> sentences(std::string_view p) {
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        const bool between_digits = i > 0 && i + 1 < p.size() && is_digit(p[i - 1]) && is_digit(p[i + 1]);
        if ((c == '.' && !between_digits) || c == ';' || c == '!' || c == '?' || c == '\n') {
            if (!text::trim(current).empty()) out.push_back(text::trim(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!text::trim(current).empty()) out.push_back(text::trim(current));
    return out;
}

}  // namespace baocao::indicators
