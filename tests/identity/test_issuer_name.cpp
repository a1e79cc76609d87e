// SPDX-License-Identifier: Apache-2.0
// The name of a body outside the roster, as running text writes it.
#include "issuer_name.hpp"

#include <catch2/catch.hpp>

using baocao::unit_match::issuer_name;

TEST_CASE("a body's name in capitals is written as running text writes it", "[identity]") {
    CHECK(issuer_name("HUYỆN ỦY YÊN THÀNH") == "Huyện ủy Yên Thành");
    CHECK(issuer_name("ĐẢNG ỦY XÃ THIÊN LỘC") == "Đảng ủy xã Thiên Lộc");
    CHECK(issuer_name("ĐẢNG ỦY XÃ THIÊN LỘC HUYỆN CAN LỘC") == "Đảng ủy xã Thiên Lộc huyện Can Lộc");
    CHECK(issuer_name("TRƯỜNG THCS HOÀNG LƯƠNG") == "Trường THCS Hoàng Lương");
    CHECK(issuer_name("ỦY BAN NHÂN DÂN  TỈNH LÂM ĐỒNG") == "Ủy ban nhân dân tỉnh Lâm Đồng");
    CHECK(issuer_name("UBND HUYỆN KỲ ANH") == "UBND huyện Kỳ Anh");
    CHECK(issuer_name("ĐẢNG ỦY THỊ TRẤN NGHÈN") == "Đảng ủy thị trấn Nghèn");
    // Written in running text already: kept, spaces collapsed.
    CHECK(issuer_name(" Huyện ủy  Thanh Chương ") == "Huyện ủy Thanh Chương");
}
