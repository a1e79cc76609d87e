// SPDX-License-Identifier: Apache-2.0
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

/// True for the first byte of a bullet: "-", "+", "*", or the lead byte of a longer one.
bool may_open_bullet(unsigned char first) {
    static constexpr std::array<bool, 256> leads = [] {
        std::array<bool, 256> a{};
        for (const unsigned char b : {'-', '+', '*'}) a[b] = true;
        for (const unsigned char b : {0xE2, 0xC2, 0xEF}) a[b] = true;
        return a;
    }();
    return leads[first];
}

/// True for a word that can begin a word form: "phần", "chương", "một", "thứ" or an ordinal.
bool may_open_word_form_key(std::string_view w) {
    return w == "phan" || w == "chuong" || w == "mot" || w == "thu" || is_ordinal_word(w);
}

/// True for the first letters of those words.
bool may_begin_word_form(char c) {
    return c == 'p' || c == 'c' || c == 'm' || c == 't' || c == 'n' || c == 'h' || c == 'b' || c == 's' || c == 'i';
}

/// True for the first two letters of those words ("ph", "ch", "mo", "th" ...).
bool may_begin_word_form(char first, char second) {
    switch (first) {
        case 'p': return second == 'h';
        case 'c': return second == 'h';
        case 'm': return second == 'o' || second == 'u';
        case 't': return second == 'h' || second == 'u' || second == 'a';
        case 'n': return second == 'h' || second == 'a';
        case 'h': return second == 'a';
        case 'b': return second == 'a';
        case 's': return second == 'a';
        default: return false;
    }
}

/// Whether the text's first word is a word that opens a word form, as far
/// as its characters tell without keying it.
enum class word_form_opening { no, yes, untold };

/// Reads the first word's key letter by letter while each character's key is
/// one letter or digit; the word ends at ASCII other than a letter or digit,
/// or with the text. A word of seven letters or more is none of the words.
word_form_opening opens_word_form(std::string_view s) {
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (b0 < 0x80 && !((b0 | 0x20) >= 'a' && (b0 | 0x20) <= 'z')) return word_form_opening::no;   // a word form opens with a letter
    char word[6];
    std::size_t length = 0;
    std::size_t at = 0;
    while (at < s.size()) {
        const key_letter k = first_key_letter(s.substr(at));
        if (k.key == 0) {
            if (static_cast<unsigned char>(s[at]) < 0x80) break;
            return word_form_opening::untold;
        }
        if (length == sizeof word) return word_form_opening::no;
        word[length++] = k.key;
        at += k.bytes;
        // Most words are ruled out by their first letters.
        if (length == 1 && !may_begin_word_form(k.key)) return word_form_opening::no;
        if (length == 2 && !may_begin_word_form(word[0], k.key)) return word_form_opening::no;
    }
    return may_open_word_form_key(std::string_view(word, length)) ? word_form_opening::yes : word_form_opening::no;
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
    // Every way out without a label makes its result in place: most paragraphs have none.
    if (s.empty()) return {};

    static constexpr std::array<std::string_view, 11> bullets{
        "-", "+", "*", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x96\xAA", "\xEF\x82\xB7", "\xE2\x97\xA6", "\xE2\x9E\xA2"};
    const auto first = static_cast<unsigned char>(s[0]);
    if (may_open_bullet(first)) {
        for (std::string_view b : bullets)
            if (s.substr(0, b.size()) == b) {
                if (s.size() > b.size() && s.substr(b.size(), b.size()) == b) return {};  // "---" is a rule
                return make(label_kind::bullet, s, skip_spaces(s, b.size()));
            }
    }

    // Word forms: "Phần thứ nhất", "Phần II", "Chương 2", "Một là,", "Thứ hai,".
    // Every paragraph comes through here: its first word is read off its
    // characters, and the key of its opening is made (in a reused buffer)
    // only when that word may open a word form or its characters do not tell.
    if (const word_form_opening opens = opens_word_form(s); opens != word_form_opening::no) {
        std::string& head = key_buffer();
        const std::string_view opening = s.substr(0, std::min<std::size_t>(s.size(), 48));
        if (opens == word_form_opening::untold) text::assign_match_key(head, opening, 1);
        if (opens == word_form_opening::yes || may_open_word_form_key(head)) text::assign_match_key(head, opening, leading_words::capacity);
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
            if (d == i || d - i > 2) return {};
            ++parts;
            i = d;
            if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
                ++i;
                continue;
            }
            break;
        }
        const std::size_t sep = separator_length(s, i);
        if (sep > 0 && i + sep < s.size() && is_digit(s[i + sep])) return {};  // a date or a ratio
        if (sep == 1 && s[i] == ':') return {};                                  // "5: ..." is a count
        if (sep == 0 && !(parts > 1 && i < s.size() && s[i] == ' ')) return {};
        // "2.5 tỷ" reads as a decimal number in English style; a label is
        // followed by a capital letter or by nothing.
        const std::size_t after = skip_spaces(s, i + sep);
        if (parts > 1 && sep == 0 && after < s.size() && is_digit(s[after])) return {};
        return make(parts > 1 ? label_kind::decimal : label_kind::arabic, s, after, parts);
    }
    if (s[0] == '(' && s.size() > 2 && is_digit(s[1])) {
        std::size_t i = 1;
        while (i < s.size() && is_digit(s[i])) ++i;
        if (i < s.size() && s[i] == ')' && i <= 3) return make(label_kind::arabic, s, skip_spaces(s, i + 1));
        return {};
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
    return {};
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

std::string roman_numeral(int value, bool upper) {
    if (value <= 0 || value >= 4000) return {};
    static constexpr std::pair<int, const char*> parts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                            {90, "XC"},   {50, "L"},   {40, "XL"},  {10, "X"},   {9, "IX"},
                                                            {5, "V"},     {4, "IV"},   {1, "I"}};
    std::string out;
    for (const auto& [n, glyphs] : parts)
        while (value >= n) {
            out += glyphs;
            value -= n;
        }
    if (!upper)
        for (char& c : out) c = static_cast<char>(c + 32);
    return out;
}

}  // namespace baocao::text
