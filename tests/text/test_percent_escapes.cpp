// SPDX-License-Identifier: Apache-2.0
// Hex digits and %XX escapes as part names, URLs and RFC 2231 parameters use them.
#include <baocao/sdk/text.hpp>

#include <catch2/catch.hpp>

using namespace baocao::text;

TEST_CASE("hex digits of both cases have their value; anything else is -1") {
    CHECK(hex_digit_value('0') == 0);
    CHECK(hex_digit_value('9') == 9);
    CHECK(hex_digit_value('a') == 10);
    CHECK(hex_digit_value('F') == 15);
    CHECK(hex_digit_value('g') == -1);
    CHECK(hex_digit_value('%') == -1);
    CHECK(hex_digit_value('\0') == -1);
}

TEST_CASE("percent escapes decode to bytes, UTF-8 included") {
    CHECK(percent_decode("word/B%C3%A1o%20c%C3%A1o.xml") == "word/Báo cáo.xml");
    CHECK(percent_decode("%41%62") == "Ab");
    CHECK(percent_decode("") == "");
    CHECK(percent_decode_strict("ng%C6%B0%E1%BB%9Di") == std::optional<std::string>("người"));
}

TEST_CASE("a broken escape stays as written when lenient and is refused when strict") {
    for (const std::string_view broken : {"50%", "%4", "%zz", "a%4g", "%%41"}) {
        INFO(broken);
        CHECK_FALSE(percent_decode_strict(broken).has_value());
    }
    CHECK(percent_decode("50%") == "50%");
    CHECK(percent_decode("%4") == "%4");
    CHECK(percent_decode("a%4gb") == "a%4gb");
    CHECK(percent_decode("%%41") == "%A");
    CHECK(percent_decode_strict("100%25") == std::optional<std::string>("100%"));
}
