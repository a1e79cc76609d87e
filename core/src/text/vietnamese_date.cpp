// SPDX-License-Identifier: Apache-2.0
// Dates written in Vietnamese: "ngày 28 tháng 9 năm 2013", "ngày 28/9/2013",
// "28-9-2013", "28.9.2013", and the place-and-date line of a report header.
// Scanning runs on folded text (no diacritics, lower case), so "ngay 28
// thang 9 nam 2013" typed without accents is read the same way.

#include "baocao/sdk/dates.hpp"
#include "baocao/sdk/text.hpp"
#include "text/date_scan.hpp"
#include "text/utf8_codec.hpp"

#include <algorithm>
#include <vector>

namespace baocao::dates {

namespace {

using detail::scanner;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

/// Spaces, including the stray dots some typists put in blanks ("ngày ...").
void skip_blank(scanner& sc) { sc.skip_spaces(); }

bool take_word(scanner& sc, std::string_view word) {
    if (sc.rest().substr(0, word.size()) != word) return false;
    if (is_letter(sc.peek(word.size()))) return false;
    sc.seek(sc.pos() + word.size());
    return true;
}

/// "D<sep>M<sep>Y" with one separator kind ('/', '-', '.'), spaces allowed
/// around separators when `loose` (after "ngày").
std::optional<civil_date> numeric_date(scanner& sc, bool loose) {
    civil_date d;
    if (!sc.digits(1, 2, d.day)) return std::nullopt;
    if (loose) sc.skip_spaces();
    const char sep = sc.peek();
    if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
    sc.take(sep);
    if (loose) sc.skip_spaces();
    if (!sc.digits(1, 2, d.month)) return std::nullopt;
    if (loose) sc.skip_spaces();
    if (!sc.take(sep)) return std::nullopt;
    if (loose) sc.skip_spaces();
    if (!sc.digits(4, 4, d.year)) return std::nullopt;
    return d;
}

/// "D tháng M năm Y" at the scanner position.
std::optional<civil_date> worded_date(scanner& sc) {
    civil_date d;
    if (sc.digits(1, 2, d.day)) {
        skip_blank(sc);
        if (take_word(sc, "thang")) {
            skip_blank(sc);
            if (!sc.digits(1, 2, d.month)) return std::nullopt;
            skip_blank(sc);
            // "năm" is sometimes dropped, or preceded or replaced by a comma.
            if (sc.take(',') || sc.take('/')) skip_blank(sc);
            if (take_word(sc, "nam")) skip_blank(sc);
            if (!sc.digits(4, 4, d.year)) return std::nullopt;
            return d;
        }
    }
    return std::nullopt;
}

/// After "ngày": "D tháng M năm Y" or a numeric date, spaces allowed.
std::optional<civil_date> after_ngay(scanner& sc) {
    skip_blank(sc);
    const std::size_t start = sc.pos();
    if (auto d = worded_date(sc)) return d;
    sc.seek(start);
    return numeric_date(sc, true);
}

/// A date without "ngày": "28 tháng 9 năm 2013" or "28/9/2013".
std::optional<civil_date> bare_date(scanner& sc) {
    const std::size_t start = sc.pos();
    if (auto d = worded_date(sc)) return d;
    sc.seek(start);
    return numeric_date(sc, false);
}

/// A date phrase starting exactly at the scanner position.
std::optional<civil_date> date_at(scanner& sc) {
    if (take_word(sc, "ngay")) return after_ngay(sc);
    if (is_digit(sc.peek())) return bare_date(sc);
    return std::nullopt;
}

/// A numeric date must not be glued to more numbers ("1.28.9.2013", "28/9/20131").
bool clean_numeric_start(std::string_view folded, std::size_t i) {
    if (i == 0) return true;
    const char p = folded[i - 1];
    if (is_digit(p) || is_letter(p)) return false;
    if ((p == '/' || p == '-' || p == '.') && i >= 2 && is_digit(folded[i - 2])) return false;
    return true;
}

bool clean_end(std::string_view folded, std::size_t end) {
    if (end >= folded.size()) return true;
    const char c = folded[end];
    if (is_digit(c) || is_letter(c)) return false;
    if ((c == '/' || c == '-' || c == '.') && end + 1 < folded.size() && is_digit(folded[end + 1])) return false;
    return true;
}

/// True when the word starts with a capital letter (an opening quote or
/// bracket before it is allowed).
bool starts_capitalized(std::string_view word) {
    while (!word.empty() && (word.front() == '"' || word.front() == '\'' || word.front() == '('))
        word.remove_prefix(1);
    if (word.empty()) return false;
    std::size_t pos = 0;
    text::detail::next_code_point(word, pos);
    return text::is_all_caps(word.substr(0, pos));
}

/// The place part of a place-and-date line: a few words naming a place,
/// ending with a proper noun ("Can Lộc", "Thị xã Hồng Lĩnh", "TP Hà Tĩnh").
bool looks_like_place(std::string_view original) {
    const std::string trimmed = text::collapse_spaces(original);
    if (trimmed.empty() || trimmed.size() > 80) return false;
    std::vector<std::string_view> ws;
    std::string_view rest = trimmed;
    while (!rest.empty()) {
        const std::size_t sp = rest.find(' ');
        ws.push_back(rest.substr(0, sp));
        if (sp == std::string_view::npos) break;
        rest.remove_prefix(sp + 1);
    }
    if (ws.size() > 8) return false;
    for (char c : trimmed)
        if (c == ':' || c == ';' || c == '"' || c == '?' || c == '!' || c == '(' || c == '/') return false;
    // Words of a place name are capitalized, except the administrative
    // prefixes ("thị xã Hồng Lĩnh", "thành phố Hà Tĩnh") and district numbers.
    static constexpr std::string_view prefixes[] = {"thi", "xa", "thanh", "pho", "huyen", "phuong", "tran",
                                                    "tinh", "quan", "tp", "tx", "dac", "khu", "so"};
    for (std::string_view w : ws) {
        if (w == "-" || w == "–") continue;
        if (starts_capitalized(w)) continue;
        const std::string key = text::match_key(w);
        bool allowed = !key.empty() && key.size() <= 2 && std::all_of(key.begin(), key.end(), is_digit);
        for (std::string_view p : prefixes) allowed = allowed || key == p;
        if (!allowed) return false;
    }
    const std::string_view last = ws.back();
    const bool numbered = ws.size() >= 2 && last.size() <= 2 && std::all_of(last.begin(), last.end(), is_digit);
    return starts_capitalized(last) || numbered;
}

/// One tab-free segment checked as a place-and-date line.
std::optional<civil_date> place_date_segment(std::string_view segment) {
    std::vector<std::size_t> offsets;
    const std::string folded = text::detail::fold_for_scan(segment, &offsets);
    // Leading blanks, dashes and stray emphasis or bracket characters left
    // by converters are not part of the line.
    std::size_t lead = 0;
    while (lead < folded.size() && std::string_view(" -*_()[]").find(folded[lead]) != std::string_view::npos) ++lead;
    if (folded.size() - lead > 120) return std::nullopt;

    // The date starts at the line start, or after "<place>," / "<place> ".
    std::size_t date_start = std::string::npos;
    std::size_t place_end = lead;
    if (folded.compare(lead, 4, "ngay") == 0 || is_digit(folded[lead])) {
        date_start = lead;
    } else {
        const std::size_t ngay = folded.find("ngay", lead);
        const std::size_t comma = folded.find(',', lead);
        if (ngay != std::string::npos && (ngay == 0 || !is_letter(folded[ngay - 1]))) {
            date_start = ngay;
            place_end = ngay;
        } else if (comma != std::string::npos) {
            std::size_t p = comma + 1;
            while (p < folded.size() && folded[p] == ' ') ++p;
            if (p < folded.size() && is_digit(folded[p])) {
                date_start = p;
                place_end = p;
            }
        }
        if (date_start == std::string::npos) return std::nullopt;
        // The place may end with a comma; it must not hold another comma.
        std::size_t cut = place_end;
        while (cut > lead && (folded[cut - 1] == ' ')) --cut;
        if (cut > lead && folded[cut - 1] == ',') --cut;
        if (folded.substr(lead, cut - lead).find(',') != std::string::npos) return std::nullopt;
        const std::string_view place = segment.substr(offsets[lead], offsets[cut] - offsets[lead]);
        if (!looks_like_place(place)) return std::nullopt;
    }

    scanner sc(folded);
    sc.seek(date_start);
    const auto d = date_at(sc);
    if (!d || !valid(*d)) return std::nullopt;
    // Nothing but closing punctuation may follow the date.
    for (char c : sc.rest())
        if (!(c == ' ' || c == '.' || c == ',' || c == ';' || c == ')' || c == ']' || c == '*')) return std::nullopt;
    return d;
}

}  // namespace

std::optional<civil_date> find_vietnamese_date(std::string_view text) {
    const std::string folded = text::detail::fold_for_scan(text);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if (c == 'n' && (i == 0 || !is_letter(folded[i - 1]))) {
            scanner sc(folded);
            sc.seek(i);
            if (take_word(sc, "ngay")) {
                const auto d = after_ngay(sc);
                if (d && valid(*d) && clean_end(folded, sc.pos())) return d;
            }
        } else if (is_digit(c) && clean_numeric_start(folded, i)) {
            scanner sc(folded);
            sc.seek(i);
            const auto d = bare_date(sc);
            if (d && valid(*d) && clean_end(folded, sc.pos())) return d;
        }
    }
    return std::nullopt;
}

std::optional<civil_date> parse_place_date_line(std::string_view line) {
    if (line.size() > 400) return std::nullopt;
    // Header lines laid out with tabs put the place-and-date last
    // ("Số 12-BC/HU<tab><tab>Can Lộc, ngày 28 tháng 9 năm 2013").
    std::size_t last_tab = line.find_last_of('\t');
    std::string_view segment = last_tab == std::string_view::npos ? line : line.substr(last_tab + 1);
    if (last_tab != std::string_view::npos) {
        // A segment of blanks only means the date is in an earlier cell.
        const std::string t = text::trim(segment);
        if (t.empty()) {
            std::string_view head = line.substr(0, last_tab);
            while (!head.empty() && (head.back() == '\t' || head.back() == ' ')) head.remove_suffix(1);
            const std::size_t prev = head.find_last_of('\t');
            segment = prev == std::string_view::npos ? head : head.substr(prev + 1);
        }
    }
    return place_date_segment(segment);
}

}  // namespace baocao::dates
