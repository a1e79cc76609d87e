// SPDX-License-Identifier: Apache-2.0
// TCVN3 and VNI decoding with the samples of the encoding reference.

#include "baocao/sdk/text.hpp"
#include <baocao/sdk/text.hpp>

#include <catch2/catch.hpp>

using namespace baocao::text;

namespace {
std::string tcvn3(std::string_view s) { return legacy_to_unicode(s, legacy_encoding::tcvn3); }
std::string vni(std::string_view s) { return legacy_to_unicode(s, legacy_encoding::vni); }
}  // namespace

TEST_CASE("TCVN3 samples decode") {
    CHECK(tcvn3("Céng hßa X· héi") == "Cộng hòa Xã hội");
    CHECK(tcvn3("TØnh ñy Hµ TÜnh") == "Tỉnh ủy Hà Tĩnh");
    CHECK(tcvn3("B¸o c¸o s¬ kÕt") == "Báo cáo sơ kết");
    CHECK(tcvn3("§¶ng céng s¶n ViÖt Nam") == "Đảng cộng sản Việt Nam");
    CHECK(tcvn3("M\xC2\xAD" "êng Kh\xC2\xAD" "¬ng") == "Mường Khương");
    CHECK(tcvn3("B¶o Th¾ng") == "Bảo Thắng");
    CHECK(tcvn3("TÝnh chÝnh x¸c cña kÕt qu¶ m« pháng, x¸c nhËn vµ phª chuÈn m« h×nh") ==
          "Tính chính xác của kết quả mô phỏng, xác nhận và phê chuẩn mô hình");
    CHECK(tcvn3("Phßng Gi¸o dôc") == "Phòng Giáo dục");
    CHECK(tcvn3("®\xC2\xAD" "îc") == "được");
}

TEST_CASE("words already in Unicode inside a legacy run are kept") {
    CHECK(tcvn3("TØnh ủy Hà Tĩnh") == "Tỉnh ủy Hà Tĩnh");
    CHECK(vni("Ñaûng bộ huyeän") == "Đảng bộ huyện");
    // NFD Unicode under a legacy font is recognised by its combining marks.
    CHECK(tcvn3("Co\xCC\xA3\xCC\x82ng") == "Cộng");
}

TEST_CASE("TCVN3 capital font text upper-cases after decoding") {
    CHECK(to_upper(tcvn3("®¶ng céng s¶n viÖt nam")) == "ĐẢNG CỘNG SẢN VIỆT NAM");
}

TEST_CASE("TCVN3 keeps ASCII, digits and unknown positions") {
    CHECK(tcvn3("Sè 99-KH/TU") == "Số 99-KH/TU");
    CHECK(tcvn3("") == "");
    CHECK(tcvn3("\xC3\x80") == "\xC3\x80");  // 0xC0 is not a VN3 letter
    // Symbol-font storage (U+F0xx) decodes like the plain byte.
    CHECK(tcvn3("C\xEF\x83\xA9ng") == "Cộng");
}

TEST_CASE("VNI samples decode") {
    CHECK(vni("Tænh uûy Haø Tónh") == "Tỉnh ủy Hà Tĩnh");
    CHECK(vni("ÑAÛNG COÄNG SAÛN VIEÄT NAM") == "ĐẢNG CỘNG SẢN VIỆT NAM");
    CHECK(vni("Ñaûng boä huyeän Can Loäc") == "Đảng bộ huyện Can Lộc");
    CHECK(vni("Baùo caùo sô keát") == "Báo cáo sơ kết");
    CHECK(vni("Möôøng Khöông") == "Mường Khương");
    CHECK(vni("Xin chaøo caùc baïn") == "Xin chào các bạn");
    CHECK(vni("Soá: /BC-BCĐ") == "Số: /BC-BCĐ");
    CHECK(vni("ñöôïc") == "được");
    CHECK(vni("yû yõ") == "ỷ ỹ");
}

TEST_CASE("VNI lenient marks after case-changed vowels") {
    CHECK(vni("Aù") == "Á");
    CHECK(vni("Ôù") == "Ớ");
    // A mark character after a consonant or digit stays a Latin-1 letter.
    CHECK(vni("5ù") == "5ù");
    CHECK(vni("") == "");
}

TEST_CASE("legacy_encoding_of_font") {
    CHECK(legacy_encoding_of_font(".VnTime") == legacy_encoding::tcvn3);
    CHECK(legacy_encoding_of_font(".VnTimeH") == legacy_encoding::tcvn3);
    CHECK(legacy_encoding_of_font(".VNTIMEH") == legacy_encoding::tcvn3);
    CHECK(legacy_encoding_of_font(".VnArial NarrowH") == legacy_encoding::tcvn3);
    CHECK(legacy_encoding_of_font(".VnCentury Schoolbook") == legacy_encoding::tcvn3);
    CHECK(legacy_encoding_of_font(" .vnarial") == legacy_encoding::tcvn3);
    CHECK(legacy_encoding_of_font("VNI-Times") == legacy_encoding::vni);
    CHECK(legacy_encoding_of_font("vni-helve-condense") == legacy_encoding::vni);
    CHECK(legacy_encoding_of_font("VNI Times, serif") == legacy_encoding::vni);
    CHECK_FALSE(legacy_encoding_of_font("Times New Roman"));
    CHECK_FALSE(legacy_encoding_of_font("VnTime"));  // BK HCM, not TCVN3
    CHECK_FALSE(legacy_encoding_of_font(""));
}

TEST_CASE("is_legacy_capital_font") {
    CHECK(is_legacy_capital_font(".VnTimeH"));
    CHECK(is_legacy_capital_font(".VNTimeH"));
    CHECK(is_legacy_capital_font(".VnArial NarrowH"));
    CHECK(is_legacy_capital_font(".VnTimeH Bold"));
    CHECK(is_legacy_capital_font(".VnBodoniH"));
    CHECK_FALSE(is_legacy_capital_font(".VnTime"));
    CHECK_FALSE(is_legacy_capital_font(".VnArial Narrow"));
    CHECK_FALSE(is_legacy_capital_font("VNI-Helve"));
    CHECK_FALSE(is_legacy_capital_font("Times New Roman"));
    CHECK_FALSE(is_legacy_capital_font(""));
}
