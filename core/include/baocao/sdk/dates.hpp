// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Dates and times: civil dates, Vietnamese date phrases, RFC 5322 dates.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::dates {

struct civil_date {
    int year = 0, month = 0, day = 0;
    bool operator==(const civil_date&) const = default;
    auto operator<=>(const civil_date&) const = default;
};

/// True for a real calendar date (month 1..12, day within the month, year 1900..2200).
bool valid(const civil_date& d);

/// "2013-09-30".
std::string to_iso(const civil_date& d);
/// Parses "2013-09-30"; nullopt when malformed or invalid.
std::optional<civil_date> from_iso(std::string_view iso);

/// Days since 1970-01-01 (negative before), and back.
std::int64_t days_from_civil(const civil_date& d);
civil_date civil_from_days(std::int64_t days);

/// The calendar date of a unix time seen at a UTC offset (minutes).
civil_date date_at_offset(std::int64_t unix_seconds, int offset_minutes);

/// "2013-10-01T08:15:00+07:00": a unix time written at a UTC offset.
std::string to_iso_datetime(std::int64_t unix_seconds, int offset_minutes);
/// Parses an ISO 8601 date-time with offset or "Z" (or a bare date, read at `default_offset_minutes`).
std::optional<std::int64_t> parse_iso_datetime(std::string_view s, int default_offset_minutes);

/// An RFC 5322 date ("Tue, 1 Oct 2013 08:15:00 +0700"), obsolete forms included:
/// two-digit years, zone names (UT, GMT, EST ... , military letters), missing
/// day name or seconds, comments, extra spaces. Returns unix seconds.
std::optional<std::int64_t> parse_rfc5322(std::string_view s);

/// An RFC 5322 date, and whether it named its zone.
struct rfc5322_time {
    std::int64_t unix_seconds = 0;
    bool zone_given = true;     ///< false when the date gave no zone and `zone_less_offset_minutes` was assumed
};

/// parse_rfc5322, reading a date that names no zone at `zone_less_offset_minutes`
/// east of UTC (parse_rfc5322 reads it as UTC) and saying so.
std::optional<rfc5322_time> parse_rfc5322_zoned(std::string_view s, int zone_less_offset_minutes);

/// The first date written in Vietnamese in `text`: "ngày 28 tháng 9 năm 2013",
/// "ngày 28/9/2013", "28-9-2013", "28.9.2013". Day first, always.
std::optional<civil_date> find_vietnamese_date(std::string_view text);

/// The date of a place-and-date line ("Can Lộc, ngày 28 tháng 9 năm 2013").
/// Only lines shaped like one count: a short line that is mostly the date,
/// optionally after a place name and a comma. Nullopt for any other line.
std::optional<civil_date> parse_place_date_line(std::string_view line);

}  // namespace baocao::dates
