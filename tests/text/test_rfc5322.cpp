// SPDX-License-Identifier: Apache-2.0
// RFC 5322 dates, current and obsolete syntax.

#include "baocao/sdk/dates.hpp"

#include <catch2/catch.hpp>

using namespace baocao::dates;

namespace {
std::int64_t at(civil_date d, int h, int m, int s, int offset_minutes) {
    return days_from_civil(d) * 86400 + h * 3600 + m * 60 + s - offset_minutes * 60;
}
}  // namespace

TEST_CASE("standard RFC 5322 dates") {
    CHECK(parse_rfc5322("Tue, 1 Oct 2013 08:15:00 +0700") == at({2013, 10, 1}, 8, 15, 0, 420));
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 23:59:59 -0000") == at({2013, 9, 30}, 23, 59, 59, 0));
}

TEST_CASE("the same instant in two zones falls on 5 October in Vietnam") {
    const auto a = parse_rfc5322("Sat, 05 Oct 2013 00:30:00 +0700");
    const auto b = parse_rfc5322("Fri, 4 Oct 2013 17:30:00 +0000");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
    CHECK(date_at_offset(*a, 420) == civil_date{2013, 10, 5});
    CHECK(to_iso_datetime(*b, 420) == "2013-10-05T00:30:00+07:00");
}

TEST_CASE("obsolete forms") {
    const auto expected = at({2013, 10, 1}, 8, 15, 0, 420);
    CHECK(parse_rfc5322("1 Oct 2013 08:15:00 +0700") == expected);                  // no weekday
    CHECK(parse_rfc5322("Tue, 1 Oct 2013 08:15 +0700") == expected);                // no seconds
    CHECK(parse_rfc5322("Tue, 1 Oct 13 08:15:00 +0700") == expected);               // 2-digit year
    CHECK(parse_rfc5322("Tue, 1 Oct 113 08:15:00 +0700") == expected);              // 3-digit year
    CHECK(parse_rfc5322("Tue, 1 oct 2013 08:15:00 +0700") == expected);             // lower-case month
    CHECK(parse_rfc5322("Tue, 1 Oct 2013 08:15:00 +0700 (ICT)") == expected);       // comment
    CHECK(parse_rfc5322("Tue (day), 1 Oct (month) 2013 08:15:00 +0700") == expected);
    CHECK(parse_rfc5322("Tue,\r\n 1   Oct\t2013  08 : 15 : 00   +0700") == expected);  // folding
    CHECK(parse_rfc5322("  Tue, 01 Oct 2013 08:15:00 +0700  ") == expected);
    CHECK(parse_rfc5322("Tue, 1 Oct 99 08:15:00 +0700") == at({1999, 10, 1}, 8, 15, 0, 420));
    CHECK(parse_rfc5322("Tue, 1 Oct 49 08:15:00 +0700") == at({2049, 10, 1}, 8, 15, 0, 420));
}

TEST_CASE("obsolete zone names") {
    const auto utc = at({2013, 10, 1}, 1, 15, 0, 0);
    CHECK(parse_rfc5322("Tue, 1 Oct 2013 01:15:00 GMT") == utc);
    CHECK(parse_rfc5322("Tue, 1 Oct 2013 01:15:00 UT") == utc);
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 21:15:00 EDT") == utc);
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 20:15:00 EST") == utc);
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 20:15:00 CDT") == utc);
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 19:15:00 CST") == utc);
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 19:15:00 MDT") == utc);
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 18:15:00 MST") == utc);
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 18:15:00 PDT") == utc);
    CHECK(parse_rfc5322("Mon, 30 Sep 2013 17:15:00 PST") == utc);
    // Military zones are unreliable; RFC 5322 reads them as -0000.
    CHECK(parse_rfc5322("Tue, 1 Oct 2013 01:15:00 A") == utc);
    CHECK(parse_rfc5322("Tue, 1 Oct 2013 01:15:00 z") == utc);
    CHECK_FALSE(parse_rfc5322("Tue, 1 Oct 2013 01:15:00 J"));
    CHECK(parse_rfc5322("Tue, 1 Oct 2013 08:15:00 GMT+0700") == utc);
}

TEST_CASE("garbage is rejected") {
    CHECK_FALSE(parse_rfc5322(""));
    CHECK_FALSE(parse_rfc5322("yesterday"));
    CHECK_FALSE(parse_rfc5322("Tue, 31 Sep 2013 08:15:00 +0700"));  // no 31 September
    CHECK_FALSE(parse_rfc5322("Tue, 1 Foo 2013 08:15:00 +0700"));
    CHECK_FALSE(parse_rfc5322("Tue, 1 Oct 2013 24:15:00 +0700"));
    CHECK_FALSE(parse_rfc5322("Tue, 1 Oct 2013 08:15:00 +0700 trailing words here"));
    CHECK_FALSE(parse_rfc5322("Tue, 1 Oct 2013 08:15:00 (unclosed"));
    CHECK_FALSE(parse_rfc5322("Tue, 1 Oct 2013"));
    CHECK_FALSE(parse_rfc5322("Xyz, 1 Oct 2013 08:15:00 +0700"));
    CHECK_FALSE(parse_rfc5322("2013-10-01T08:15:00+07:00"));
}
