// SPDX-License-Identifier: Apache-2.0
// Proleptic Gregorian calendar arithmetic and ISO 8601 formatting/parsing.

#include "baocao/sdk/dates.hpp"
#include "text/date_scan.hpp"

#include <cstdio>

namespace baocao::dates {

namespace {

constexpr std::int64_t seconds_per_day = 86400;

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && is_leap(y)) ? 29 : lengths[m - 1];
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

}  // namespace

bool valid(const civil_date& d) {
    if (d.year < 1900 || d.year > 2200) return false;
    if (d.month < 1 || d.month > 12) return false;
    return d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

std::string to_iso(const civil_date& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::optional<civil_date> from_iso(std::string_view iso) {
    detail::scanner sc(iso);
    sc.skip_spaces();
    civil_date d;
    if (!sc.digits(4, 4, d.year) || !sc.take('-') || !sc.digits(2, 2, d.month) || !sc.take('-') ||
        !sc.digits(2, 2, d.day))
        return std::nullopt;
    sc.skip_spaces();
    if (!sc.done() || !valid(d)) return std::nullopt;
    return d;
}

// The calendar is counted in 400-year eras starting on 1 March, so the leap
// day falls at the end of each counted year and month lengths repeat in a
// regular 153-days-per-5-months pattern.
std::int64_t days_from_civil(const civil_date& d) {
    const std::int64_t y = static_cast<std::int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t year_of_era = y - era * 400;                          // 0..399
    const std::int64_t shifted_month = d.month > 2 ? d.month - 3 : d.month + 9;  // March = 0
    const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + d.day - 1;  // 0..365
    const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    // 719468 = days from 0000-03-01 to 1970-01-01.
    return era * 146097 + day_of_era - 719468;
}

civil_date civil_from_days(std::int64_t days) {
    const std::int64_t z = days + 719468;
    const std::int64_t era = floor_div(z, 146097);
    const std::int64_t day_of_era = z - era * 146097;  // 0..146096
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;  // 0..399
    const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;  // March = 0
    civil_date d;
    d.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
    d.month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
    d.year = static_cast<int>(year_of_era + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
}

civil_date date_at_offset(std::int64_t unix_seconds, int offset_minutes) {
    const std::int64_t local = unix_seconds + static_cast<std::int64_t>(offset_minutes) * 60;
    return civil_from_days(floor_div(local, seconds_per_day));
}

std::string to_iso_datetime(std::int64_t unix_seconds, int offset_minutes) {
    const std::int64_t local = unix_seconds + static_cast<std::int64_t>(offset_minutes) * 60;
    const std::int64_t day = floor_div(local, seconds_per_day);
    const std::int64_t second_of_day = local - day * seconds_per_day;
    const civil_date d = civil_from_days(day);
    const int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year, d.month, d.day,
                  static_cast<int>(second_of_day / 3600), static_cast<int>(second_of_day / 60 % 60),
                  static_cast<int>(second_of_day % 60), offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
    return buf;
}

std::optional<std::int64_t> parse_iso_datetime(std::string_view s, int default_offset_minutes) {
    detail::scanner sc(s);
    sc.skip_spaces();
    civil_date d;
    if (!sc.digits(4, 4, d.year) || !sc.take('-') || !sc.digits(2, 2, d.month) || !sc.take('-') ||
        !sc.digits(2, 2, d.day) || !valid(d))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    int offset = default_offset_minutes;
    if (sc.take('T') || sc.take('t') || (sc.peek() == ' ' && sc.peek(1) >= '0' && sc.peek(1) <= '9' && sc.take(' '))) {
        if (!sc.digits(2, 2, hour) || !sc.take(':') || !sc.digits(2, 2, minute)) return std::nullopt;
        if (sc.take(':')) {
            if (!sc.digits(2, 2, second)) return std::nullopt;
            // Fractions of a second are accepted and dropped.
            if (sc.take('.') || sc.take(',')) {
                if (!(sc.peek() >= '0' && sc.peek() <= '9')) return std::nullopt;
                while (sc.peek() >= '0' && sc.peek() <= '9') sc.take(sc.peek());
            }
        }
        if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute != 0 || second != 0)))
            return std::nullopt;
        if (second == 60) second = 59;  // a leap second maps onto the last second
        if (sc.take('Z') || sc.take('z')) {
            offset = 0;
        } else if (sc.peek() == '+' || sc.peek() == '-') {
            const int sign = sc.peek() == '-' ? -1 : 1;
            sc.take(sc.peek());
            int oh = 0, om = 0;
            if (sc.digits(4, 4, oh)) {
                om = oh % 100;
                oh /= 100;
            } else {
                if (!sc.digits(2, 2, oh)) return std::nullopt;
                if (sc.take(':') && !sc.digits(2, 2, om)) return std::nullopt;
            }
            if (oh > 23 || om > 59) return std::nullopt;
            offset = sign * (oh * 60 + om);
        }
    }
    sc.skip_spaces();
    if (!sc.done()) return std::nullopt;
    return days_from_civil(d) * seconds_per_day + hour * 3600 + minute * 60 + second -
           static_cast<std::int64_t>(offset) * 60;
}

}  // namespace baocao::dates
