// SPDX-License-Identifier: Apache-2.0
// Civil date arithmetic and ISO 8601 forms.

#include "baocao/sdk/dates.hpp"

#include <catch2/catch.hpp>

using namespace baocao::dates;

TEST_CASE("days_from_civil and civil_from_days agree with known dates") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(days_from_civil({1969, 12, 31}) == -1);
    CHECK(days_from_civil({2000, 3, 1}) == 11017);
    CHECK(days_from_civil({2013, 10, 1}) == 15979);
    CHECK(civil_from_days(15979) == civil_date{2013, 10, 1});
    CHECK(civil_from_days(-1) == civil_date{1969, 12, 31});
    CHECK(civil_from_days(-25567) == civil_date{1900, 1, 1});
}

TEST_CASE("days round-trip over two centuries") {
    const std::int64_t first = days_from_civil({1900, 1, 1});
    const std::int64_t last = days_from_civil({2100, 12, 31});
    civil_date prev = civil_from_days(first - 1);
    for (std::int64_t day = first; day <= last; ++day) {
        const civil_date d = civil_from_days(day);
        REQUIRE(valid(d));
        REQUIRE(days_from_civil(d) == day);
        REQUIRE(prev < d);
        prev = d;
    }
}

TEST_CASE("leap years") {
    CHECK(valid({2012, 2, 29}));
    CHECK(valid({2000, 2, 29}));
    CHECK_FALSE(valid({2013, 2, 29}));
    CHECK_FALSE(valid({1900, 2, 29}));
    CHECK_FALSE(valid({2100, 2, 29}));
    CHECK(days_from_civil({2012, 3, 1}) - days_from_civil({2012, 2, 28}) == 2);
    CHECK(days_from_civil({2013, 3, 1}) - days_from_civil({2013, 2, 28}) == 1);
}

TEST_CASE("valid checks ranges") {
    CHECK(valid({2013, 9, 30}));
    CHECK_FALSE(valid({2013, 9, 31}));
    CHECK_FALSE(valid({2013, 13, 1}));
    CHECK_FALSE(valid({2013, 0, 1}));
    CHECK_FALSE(valid({2013, 1, 0}));
    CHECK_FALSE(valid({1899, 12, 31}));
    CHECK_FALSE(valid({2201, 1, 1}));
}

TEST_CASE("to_iso and from_iso") {
    CHECK(to_iso({2013, 9, 30}) == "2013-09-30");
    CHECK(from_iso("2013-09-30") == civil_date{2013, 9, 30});
    CHECK(from_iso(" 2012-02-29 ") == civil_date{2012, 2, 29});
    CHECK_FALSE(from_iso("2013-02-29"));
    CHECK_FALSE(from_iso("2013-9-30"));
    CHECK_FALSE(from_iso("2013-09-30x"));
    CHECK_FALSE(from_iso(""));
    CHECK_FALSE(from_iso("20130930"));
}

TEST_CASE("date_at_offset and to_iso_datetime") {
    // 2013-10-04T17:30:00Z is already 5 October in Vietnam.
    const std::int64_t t = days_from_civil({2013, 10, 4}) * 86400 + 17 * 3600 + 30 * 60;
    CHECK(date_at_offset(t, 0) == civil_date{2013, 10, 4});
    CHECK(date_at_offset(t, 420) == civil_date{2013, 10, 5});
    CHECK(to_iso_datetime(t, 420) == "2013-10-05T00:30:00+07:00");
    CHECK(to_iso_datetime(t, 0) == "2013-10-04T17:30:00+00:00");
    CHECK(to_iso_datetime(t, -330) == "2013-10-04T12:00:00-05:30");
    CHECK(date_at_offset(-1, 0) == civil_date{1969, 12, 31});
}

TEST_CASE("parse_iso_datetime") {
    const auto t = parse_iso_datetime("2013-10-01T08:15:00+07:00", 0);
    REQUIRE(t);
    CHECK(to_iso_datetime(*t, 420) == "2013-10-01T08:15:00+07:00");
    CHECK(parse_iso_datetime("2013-10-01T01:15:00Z", 420) == t);
    CHECK(parse_iso_datetime("2013-10-01T01:15:00.250Z", 420) == t);
    CHECK(parse_iso_datetime("2013-10-01T08:15+0700", 0) == t);
    CHECK(parse_iso_datetime("2013-10-01 08:15:00", 420) == t);
    const auto day = parse_iso_datetime("2013-10-01", 420);
    REQUIRE(day);
    CHECK(to_iso_datetime(*day, 420) == "2013-10-01T00:00:00+07:00");
    CHECK_FALSE(parse_iso_datetime("2013-10-01T25:00:00Z", 0));
    CHECK_FALSE(parse_iso_datetime("2013-10-01T08:15:00+07:00 junk", 0));
    CHECK_FALSE(parse_iso_datetime("yesterday", 0));
    CHECK_FALSE(parse_iso_datetime("", 0));
}
