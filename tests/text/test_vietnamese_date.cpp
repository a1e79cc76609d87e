// SPDX-License-Identifier: Apache-2.0
// Vietnamese date phrases and place-and-date lines.

#include "baocao/sdk/dates.hpp"

#include <catch2/catch.hpp>

using namespace baocao::dates;

TEST_CASE("find_vietnamese_date reads the usual forms") {
    const civil_date d{2013, 9, 28};
    CHECK(find_vietnamese_date("ngày 28 tháng 9 năm 2013") == d);
    CHECK(find_vietnamese_date("Can Lộc, ngày 28/9/2013") == d);
    CHECK(find_vietnamese_date("họp 28-9-2013 tại") == d);
    CHECK(find_vietnamese_date("28.9.2013") == d);
    CHECK(find_vietnamese_date("ngày 05 tháng 10 năm 2013") == civil_date{2013, 10, 5});
    CHECK(find_vietnamese_date("NGÀY 28 THÁNG 9 NĂM 2013") == d);
    CHECK(find_vietnamese_date("ngay 28 thang 9 nam 2013") == d);
    CHECK(find_vietnamese_date("ngày\xC2\xA0 28 \xC2\xA0tháng  9\tnăm 2013") == d);
    CHECK(find_vietnamese_date("ngày 28 / 09 / 2013") == d);
    // NFD input (as pasted from some converters) folds the same way.
    CHECK(find_vietnamese_date("nga\xCC\x80y 28 tha\xCC\x81ng 9 na\xCC\x86m 2013") == d);
}

TEST_CASE("find_vietnamese_date validates and skips invalid dates") {
    CHECK_FALSE(find_vietnamese_date("ngày 31 tháng 9 năm 2013"));
    CHECK_FALSE(find_vietnamese_date("29/2/2013"));
    CHECK(find_vietnamese_date("29/2/2012") == civil_date{2012, 2, 29});
    CHECK(find_vietnamese_date("ngày 31/9/2013, rồi ngày 1/10/2013") == civil_date{2013, 10, 1});
    CHECK_FALSE(find_vietnamese_date("Số 99-KH/TU"));
    CHECK_FALSE(find_vietnamese_date("tháng 9 năm 2013"));
    CHECK_FALSE(find_vietnamese_date("phiên bản 1.28.9.2013"));
    CHECK_FALSE(find_vietnamese_date(""));
    CHECK_FALSE(find_vietnamese_date(std::string("\0\xFF", 2)));
}

TEST_CASE("find_vietnamese_date returns the first date") {
    CHECK(find_vietnamese_date("Kế hoạch số 99-KH/TU ngày 15/8/2013 và báo cáo ngày 28 tháng 9 năm 2013") ==
          civil_date{2013, 8, 15});
}

TEST_CASE("parse_place_date_line accepts place-and-date lines") {
    const civil_date d{2013, 9, 28};
    CHECK(parse_place_date_line("Can Lộc, ngày 28 tháng 9 năm 2013") == d);
    CHECK(parse_place_date_line("  Hà Tĩnh, ngày 28 tháng 9 năm 2013.") == d);
    CHECK(parse_place_date_line("Thị xã Hồng Lĩnh, ngày 28/9/2013") == d);
    CHECK(parse_place_date_line("thành phố Hà Tĩnh, ngày 28 tháng 9 năm 2013") == d);
    CHECK(parse_place_date_line("Phường 3, ngày 28 tháng 9 năm 2013") == d);
    CHECK(parse_place_date_line(")Hà Nội, ngày 31 tháng 12 năm 2025") == civil_date{2025, 12, 31});
    CHECK(parse_place_date_line("*Hoàng Lương, ngày 23 tháng 12 năm 2013*") == civil_date{2013, 12, 23});
    CHECK(parse_place_date_line("HÀ TĨNH, NGÀY 28 THÁNG 9 NĂM 2013") == d);
    CHECK(parse_place_date_line("Hà Tĩnh ngày 28 tháng 9 năm 2013") == d);
    CHECK(parse_place_date_line("Ngày 28 tháng 9 năm 2013") == d);
    CHECK(parse_place_date_line("28/9/2013") == d);
    CHECK(parse_place_date_line("Ha Tinh, ngay 28 thang 9 nam 2013") == d);
    CHECK(parse_place_date_line("Số 12-BC/HU\t\tCan Lộc, ngày 28 tháng 9 năm 2013") == d);
    CHECK(parse_place_date_line("Đức Thọ, ngày 05 tháng 10 năm 2013") == civil_date{2013, 10, 5});
}

TEST_CASE("parse_place_date_line rejects body sentences and blank dates") {
    CHECK_FALSE(parse_place_date_line("Hà Tĩnh, ngày    tháng 11 năm 2025"));
    CHECK_FALSE(parse_place_date_line("Hà Tĩnh, ngày ... tháng ... năm 2013"));
    CHECK_FALSE(parse_place_date_line("Ngày 28 tháng 9 năm 2013, Ban Thường vụ Huyện ủy đã họp và thống nhất."));
    CHECK_FALSE(parse_place_date_line("Hội nghị diễn ra ngày 28/9/2013."));
    CHECK_FALSE(parse_place_date_line(
        "Thực hiện Kế hoạch số 99-KH/TU ngày 15/8/2013 của Ban Thường vụ Tỉnh ủy, Huyện ủy Can Lộc báo cáo"));
    CHECK_FALSE(parse_place_date_line("Sáng nay, ngày 28/9/2013"));
    CHECK_FALSE(parse_place_date_line("Hội nghị diễn ra tại Hà Tĩnh ngày 28/9/2013."));
    CHECK_FALSE(parse_place_date_line("Đoàn kiểm tra làm việc với Can Lộc ngày 28/9/2013"));
    CHECK_FALSE(parse_place_date_line("Can Lộc, ngày 31 tháng 9 năm 2013"));
    CHECK_FALSE(parse_place_date_line("Can Lộc"));
    CHECK_FALSE(parse_place_date_line(""));
}

TEST_CASE("find_vietnamese_date tolerates a comma before the year") {
    CHECK(find_vietnamese_date("ngày 28 tháng 9, năm 2013") == civil_date{2013, 9, 28});
    CHECK(find_vietnamese_date("ngày 28 tháng 9 2013") == civil_date{2013, 9, 28});
}

TEST_CASE("dates without the word ngày") {
    CHECK(find_vietnamese_date("họp vào 28 tháng 9 năm 2013 tại") == civil_date{2013, 9, 28});
    CHECK(parse_place_date_line("Can Lộc, 28 tháng 9 năm 2013") == civil_date{2013, 9, 28});
    CHECK(parse_place_date_line("Can Lộc, 28/9/2013") == civil_date{2013, 9, 28});
    CHECK_FALSE(parse_place_date_line("Hà Tĩnh, tháng 9 năm 2013"));
}

TEST_CASE("a table cell citing a resolution is not a place-and-date line") {
    CHECK_FALSE(parse_place_date_line("Nghị quyết 19/NQ-HĐND ngày 28/8/2025"));
    CHECK_FALSE(parse_place_date_line("Quyết định số 787/QĐ-UBND ngày 21/8/2025"));
    CHECK(find_vietnamese_date("Nghị quyết 19/NQ-HĐND ngày 28/8/2025") == civil_date{2025, 8, 28});
}
