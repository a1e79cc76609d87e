// SPDX-License-Identifier: Apache-2.0
// Broken and hostile RTF: each is refused with a reason, or read as far as
// it goes within the limits; never a crash, a hang or unbounded memory.
#include "rtf_fixture.hpp"

#include <baocao/sdk/error.hpp>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

error_code refusal(const std::string& bytes, const baocao::limits& lim = {}) {
    try {
        parse_rtf_bytes(bytes, "report.rtf", lim);
    } catch (const rejection_error& e) {
        return e.code();
    }
    FAIL("the document was read");
    return error_code::unreadable;
}

}  // namespace

TEST_CASE("groups nested past the depth limit are refused as too deep") {
    CHECK(refusal("{\\rtf1 " + std::string(100000, '{') + "x" + std::string(100000, '}') + "}") == error_code::too_deep);
    // Unclosed, as a file cut short would be.
    CHECK(refusal("{\\rtf1 " + std::string(100000, '{')) == error_code::too_deep);
    // Within the limit, the text is read.
    const std::string nested = std::string(200, '{') + "x" + std::string(200, '}');
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 " + nested + "}").body) == std::vector<std::string>{"x"});
    baocao::limits shallow;
    shallow.max_xml_depth = 16;
    CHECK(refusal("{\\rtf1 " + nested + "}", shallow) == error_code::too_deep);
}

TEST_CASE("a \\bin longer than the file takes what there is") {
    const auto doc = parse_rtf_bytes("{\\rtf1 \\pard a\\par \\pard b\\bin999999999 {}\\par}");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"a", "b"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\bin-5 b}").body) == std::vector<std::string>{"ab"});
}

TEST_CASE("a file cut short is read as far as it goes") {
    const std::string whole = rtf_document("\\pard B\\u225?o c\\u225?o\\par\\pard{\\b K\\u7871?t qu\\u7843?}\\par\\pard h\\u7871?t\\par");
    const auto doc = parse_rtf_bytes(whole.substr(0, whole.find("qu")));
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"Báo cáo", "Kết "});
    // Every prefix reads or is refused with a code, never more.
    for (std::size_t n = 0; n < whole.size(); n += 7) {
        try {
            (void)parse_rtf_bytes(whole.substr(0, n));
        } catch (const rejection_error&) {
        }
    }
}

TEST_CASE("an escape cut off by the end of the input ends the text") {
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\u").body) == std::vector<std::string>{"a"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\u7871").body) == std::vector<std::string>{"aế"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\u-10179").body) == std::vector<std::string>{"a\uFFFD"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\'").body) == std::vector<std::string>{"a"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\'e").body) == std::vector<std::string>{"a"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\'zz").body) == std::vector<std::string>{"azz"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\").body) == std::vector<std::string>{"a"});
}

TEST_CASE("an empty document, and braces that do not match, read to what they hold") {
    CHECK(parse_rtf_bytes("{\\rtf1}").body.empty());
    CHECK(parse_rtf_bytes("{\\rtf").body.empty());
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a}}}}b").body) == std::vector<std::string>{"a"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 a\\par}{\\rtf1 b\\par}").body) == std::vector<std::string>{"a"});
}

TEST_CASE("a huge \\ucN skips to the end of its group, no further") {
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 {\\uc2147483647 \\u7871 abc}d\\par}").body) == std::vector<std::string>{"ếd"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 \\uc-5 \\u7871 a\\par}").body) == std::vector<std::string>{"ếa"});
    CHECK(paragraph_texts(parse_rtf_bytes("{\\rtf1 \\u99999999?\\u-99999999?\\par}").body) ==
          std::vector<std::string>{"\uFFFD\uFFFD"});
}

TEST_CASE("text past max_document_text is refused as too large, empty paragraphs and cells by the million too") {
    baocao::limits small;
    small.max_document_text = 100000;
    CHECK(refusal("{\\rtf1 " + std::string(200000, 'a') + "}", small) == error_code::too_large);
    std::string pars = "{\\rtf1 ";
    for (int i = 0; i < 1000000; ++i) pars += "\\par";
    CHECK(refusal(pars + "}") == error_code::too_large);
    std::string cells = "{\\rtf1 \\intbl";
    for (int i = 0; i < 1000000; ++i) cells += "\\cell";
    CHECK(refusal(cells + "\\row}") == error_code::too_large);
}

TEST_CASE("a paragraph past max_paragraph_bytes is cut") {
    baocao::limits small;
    small.max_paragraph_bytes = 1000;
    const auto doc = parse_rtf_bytes("{\\rtf1 " + std::string(5000, 'a') + "\\par b\\par}", "report.rtf", small);
    const auto lines = paragraph_texts(doc.body);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].size() <= 1000);
    CHECK(lines[1] == "b");
}

TEST_CASE("nesting depths, list levels and style chains out of range stay bounded") {
    const auto doc = parse_rtf_bytes(
        "{\\rtf1{\\stylesheet{\\s1\\sbasedon2 a;}{\\s2\\sbasedon1 b;}}\\pard\\intbl\\itap2000000000 x\\nestcell\\nestrow"
        "\\pard\\s1 y\\par{\\listtext 1.}\\pard\\ls-3\\ilvl99 z\\par}");
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"x", "y", "z"});
    const auto& last = std::get<paragraph>(doc.body.back());
    CHECK(last.numbering_level == 8);
    CHECK(std::get<paragraph>(doc.body[1]).outline_level == -1);
}

TEST_CASE("a picture's hex data is skipped, never decoded as text") {
    std::string picture = "{\\rtf1 \\pard a{\\pict\\pngblip ";
    picture += std::string(3'000'000, 'f');
    picture += "}b\\par}";
    CHECK(paragraph_texts(parse_rtf_bytes(picture).body) == std::vector<std::string>{"ab"});
}

TEST_CASE("notes and fonts by the hundred thousand are held to a document's size") {
    std::string notes = "{\\rtf1 ";
    for (int i = 0; i < 1000000; ++i) notes += "{\\footnote}";
    CHECK(refusal(notes + "}") == error_code::too_large);
    std::string fonts = "{\\rtf1{\\fonttbl";
    for (int i = 0; i < 100000; ++i) fonts += "\\f" + std::to_string(i) + " F;";
    const auto doc = parse_rtf_bytes(fonts + "}\\pard{\\f7 a}{\\f99999 b}\\par}");
    const auto& p = std::get<paragraph>(doc.body.at(0));
    REQUIRE(p.runs.size() == 2);
    CHECK(p.runs[0].font == "F");
    CHECK(p.runs[1].font.empty());   // past the fonts a table keeps
}
