// Label recognition works on bytes for the ASCII forms (digits, Roman
// numerals, letters, dashes) and on match keys for the word forms ("Phần thứ
// hai", "Một là"), so accents and old/new tone placement do not matter.
#include <baocao/sdk/labels.hpp>
#include <baocao/sdk/text.hpp>

#include <array>

namespace baocao::text {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    // A no-break space (U+00A0) often follows a typed label.
    while (i + 1 < s.size() && s.substr(i, 2) == "\xC2\xA0") {
        i += 2;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    }
    return i;
}

bool is_roman_letter(char c) { return c == 'I' || c == 'V' || c == 'X'; }

std::size_t roman_length(std::string_view s) {
    if (s.empty() || !is_roman_letter(s[0])) return 0;
    // "I", "V" and "X" are numerals: a word such as "Về" or "Xã" needs no more looking.
    if (s.size() == 1 || !is_roman_letter(s[1])) return 1;
    static constexpr std::array<std::string_view, 20> numerals{
        "XVIII", "XVII", "XIII", "VIII", "XIV", "XVI", "XIX", "XII", "III", "VII",
        "XV", "XI", "IX", "IV", "VI", "II", "XX", "X", "V", "I"};
    for (std::string_view n : numerals)
        if (s.substr(0, n.size()) == n) return n.size();
    return 0;
}

std::size_t separator_length(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    const char c = s[i];
    if (c == '.' || c == '-' || c == '/' || c == ')' || c == ':') return 1;
    if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") return 3;
    return 0;
}

bool is_ordinal_word(std::string_view w) {
    // By length first: most words of a paragraph's opening are none of these.
    switch (w.size()) {
        case 1: return w == "i";
        case 2: return w == "ba" || w == "tu";
        case 3: return w == "hai" || w == "nam" || w == "sau" || w == "bay" || w == "tam";
        case 4: return w == "nhat" || w == "chin" || w == "muoi";
        default: return false;
    }
}

/// True for a word that can begin a word form: "phần", "chương", "một", "thứ" or an ordinal.
bool may_open_word_form(std::string_view w) {
    return w == "phan" || w == "chuong" || w == "mot" || w == "thu" || is_ordinal_word(w);
}

/// True for the first letters of those words.
bool may_begin_word_form(char c) {
    return c == 'p' || c == 'c' || c == 'm' || c == 't' || c == 'n' || c == 'h' || c == 'b' || c == 's' || c == 'i';
}

/// A key buffer per thread, reached through a call so that the TLS lookup is made once per use.
[[gnu::noinline]] std::string& key_buffer() {
    thread_local std::string buffer;
    return buffer;
}

/// Bytes of the first `n` written words of `s` plus the punctuation and spaces after them.
std::size_t bytes_of_words(std::string_view s, std::size_t n) {
    std::size_t i = 0;
    for (std::size_t k = 0; k < n; ++k) {
        i = skip_spaces(s, i);
        while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != ':' && s[i] != '.' && s[i] != ',' && s[i] != '-') ++i;
    }
    while (i < s.size() && (s[i] == ':' || s[i] == '.' || s[i] == '-' || s[i] == ',')) ++i;
    return skip_spaces(s, i);
}

/// The first three words of a match key (single spaces, none at the ends) and
/// how many words it has, counted up to three.
class leading_words {
public:
    static constexpr std::size_t capacity = 3;

    explicit leading_words(std::string_view key) {
        while (!key.empty() && count_ < words_.size()) {
            const std::size_t space = key.find(' ');
            words_[count_++] = key.substr(0, space);
            key = space == std::string_view::npos ? std::string_view{} : key.substr(space + 1);
        }
    }
    std::size_t size() const { return count_; }
    std::string_view operator[](std::size_t i) const { return words_[i]; }

private:
    std::array<std::string_view, capacity> words_{};
    std::size_t count_ = 0;
};

label_info make(label_kind kind, std::string_view s, std::size_t length, int depth = 1) {
    label_info l;
    l.kind = kind;
    l.depth = depth;
    l.length = length;
    l.text = text::trim(s.substr(0, length));
    return l;
}

}  // namespace

int rank_of(label_kind kind, int depth) {
    switch (kind) {
        case label_kind::part: return 0;
        case label_kind::upper_letter: return 1;
        case label_kind::roman: return 2;
        case label_kind::arabic: return 3;
        case label_kind::decimal: return 3 + (depth > 4 ? 3 : depth - 1);
        case label_kind::letter: return 7;
        case label_kind::bullet: return 8;
        default: return -1;
    }
}

std::string kind_name(label_kind kind, int depth) {
    switch (kind) {
        case label_kind::part: return "part";
        case label_kind::upper_letter: return "upper";
        case label_kind::roman: return "roman";
        case label_kind::arabic: return "arabic";
        case label_kind::decimal: return "decimal" + std::to_string(depth);
        case label_kind::letter: return "letter";
        case label_kind::bullet: return "bullet";
        case label_kind::ordinal: return "ordinal";
        default: return "none";
    }
}

