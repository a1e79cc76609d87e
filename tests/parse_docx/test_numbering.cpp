// SPDX-License-Identifier: Apache-2.0
// List numbering: labels as Word shows them, counters as Word keeps them.

#include "docx_fixture.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

std::string para(const std::string& text, const std::string& ppr = "") {
    return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
}
std::string styled(const std::string& text, const std::string& style) {
    return para(text, "<w:pStyle w:val=\"" + style + "\"/>");
}
std::string numbered(const std::string& text, int num, int ilvl) {
    return para(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
                          std::to_string(num) + "\"/></w:numPr>");
}
std::string level(int ilvl, const std::string& fmt, const std::string& text, const std::string& extra = "") {
    return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt +
           "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

/// Labels of the body's paragraphs, "" for unnumbered ones.
std::vector<std::string> labels(const document& doc) {
    std::vector<std::string> out;
    for_each_paragraph(doc.body, [&](const paragraph& p) { out.push_back(p.numbering_label); });
    return out;
}

document parse(const docx_fixture& f) { return parse_file(f.write(fixture_path("numbering"))); }

// Headings numbered through their styles, as Party reports are: I. / 1. / a).
docx_fixture report_styles() {
    docx_fixture f;
    f.styles("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
             "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Heading1\"/>"
             "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Muc3\"><w:name w:val=\"Muc 3\"/><w:basedOn w:val=\"Heading2\"/>"
             "<w:pPr><w:numPr><w:ilvl w:val=\"2\"/></w:numPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>");
    f.numbering("<w:abstractNum w:abstractNumId=\"0\">" + level(0, "upperRoman", "%1.") + level(1, "decimal", "%2.") +
                level(2, "lowerLetter", "%3)") + level(3, "bullet", "\xEF\x82\xB7", "<w:rPr><w:rFonts w:ascii=\"Symbol\"/></w:rPr>") +
                "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    return f;
}

}  // namespace

TEST_CASE("numbering attached through the style chain yields I., 1., a) and restarts deeper levels") {
    docx_fixture f = report_styles();
    f.body(styled("MỤC ĐÍCH", "Heading1") + styled("Quán triệt", "Heading2") + styled("Ưu điểm", "Muc3") +
           styled("Hạn chế", "Muc3") + styled("Kết quả", "Heading2") + styled("Cụ thể", "Muc3") + para("body text") +
           styled("NHIỆM VỤ", "Heading1") + styled("Tiếp tục", "Heading2") + numbered("point", 1, 3));
    const document doc = parse(f);
    CHECK(labels(doc) == std::vector<std::string>{"I.", "1.", "a)", "b)", "2.", "a)", "", "II.", "1.", "•"});
    const paragraph& h = find_paragraph(doc, "MỤC ĐÍCH");
    CHECK(h.numbering_level == 0);
    CHECK(h.numbering_id == "1");
    CHECK(h.outline_level == 0);
    CHECK(find_paragraph(doc, "Cụ thể").numbering_level == 2);
    CHECK(find_paragraph(doc, "body text").numbering_level == -1);
    CHECK(find_paragraph(doc, "body text").numbering_id.empty());
}

TEST_CASE("numId 0 removes the numbering a style gives") {
    docx_fixture f = report_styles();
    f.body(styled("one", "Heading1") + para("unnumbered", "<w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>") +
           styled("two", "Heading1"));
    CHECK(labels(parse(f)) == std::vector<std::string>{"I.", "", "II."});
}

TEST_CASE("lvlRestart 0 keeps a level counting; startOverride restarts a list") {
    docx_fixture f;
    f.numbering("<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1.") +
                level(1, "decimal", "%1.%2.", "<w:lvlRestart w:val=\"0\"/>") + "</w:abstractNum>"
                "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "upperLetter", "%1.") + "</w:abstractNum>"
                "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
                "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                "<w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
                "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/></w:num>");
    f.body(numbered("a", 1, 0) + numbered("b", 1, 1) + numbered("c", 1, 0) + numbered("d", 1, 1) +   // 1. 1.1. 2. 2.2.
           numbered("e", 2, 0) + numbered("f", 2, 0) +                                              // A. B.
           numbered("g", 3, 0) + numbered("h", 3, 0) +                                              // E. F. (restart at 5)
           numbered("i", 4, 0));                                                                    // G. (shares the abstract)
    CHECK(labels(parse(f)) == std::vector<std::string>{"1.", "1.1.", "2.", "2.2.", "A.", "B.", "E.", "F.", "G."});
}

TEST_CASE("number formats, isLgl, ordinal fallback and bullets from symbol fonts") {
    docx_fixture f;
    f.numbering("<w:abstractNum w:abstractNumId=\"0\">" + level(0, "upperRoman", "Phần %1") +
                level(1, "decimalZero", "%1.%2", "<w:isLgl/>") + level(2, "ordinal", "%3-") +
                level(3, "bullet", "\xEF\x82\xA7", "<w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr>") +
                level(4, "bullet", "-") + level(5, "none", "") + level(6, "lowerRoman", "(%7)") + "</w:abstractNum>"
                "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    std::string body = numbered("p", 1, 0) + numbered("q", 1, 0) + numbered("r", 1, 0) + numbered("s", 1, 0) +
                       numbered("legal", 1, 1) + numbered("ord", 1, 2) + numbered("sq", 1, 3) + numbered("dash", 1, 4) +
                       numbered("none", 1, 5);
    for (int i = 0; i < 4; ++i) body += numbered("r" + std::to_string(i), 1, 6);
    f.body(body);
    CHECK(labels(parse(f)) == std::vector<std::string>{"Phần I", "Phần II", "Phần III", "Phần IV", "4.01", "1-", "▪",
                                                        "-", "", "(i)", "(ii)", "(iii)", "(iv)"});
}

TEST_CASE("letters past Z repeat, as Word writes them") {
    docx_fixture f;
    f.numbering("<w:abstractNum w:abstractNumId=\"0\">" + level(0, "lowerLetter", "%1)") + "</w:abstractNum>"
                "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    std::string body;
    for (int i = 0; i < 28; ++i) body += numbered("x", 1, 0);
    f.body(body);
    const auto l = labels(parse(f));
    REQUIRE(l.size() == 28);
    CHECK(l[25] == "z)");
    CHECK(l[26] == "aa)");
    CHECK(l[27] == "bb)");
}

TEST_CASE("a level bound to a paragraph style by w:pStyle gives that style its level") {
    docx_fixture f;
    f.styles("<w:style w:type=\"paragraph\" w:styleId=\"Chuong\"><w:name w:val=\"Chuong\"/>"
             "<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Dieu\"><w:name w:val=\"Dieu\"/>"
             "<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>");
    f.numbering("<w:abstractNum w:abstractNumId=\"3\">" + level(0, "upperRoman", "Chương %1", "<w:pStyle w:val=\"Chuong\"/>") +
                level(1, "decimal", "Điều %2.", "<w:pStyle w:val=\"Dieu\"/>") + "</w:abstractNum>"
                "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num>");
    f.body(styled("a", "Chuong") + styled("b", "Dieu") + styled("c", "Dieu") + styled("d", "Chuong") + styled("e", "Dieu"));
    CHECK(labels(parse(f)) == std::vector<std::string>{"Chương I", "Điều 1.", "Điều 2.", "Chương II", "Điều 1."});
}
