// SPDX-License-Identifier: Apache-2.0
// Pinning the local time zone names the file glibc would read anyway, and
// leaves a TZ the user chose alone.

#include "local_time_zone.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace {

// Restores TZ as it was when the test began.
class saved_tz {
public:
    saved_tz() {
        if (const char* tz = std::getenv("TZ")) value_ = tz;
    }
    ~saved_tz() {
        if (value_) ::setenv("TZ", value_->c_str(), 1);
        else ::unsetenv("TZ");
        ::tzset();
    }
    saved_tz(const saved_tz&) = delete;
    saved_tz& operator=(const saved_tz&) = delete;

private:
    std::optional<std::string> value_;
};

// Seconds since the epoch of a wall-clock time, read in the current local zone.
std::time_t local_seconds(int year, int month, int day, int hour) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_isdst = -1;
    ::tzset();
    return std::mktime(&tm);
}

}  // namespace

TEST_CASE("with TZ unset, pinning names /etc/localtime and local times do not move") {
    const saved_tz restore;
    ::unsetenv("TZ");
    const std::time_t winter = local_seconds(2013, 1, 15, 12);
    const std::time_t summer = local_seconds(2013, 7, 15, 12);

    baocao::cli::pin_local_time_zone();
    const char* tz = std::getenv("TZ");
    REQUIRE(tz != nullptr);
    CHECK(std::string(tz) == ":/etc/localtime");
    CHECK(local_seconds(2013, 1, 15, 12) == winter);
    CHECK(local_seconds(2013, 7, 15, 12) == summer);
}

TEST_CASE("a TZ the user set is kept") {
    const saved_tz restore;
    ::setenv("TZ", "ICT-7", 1);
    baocao::cli::pin_local_time_zone();
    CHECK(std::string(std::getenv("TZ")) == "ICT-7");
    // A POSIX zone string, so no tz database is needed: 12:00 at UTC+7 is 05:00 UTC.
    CHECK(local_seconds(2013, 9, 10, 12) == 1378789200);
}

TEST_CASE("an empty TZ is a choice too: it means UTC and is kept") {
    const saved_tz restore;
    ::setenv("TZ", "", 1);
    baocao::cli::pin_local_time_zone();
    CHECK(std::string(std::getenv("TZ")).empty());
}
