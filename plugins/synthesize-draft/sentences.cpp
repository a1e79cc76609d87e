// SPDX-License-Identifier: Apache-2.0
// Sentence ends are found on the written text, not on a key: the capital
// after the period is what tells "TP. Hà Tĩnh" (no capital test passes the
// abbreviation list) from the end of a sentence.
#include "sentences.hpp"

#include <baocao/sdk/text.hpp>

#include <array>
#include <cctype>
#include <cstdint>

namespace baocao::synthesis {

namespace {

/// Abbreviations written with a final period, in match-key form.
constexpr std::array<std::string_view, 16> abbreviations = {"tp", "tx", "tt", "ths", "ts", "pgs", "gs", "bs", "ks",
                                                            "ng", "nxb", "vv", "st", "cn", "tr", "q"};

bool capital_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return false;
    const auto cp = s.substr(pos, text::utf8_sequence_length(static_cast<unsigned char>(s[pos])));
    const auto lower = text::to_lower(cp);
    return lower != cp;
}

/// Opening quotes and brackets that may start a sentence.
bool opener_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return false;
    if (s[pos] == '"' || s[pos] == '(' || s[pos] == '\'') return true;
    return s.substr(pos, 3) == "\xE2\x80\x9C" || s.substr(pos, 3) == "\xE2\x80\x98";  // “ ‘
}

/// The word just before position `end` (exclusive), as written.
std::string_view word_before(std::string_view s, std::size_t end) {
    std::size_t start = end;
    while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '(') --start;
    return s.substr(start, end - start);
}

bool is_abbreviation(std::string_view word) {
    if (word.empty()) return false;
    const auto key = text::match_key(word);
    if (key.size() == 1 && std::isalpha(static_cast<unsigned char>(key[0]))) return true;  // an initial
    for (auto a : abbreviations)
        if (key == a) return true;
    // "v.v" keyed is "v v".
    return key == "v v";
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

/// Length of a leading label: "1.", "1.2.", "IV.", "a)", "-", "+", "•", "*".
std::size_t label_length(std::string_view s) {
    if (s.empty()) return 0;
    if (s[0] == '-' || s[0] == '+' || s[0] == '*') return s.size() > 1 && is_space(s[1]) ? 2 : 0;
    if (s.substr(0, 3) == "\xE2\x80\xA2" || s.substr(0, 3) == "\xE2\x80\x93")  // • –
        return s.size() > 3 && is_space(s[3]) ? 4 : 0;
    std::size_t i = 0;
    bool digits = false;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) digits = digits || s[i] != '.', ++i;
    if (digits && i > 0 && (s[i - 1] == '.' || (i < s.size() && s[i] == ')'))) {
        if (i < s.size() && s[i] == ')') ++i;
        return i < s.size() && is_space(s[i]) ? i + 1 : 0;
    }
    // Roman numerals and single letters: "IV.", "a)", "b."
    i = 0;
    while (i < s.size() && i < 5 && std::string_view("IVXLivxl").find(s[i]) != std::string_view::npos) ++i;
    if (i == 0 && i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) i = 1;
    if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')' || s[i] == '-' || s[i] == '/') && is_space(s[i + 1]))
        return i + 2;
    return 0;
}

constexpr std::array<std::string_view, 20> enumerators = {
    "mot la",  "hai la",  "ba la",   "bon la",   "nam la",   "sau la",   "bay la",    "tam la",    "chin la",  "muoi la",
    "thu nhat", "thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "thu tam", "thu chin", "thu muoi"};

}  // namespace

std::size_t word_count_up_to(std::string_view s, std::size_t limit) {
    if (limit == 0) return 0;
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool sp = is_space(c) || c == '\n';
        if (!sp && !in && ++n == limit) return n;
        in = !sp;
    }
    return n;
}

std::size_t word_count(std::string_view s) { return word_count_up_to(s, SIZE_MAX); }

