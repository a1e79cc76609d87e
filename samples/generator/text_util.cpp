// SPDX-License-Identifier: Apache-2.0
#include "text_util.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdio>

namespace baocao::samplegen {

namespace {

icu::UnicodeString to_icu(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string from_icu(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, int& y, int& m, int& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (m <= 2);
}

std::string offset_text(int minutes, bool colon) {
    const char sign = minutes < 0 ? '-' : '+';
    const int a = minutes < 0 ? -minutes : minutes;
    char buf[16];
    std::snprintf(buf, sizeof buf, colon ? "%c%02d:%02d" : "%c%02d%02d", sign, a / 60, a % 60);
    return buf;
}

}  // namespace

std::string upper(std::string_view utf8) { return from_icu(to_icu(utf8).toUpper(icu::Locale("vi"))); }

std::string lower(std::string_view utf8) { return from_icu(to_icu(utf8).toLower(icu::Locale("vi"))); }

std::string nfd(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return std::string(utf8);
    return from_icu(n->normalize(to_icu(utf8), status));
}

std::u16string utf16(std::string_view utf8) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    return std::u16string(reinterpret_cast<const char16_t*>(u.getBuffer()), static_cast<std::size_t>(u.length()));
}

std::string capitalize_first(std::string_view utf8) {
    icu::UnicodeString u = to_icu(utf8);
    if (u.isEmpty()) return {};
    const int32_t first_len = U16_LENGTH(u.char32At(0));
    icu::UnicodeString head(u, 0, first_len);
    icu::UnicodeString rest(u, first_len);
    head.toUpper(icu::Locale("vi"));
    return from_icu(head + rest);
}

std::string format_count(long long n) {
    const bool neg = n < 0;
    std::string digits = std::to_string(neg ? -n : n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return neg ? "-" + out : out;
}

std::string format_tenths(long long tenths) {
    std::string s = format_count(tenths / 10);
    const long long frac = (tenths < 0 ? -tenths : tenths) % 10;
    if (frac != 0) s += "," + std::to_string(frac);
    return s;
}

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string base64(std::string_view bytes, std::size_t line) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve(bytes.size() * 4 / 3 + bytes.size() / 38 + 8);
    std::size_t col = 0;
    auto put = [&](char c) {
        if (line && col == line) {
            out += "\r\n";
            col = 0;
        }
        out += c;
        ++col;
    };
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                           (static_cast<unsigned char>(bytes[i + 1]) << 8) | static_cast<unsigned char>(bytes[i + 2]);
        put(alphabet[(v >> 18) & 63]);
        put(alphabet[(v >> 12) & 63]);
        put(alphabet[(v >> 6) & 63]);
        put(alphabet[v & 63]);
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        put(alphabet[(v >> 18) & 63]);
        put(alphabet[(v >> 12) & 63]);
        put(i + 1 < bytes.size() ? alphabet[(v >> 6) & 63] : '=');
        put('=');
    }
    return out;
}

std::int64_t moment::unix_seconds() const {
    return days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
           static_cast<std::int64_t>(offset_minutes) * 60;
}

moment moment::from_unix(std::int64_t seconds, int offset_minutes) {
    const std::int64_t local = seconds + static_cast<std::int64_t>(offset_minutes) * 60;
    std::int64_t days = local / 86400;
    std::int64_t rest = local % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    moment m;
    civil_from_days(days, m.year, m.month, m.day);
    m.hour = static_cast<int>(rest / 3600);
    m.minute = static_cast<int>(rest % 3600 / 60);
    m.second = static_cast<int>(rest % 60);
    m.offset_minutes = offset_minutes;
    return m;
}

moment moment::in_offset(int offset) const { return from_unix(unix_seconds(), offset); }

std::string moment::iso_date() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string moment::iso() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
    return iso_date() + buf + offset_text(offset_minutes, true);
}

std::string moment::rfc5322() const {
    static constexpr std::array<const char*, 7> days{"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static constexpr std::array<const char*, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::int64_t d = days_from_civil(year, month, day);
    const auto wd = static_cast<std::size_t>(((d % 7) + 7) % 7);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %d %s %04d %02d:%02d:%02d ", days[wd], day, months[static_cast<std::size_t>(month - 1)],
                  year, hour, minute, second);
    return buf + offset_text(offset_minutes, false);
}

}  // namespace baocao::samplegen
