// SPDX-License-Identifier: Apache-2.0
// Canonical unit keys and document-number issuers.

#include "unit_index.hpp"

#include <catch2/catch.hpp>

using baocao::unit_match::canonical_key;
using baocao::unit_match::number_issuer;

TEST_CASE("canonical keys fold case, tone placement and spacing", "[identity]") {
    CHECK(canonical_key("HUYỆN ỦY CAN LỘC") == "huyen uy can loc");
    CHECK(canonical_key("HUYỆN UỶ CAN LỘC") == "huyen uy can loc");
    CHECK(canonical_key("  Huyện   uỷ  Can  Lộc ") == "huyen uy can loc");
    // Decomposed input (base letters plus combining marks) gives the same key.
    CHECK(canonical_key("Huye\u0323\u0302n u\u0309y Can Lo\u0323\u0302c") == "huyen uy can loc");
}

TEST_CASE("canonical keys expand party abbreviations", "[identity]") {
    CHECK(canonical_key("H.U Can Lộc") == "huyen uy can loc");
    CHECK(canonical_key("HU Can Lộc") == "huyen uy can loc");
    CHECK(canonical_key("H.ủy Can Lộc") == "huyen uy can loc");
    CHECK(canonical_key("TP. Hà Tĩnh") == "thanh pho ha tinh");
    CHECK(canonical_key("TX Hồng Lĩnh") == "thi xa hong linh");
    CHECK(canonical_key("ĐUK Doanh nghiệp") == "dang uy khoi doanh nghiep");
    // A lone "hu" is not expanded: it could be a word.
    CHECK(canonical_key("HU") == "hu");
}

TEST_CASE("canonical keys drop collective prefixes and read Đảng bộ as the committee", "[identity]") {
    CHECK(canonical_key("BAN THƯỜNG VỤ HUYỆN ỦY CAN LỘC") == "huyen uy can loc");
    CHECK(canonical_key("BTV Huyện ủy Can Lộc") == "huyen uy can loc");
    CHECK(canonical_key("BCH Đảng bộ huyện Can Lộc") == "huyen uy can loc");
    CHECK(canonical_key("T/M BAN THƯỜNG VỤ HUYỆN ỦY CAN LỘC") == "huyen uy can loc");
    CHECK(canonical_key("Đảng bộ huyện Can Lộc") == "huyen uy can loc");
    CHECK(canonical_key("Đảng bộ thành phố Hà Tĩnh") == "thanh uy ha tinh");
    CHECK(canonical_key("Thành ủy thành phố Hà Tĩnh") == "thanh uy ha tinh");
    CHECK(canonical_key("Thị uỷ thị xã Hồng Lĩnh") == "thi uy hong linh");
    CHECK(canonical_key("Đảng bộ Khối các cơ quan tỉnh") == "dang uy khoi cac co quan tinh");
    CHECK(canonical_key("BCH ĐOÀN TỈNH HÀ TĨNH") == "tinh doan ha tinh");
    // The whole line is never stripped away.
    CHECK(canonical_key("BAN THƯỜNG VỤ") == "ban thuong vu");
    // The province stays the province.
    CHECK(canonical_key("ĐẢNG BỘ TỈNH HÀ TĨNH") == "tinh uy ha tinh");
}

TEST_CASE("number issuers in party and state style", "[identity]") {
    CHECK(number_issuer("Số 25-BC/HU") == "hu");
    CHECK(number_issuer("Số  99 - KH/TU") == "tu");
    CHECK(number_issuer("Số: 12-BC/ĐUK") == "duk");
    CHECK(number_issuer("Số 7 \xE2\x80\x93 BC/HU") == "hu");
    CHECK(number_issuer("Số     -BC/HU") == "hu");
    CHECK(number_issuer("Số: 45/BC-MTTQ-BTT") == "mttq btt");
    CHECK(number_issuer("Số: 181/BC-SNV") == "snv");
    CHECK(number_issuer("HUYỆN ỦY CAN LỘC") == "");
    CHECK(number_issuer("Sơ kết 5 năm") == "");
}