std::vector<std::string> split_sentences(std::string_view p) {
    std::vector<std::string> out;
    std::size_t start = 0;
    auto flush = [&](std::size_t end) {
        auto s = text::trim(p.substr(start, end - start));
        if (!s.empty()) out.push_back(std::move(s));
        start = end;
    };
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c != '.' && c != '!' && c != '?') continue;
        std::size_t j = i + 1;
        // Closing quotes and brackets stay with the sentence they close.
        while (j < p.size() && (p[j] == '"' || p[j] == ')' || p.substr(j, 3) == "\xE2\x80\x9D")) j += p[j] == '\xE2' ? 3 : 1;
        if (j >= p.size() || !is_space(p[j])) continue;
        std::size_t k = j;
        while (k < p.size() && is_space(p[k])) ++k;
        if (k >= p.size()) continue;
        const bool next_starts = capital_at(p, k) || opener_at(p, k) || std::isdigit(static_cast<unsigned char>(p[k]));
        if (!next_starts) continue;
        if (c == '.' && is_abbreviation(word_before(p, i))) continue;
        flush(j);
    }
    flush(p.size());
    return out;
}

bool looks_like_heading(std::string_view raw) {
    const auto line = text::trim(raw);
    if (line.empty()) return false;
    const std::size_t words = word_count_up_to(line, 17);
    if (words > 16) return false;
    const char last = line.back();
    if (last == '.' || last == ';' || last == ',') return false;
    if (last == ':') return words <= 12;
    // A short line that does not end like a sentence is a heading ("Những mô hình, điển hình tiêu biểu").
    if (words <= 10 && last != '!' && last != '?' && last != ')' && line.substr(line.size() >= 3 ? line.size() - 3 : 0) != "\xE2\x80\x9D")
        return true;
    const std::size_t label = label_length(line);
    if (label > 0 && line[0] != '-' && line[0] != '+' && line[0] != '*' && static_cast<unsigned char>(line[0]) != 0xE2)
        return true;
    return text::is_all_caps(line);
}

bool ends_like_sentence(std::string_view text) {
    const std::string trimmed = text::trim(text);
    std::string_view t = trimmed;
    for (;;) {
        if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" || t.substr(t.size() - 3) == "\xE2\x80\x99"))
            t.remove_suffix(3);  // ” ’
        else if (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')' || t.back() == ']' || t.back() == ' '))
            t.remove_suffix(1);
        else
            break;
    }
    if (t.empty()) return false;
    if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6") return true;  // …
    const char last = t.back();
    return last == '.' || last == '!' || last == '?' || last == ';';
}

std::string capitalize_first(std::string_view s) {
    if (s.empty()) return {};
    const auto len = text::utf8_sequence_length(static_cast<unsigned char>(s[0]));
    std::string out = text::to_upper(s.substr(0, len));
    out.append(s.substr(len));
    return out;
}

std::string_view enumerator_stripped(std::string_view raw) {
    std::string_view s = text::trim_view(raw);
    if (const auto n = label_length(s); n > 0 && n < s.size()) s = text::trim_view(s.substr(n));
    // "Một là, ...": the key of the first two words, then the comma.
    const auto comma = s.find(',');
    if (comma != std::string_view::npos && comma < 16) {
        const auto key = text::match_key(s.substr(0, comma));
        for (auto e : enumerators)
            if (key == e) {
                s = text::trim_view(s.substr(comma + 1));
                break;
            }
    }
    return s;
}

std::string strip_enumerator(std::string_view raw) { return capitalize_first(enumerator_stripped(raw)); }

}  // namespace baocao::synthesis

namespace baocao::synthesis {

bool has_figures(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        // The whole token around the digits, up to spaces.
        std::size_t start = i;
        while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '(') --start;
        std::size_t end = i;
        while (end < s.size() && s[end] != ' ' && s[end] != ')' && s[end] != ',' && s[end] != ';') ++end;
        const auto token = s.substr(start, end - start);
        i = end;
        const bool symbol = token.find('-') != std::string_view::npos && token.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos;
        const bool date = token.find('/') != std::string_view::npos;
        std::size_t digits = 0;
        for (char c : token) digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
        const bool year = digits == 4 && token.size() <= 5 && (token.substr(0, 2) == "19" || token.substr(0, 2) == "20");
        if (!symbol && !date && !year) return true;
    }
    return false;
}

}  // namespace baocao::synthesis
