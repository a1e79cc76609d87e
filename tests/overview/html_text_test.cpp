// SPDX-License-Identifier: Apache-2.0
// report.html's text helpers: what comes from mail and reports is escaped,
// excerpts are cut at a word, numbers are written the Vietnamese way.

#include "html_text.hpp"

#include <catch2/catch.hpp>

using namespace baocao::html;

TEST_CASE("text from reports cannot open a tag or leave an attribute", "[html]") {
    CHECK(escape("<script>alert('x')</script> & \"q\"") ==
          "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    CHECK(escape(std::string("a\x01"
                             "b\x7f"
                             "c")) == "abc");
    CHECK(escape("Hội Nông dân") == "Hội Nông dân");
    // Invalid UTF-8 never reaches the page as raw bytes.
    const auto fixed = escape("ab\xC3");
    CHECK(fixed.find('\xC3') == std::string::npos);
}

TEST_CASE("excerpts are cut after a whole word and marked", "[html]") {
    CHECK(excerpt("Đẩy mạnh   công tác\ndân vận", 100) == "Đẩy mạnh công tác dân vận");
    CHECK(excerpt("Đẩy mạnh công tác dân vận", 12) == "Đẩy mạnh…");
    CHECK(excerpt("Khôngcókhoảngtrắng", 5) == "Không…");
}

TEST_CASE("numbers and dates are written as a Vietnamese reader reads them", "[html]") {
    CHECK(number(1830) == "1.830");
    CHECK(number(248756) == "248.756");
    CHECK(number(72.7) == "72,7");
    CHECK(number(3.25) == "3,25");
    CHECK(number(0) == "0");
    CHECK(date_vn("2013-10-05") == "05/10/2013");
    CHECK(date_vn("") == "");
    // 2013-10-01T01:15:00Z is 08:15 in Vietnam.
    CHECK(date_time_vn(1380590100, 420) == "01/10/2013 08:15");
}
