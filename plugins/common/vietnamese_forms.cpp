// SPDX-License-Identifier: Apache-2.0
// Numbers and dates as the draft writes them, shared by the plugins that show
// them beside the draft (emit-html), and the number reader of the figures.
#include "vietnamese_forms.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace baocao::synthesis {

std::string vn_date(std::string_view iso) {
    const auto d = dates::from_iso(iso);
    if (!d) return std::string(iso);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d->day, d->month, d->year);
    return buf;
}

std::string vn_date_short(std::string_view iso) {
    const auto d = dates::from_iso(iso);
    if (!d) return std::string(iso);
    return std::to_string(d->day) + "/" + std::to_string(d->month) + "/" + std::to_string(d->year);
}

std::string vn_number(double value) {
    const bool negative = value < 0;
    const double rounded = std::round(std::fabs(value) * 100.0) / 100.0;
    auto whole = static_cast<unsigned long long>(std::floor(rounded));
    const int cents = static_cast<int>(std::lround((rounded - static_cast<double>(whole)) * 100.0));
    std::string digits = std::to_string(whole);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back('.');
        grouped.push_back(digits[i]);
    }
    if (cents != 0) {
        grouped.push_back(',');
        grouped.push_back(static_cast<char>('0' + cents / 10));
        if (cents % 10 != 0) grouped.push_back(static_cast<char>('0' + cents % 10));
    }
    return (negative && (whole != 0 || cents != 0) ? "-" : "") + grouped;
}

std::optional<double> parse_number(std::string_view raw) {
    std::string s = text::trim(raw);
    if (s.empty()) return std::nullopt;
    // "1.234.567" groups thousands with dots; otherwise a comma is the decimal mark.
    bool grouped = s.size() > 4;
    for (std::size_t i = 0; i < s.size() && grouped; ++i) {
        const std::size_t from_end = s.size() - i;
        if (from_end % 4 == 0) grouped = s[i] == '.';
        else grouped = std::isdigit(static_cast<unsigned char>(s[i])) != 0;
    }
    std::string plain;
    for (char c : s) {
        if (grouped && c == '.') continue;
        plain.push_back(c == ',' ? '.' : c);
    }
    char* end = nullptr;
    const double v = std::strtod(plain.c_str(), &end);
    if (end == plain.c_str() || *end != '\0' || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::string clean(std::string_view text) { return text::sanitize_utf8(text); }

}  // namespace baocao::synthesis
