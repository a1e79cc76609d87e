// SPDX-License-Identifier: Apache-2.0
// RFC 5322 date-time parsing, including the obsolete syntax of section 4.3
// that old mail software still produces.

#include "baocao/sdk/dates.hpp"
#include "text/date_scan.hpp"

#include <array>
#include <string>

namespace baocao::dates {

namespace {

using detail::scanner;

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool equals_nocase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

/// Comments become spaces and folding white space becomes plain spaces.
/// Nested comments and quoted-pairs inside them are honoured; an unclosed
/// comment makes the field unreadable.
std::optional<std::string> strip_comments(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (depth > 0) {
            if (c == '\\') ++i;
            else if (c == '(') ++depth;
            else if (c == ')' && --depth == 0) out.push_back(' ');
            continue;
        }
        if (c == '(') {
            ++depth;
        } else if (c == '\r' || c == '\n' || c == '\t') {
            out.push_back(' ');
        } else if (c == ')') {
            return std::nullopt;
        } else {
            out.push_back(c);
        }
    }
    if (depth != 0) return std::nullopt;
    return out;
}

std::string_view read_word(scanner& sc) {
    const std::string_view r = sc.rest();
    std::size_t n = 0;
    while (n < r.size() && is_alpha(r[n])) ++n;
    sc.seek(sc.pos() + n);
    return r.substr(0, n);
}

bool is_day_name(std::string_view w) {
    static constexpr std::array<std::string_view, 7> abbr = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static constexpr std::array<std::string_view, 7> full = {"monday", "tuesday", "wednesday", "thursday",
                                                             "friday", "saturday", "sunday"};
    for (auto n : abbr)
        if (equals_nocase(w, n)) return true;
    for (auto n : full)
        if (equals_nocase(w, n)) return true;
    return false;
}

int month_number(std::string_view w) {
    static constexpr std::array<std::string_view, 12> abbr = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
    static constexpr std::array<std::string_view, 12> full = {"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
    for (std::size_t i = 0; i < 12; ++i)
        if (equals_nocase(w, abbr[i]) || equals_nocase(w, full[i])) return static_cast<int>(i + 1);
    if (equals_nocase(w, "sept")) return 9;
    return 0;
}

/// Offset in minutes of an obsolete zone name; military letters and unknown
/// zones read as -0000 (UTC, offset unknown) per RFC 5322 4.3.
std::optional<int> zone_name_offset(std::string_view w) {
    struct named { std::string_view name; int minutes; };
    static constexpr std::array<named, 10> zones = {{{"ut", 0}, {"gmt", 0}, {"est", -300}, {"edt", -240},
                                                      {"cst", -360}, {"cdt", -300}, {"mst", -420},
                                                      {"mdt", -360}, {"pst", -480}, {"pdt", -420}}};
    for (const auto& z : zones)
        if (equals_nocase(w, z.name)) return z.minutes;
    if (equals_nocase(w, "utc") || equals_nocase(w, "z")) return 0;
    if (w.size() == 1 && is_alpha(w[0]) && lower(w[0]) != 'j') return 0;
    return std::nullopt;
}

}  // namespace

std::optional<rfc5322_time> parse_rfc5322_zoned(std::string_view raw, int zone_less_offset_minutes) {
    if (raw.size() > 256) return std::nullopt;
    const auto cleaned = strip_comments(raw);
    if (!cleaned) return std::nullopt;
    scanner sc(*cleaned);
    sc.skip_spaces();

    // [day-of-week ","]
    if (is_alpha(sc.peek())) {
        const std::string_view w = read_word(sc);
        if (!is_day_name(w)) return std::nullopt;
        sc.skip_spaces();
        sc.take(',');
        sc.skip_spaces();
    }

    civil_date d;
    if (!sc.digits(1, 2, d.day)) return std::nullopt;
    sc.skip_spaces();
    sc.take('-');  // "1-Oct-2013" appears in some old gateways
    sc.skip_spaces();
    d.month = month_number(read_word(sc));
    if (d.month == 0) return std::nullopt;
    sc.skip_spaces();
    sc.take('-');
    sc.skip_spaces();

    // Years of two digits are 1950–2049, of three digits 1900 + year.
    const std::size_t year_start = sc.pos();
    if (!sc.digits(2, 4, d.year)) return std::nullopt;
    const std::size_t year_len = sc.pos() - year_start;
    if (year_len == 2) d.year += d.year < 50 ? 2000 : 1900;
    else if (year_len == 3) d.year += 1900;
    if (!valid(d)) return std::nullopt;
    sc.skip_spaces();

    int hour = 0, minute = 0, second = 0;
    if (!sc.digits(1, 2, hour)) return std::nullopt;
    sc.skip_spaces();
    if (!sc.take(':')) return std::nullopt;
    sc.skip_spaces();
    if (!sc.digits(2, 2, minute)) return std::nullopt;
    sc.skip_spaces();
    if (sc.take(':')) {
        sc.skip_spaces();
        if (!sc.digits(2, 2, second)) return std::nullopt;
        sc.skip_spaces();
    }
    if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
    if (second == 60) second = 59;

    int offset = zone_less_offset_minutes;
    bool zone_given = true;
    if (sc.peek() == '+' || sc.peek() == '-') {
        const int sign = sc.peek() == '-' ? -1 : 1;
        sc.take(sc.peek());
        int hh = 0, mm = 0;
        // "+0700", and the non-standard "+07:00" and "+7".
        if (sc.digits(4, 4, hh)) {
            mm = hh % 100;
            hh /= 100;
        } else if (sc.digits(1, 2, hh)) {
            if (sc.take(':') && !sc.digits(2, 2, mm)) return std::nullopt;
        } else {
            return std::nullopt;
        }
        if (hh > 23 || mm > 59) return std::nullopt;
        offset = sign * (hh * 60 + mm);
        sc.skip_spaces();
        // A zone abbreviation left outside parentheses ("+0700 ICT") is noise.
        if (is_alpha(sc.peek())) {
            const std::string_view w = read_word(sc);
            if (w.size() > 5) return std::nullopt;
            sc.skip_spaces();
        }
    } else if (is_alpha(sc.peek())) {
        const std::string_view name = read_word(sc);
        const auto z = zone_name_offset(name);
        if (!z) return std::nullopt;
        offset = *z;
        // "GMT+0700", written by some webmail gateways.
        if (*z == 0 && name.size() > 1 && (sc.peek() == '+' || sc.peek() == '-')) {
            const int sign = sc.peek() == '-' ? -1 : 1;
            sc.take(sc.peek());
            int hh = 0;
            if (!sc.digits(4, 4, hh) || hh / 100 > 23 || hh % 100 > 59) return std::nullopt;
            offset = sign * (hh / 100 * 60 + hh % 100);
        }
        sc.skip_spaces();
    } else {
        zone_given = false;
    }
    if (!sc.done()) return std::nullopt;

    return rfc5322_time{days_from_civil(d) * 86400 + hour * 3600 + minute * 60 + second - static_cast<std::int64_t>(offset) * 60,
                        zone_given};
}

std::optional<std::int64_t> parse_rfc5322(std::string_view raw) {
    // A missing zone is read as UTC, as for "-0000".
    const auto t = parse_rfc5322_zoned(raw, 0);
    if (!t) return std::nullopt;
    return t->unix_seconds;
}

}  // namespace baocao::dates