label_info typed_label(std::string_view s) {
    label_info none;
    if (s.empty()) return none;

    static constexpr std::array<std::string_view, 11> bullets{
        "-", "+", "*", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x96\xAA", "\xEF\x82\xB7", "\xE2\x97\xA6", "\xE2\x9E\xA2"};
    const auto first = static_cast<unsigned char>(s[0]);
    if (first == '-' || first == '+' || first == '*' || first == 0xE2 || first == 0xC2 || first == 0xEF) {
        for (std::string_view b : bullets)
            if (s.substr(0, b.size()) == b) {
                if (s.size() > b.size() && s.substr(b.size(), b.size()) == b) return none;  // "---" is a rule
                return make(label_kind::bullet, s, skip_spaces(s, b.size()));
            }
    }

    // Word forms: "Phần thứ nhất", "Phần II", "Chương 2", "Một là,", "Thứ hai,".
    if (static_cast<unsigned char>(s[0]) >= 0x80 || (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')) {
        // Every paragraph comes through here: the key of its opening goes into
        // a reused buffer, one word of it when that word rules word forms out.
        std::string& head = key_buffer();
        const std::string_view opening = s.substr(0, std::min<std::size_t>(s.size(), 48));
        // An ASCII letter is the first letter of the key as it is.
        const bool ascii = static_cast<unsigned char>(s[0]) < 0x80;
        const char initial = static_cast<char>(s[0] >= 'A' && s[0] <= 'Z' ? s[0] + ('a' - 'A') : s[0]);
        head.clear();
        if (!ascii || may_begin_word_form(initial)) text::assign_match_key(head, opening, 1);
        if (may_open_word_form(head)) text::assign_match_key(head, opening, leading_words::capacity);
        else head.clear();
        const leading_words w(head);
        if (w.size() >= 2 && (w[0] == "phan" || w[0] == "chuong")) {
            if (w.size() >= 3 && w[1] == "thu" && is_ordinal_word(w[2])) return make(label_kind::part, s, bytes_of_words(s, 3));
            const std::string_view n = w[1];
            const std::string up = text::to_upper(n);
            if ((n.size() <= 2 && is_digit(n[0])) || (n.size() <= 4 && roman_length(up) == n.size()))
                return make(label_kind::part, s, bytes_of_words(s, 2));
        }
        if (w.size() >= 2 && ((w[1] == "la" && (w[0] == "mot" || is_ordinal_word(w[0]))) || (w[0] == "thu" && is_ordinal_word(w[1])))) {
            label_info l;
            l.kind = label_kind::ordinal;
            return l;
        }
    }

    if (const std::size_t r = roman_length(s); r > 0) {
        const std::size_t i = skip_spaces(s, r);
        const std::size_t sep = separator_length(s, i);
        if (sep > 0 && !(i + sep < s.size() && s[i + sep] >= 'a' && s[i + sep] <= 'z') &&
            !(i + sep < s.size() && is_digit(s[i + sep])))
            return make(label_kind::roman, s, skip_spaces(s, i + sep));
    }

    if (is_digit(s[0])) {
        std::size_t i = 0;
        int parts = 0;
        while (true) {
            std::size_t d = i;
            while (d < s.size() && is_digit(s[d])) ++d;
            if (d == i || d - i > 2) return none;
            ++parts;
            i = d;
            if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
                ++i;
                continue;
            }
            break;
        }
        const std::size_t sep = separator_length(s, i);
        if (sep > 0 && i + sep < s.size() && is_digit(s[i + sep])) return none;  // a date or a ratio
        if (sep == 1 && s[i] == ':') return none;                                  // "5: ..." is a count
        if (sep == 0 && !(parts > 1 && i < s.size() && s[i] == ' ')) return none;
        // "2.5 tỷ" reads as a decimal number in English style; a label is
        // followed by a capital letter or by nothing.
        const std::size_t after = skip_spaces(s, i + sep);
        if (parts > 1 && sep == 0 && after < s.size() && is_digit(s[after])) return none;
        return make(parts > 1 ? label_kind::decimal : label_kind::arabic, s, after, parts);
    }
    if (s[0] == '(' && s.size() > 2 && is_digit(s[1])) {
        std::size_t i = 1;
        while (i < s.size() && is_digit(s[i])) ++i;
        if (i < s.size() && s[i] == ')' && i <= 3) return make(label_kind::arabic, s, skip_spaces(s, i + 1));
        return none;
    }

    std::size_t letter_len = 0;
    bool upper = false;
    if (s[0] >= 'a' && s[0] <= 'z') letter_len = 1;
    else if (s.substr(0, 2) == "\xC4\x91") letter_len = 2;
    else if (s[0] >= 'A' && s[0] <= 'H') {
        letter_len = 1;
        upper = true;
    }
    if (letter_len > 0 && s.size() > letter_len + 1) {
        const char sep = s[letter_len];
        const bool sep_ok = sep == ')' || sep == '.' || (sep == '-' && !upper) || (sep == '/' && !upper);
        if (sep_ok && s[letter_len + 1] == ' ')
            return make(upper ? label_kind::upper_letter : label_kind::letter, s, skip_spaces(s, letter_len + 1));
    }
    return none;
}

label_info classify_label(std::string_view label) {
    const std::string t = text::trim(label);
    if (t.empty()) return {};
    bool digits_only = true;
    for (char c : t) digits_only = digits_only && is_digit(c);
    label_info l = digits_only ? make(label_kind::arabic, t, t.size()) : typed_label(t + " x");
    if (l.kind == label_kind::none || l.kind == label_kind::ordinal) {
        // Word shows symbol bullets from private-use fonts, or "o", "§", "Ø".
        l = label_info{};
        l.kind = label_kind::bullet;
    }
    l.length = 0;
    l.text = t;
    return l;
}

}  // namespace baocao::text
