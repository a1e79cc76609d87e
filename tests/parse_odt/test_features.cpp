// SPDX-License-Identifier: Apache-2.0
// What the .odt reader makes of each OpenDocument construct a report uses.
#include "odt_fixture.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

std::string p(const std::string& inner, const std::string& style = "") {
    return "<text:p" + (style.empty() ? "" : " text:style-name=\"" + style + "\"") + ">" + inner + "</text:p>";
}

const paragraph& paragraph_at(const document& doc, std::size_t i) {
    REQUIRE(i < doc.body.size());
    const auto* para = std::get_if<paragraph>(&doc.body[i]);
    REQUIRE(para != nullptr);
    return *para;
}

}  // namespace

TEST_CASE("paragraphs: white space as a reader sees it, spaces, tabs and breaks as written") {
    const auto doc = parse_odt_bytes(odt_fixture(p("\n   Báo   cáo\n  kết quả  ") + p("a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/> <text:s text:c=\"2\"/>d ") +
                                                 p("<text:span>Dân</text:span> <text:span>vận</text:span>"))
                                         .bytes());
    REQUIRE(doc.body.size() == 3);
    CHECK(paragraph_at(doc, 0).text() == "Báo cáo kết quả ");
    CHECK(paragraph_at(doc, 1).text() == "a   b\tc\n   d ");
    CHECK(paragraph_at(doc, 2).text() == "Dân vận");
}

TEST_CASE("headings: outline level, the named style behind an automatic one, emphasis and alignment") {
    const std::string common = R"(<style:default-style style:family="paragraph"><style:text-properties fo:font-weight="normal"/></style:default-style>)"
                               R"(<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">)"
                               R"(<style:text-properties fo:font-weight="bold"/></style:style>)"
                               R"(<style:style style:name="Standard" style:family="paragraph"/>)";
    const std::string automatic = R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">)"
                                  R"(<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:text-transform="uppercase"/></style:style>)"
                                  R"(<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic" fo:font-weight="normal"/></style:style>)";
    const auto doc = parse_odt_bytes(
        odt_fixture(R"(<text:h text:style-name="Heading_20_1" text:outline-level="2">Kết quả</text:h>)" +
                        p("Báo cáo", "P1") + p("thường <text:span text:style-name=\"T1\">nghiêng</text:span>", "Standard"),
                    automatic, common)
            .bytes());
    const paragraph& h = paragraph_at(doc, 0);
    CHECK(h.outline_level == 1);
    CHECK(h.style_id == "Heading_20_1");
    CHECK(h.style_name == "Heading 1");
    CHECK(h.all_bold());
    const paragraph& title = paragraph_at(doc, 1);
    CHECK(title.style_id == "Standard");
    CHECK(title.outline_level == -1);
    CHECK(title.align == alignment::center);
    CHECK(title.all_bold());
    CHECK(title.all_caps());
    const paragraph& body = paragraph_at(doc, 2);
    REQUIRE(body.runs.size() == 2);
    CHECK_FALSE(body.runs[0].italic);
    CHECK(body.runs[1].italic);
    CHECK_FALSE(body.runs[1].bold);
}

TEST_CASE("lists: labels counted from the list style, nested levels, continued lists and bullets") {
    const std::string automatic =
        R"(<text:list-style style:name="L1">)"
        R"(<text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="."/>)"
        R"(<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>)"
        R"x(<text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=")"/>)x"
        R"(</text:list-style>)"
        R"(<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char=""/></text:list-style>)"
        R"(<text:list-style style:name="L3"><text:list-level-style-bullet text:level="1" text:bullet-char="-"/></text:list-style>)"
        R"(<text:list-style style:name="L4"><text:list-level-style-number text:level="1" style:num-format="1" loext:num-list-format="Điều %1%." text:start-value="4"/></text:list-style>)";
    const std::string body =
        R"(<text:list text:style-name="L1" xml:id="list1">)"
        R"(<text:list-item><text:p>Mục đích</text:p>)"
        R"(<text:list><text:list-item><text:p>Một</text:p></text:list-item><text:list-item><text:p>Hai</text:p><text:p>tiếp</text:p>)"
        R"(<text:list><text:list-item><text:p>con</text:p></text:list-item></text:list></text:list-item></text:list></text:list-item>)"
        R"(<text:list-item><text:p>Nội dung</text:p></text:list-item></text:list>)" +
        p("chen giữa") +
        R"(<text:list text:style-name="L1" text:continue-list="list1" xml:id="list2"><text:list-item><text:p>Tổ chức</text:p></text:list-item></text:list>)"
        R"(<text:list text:style-name="L1" text:continue-list="list2"><text:list-item><text:p>Kiểm tra</text:p></text:list-item></text:list>)"
        R"(<text:list text:style-name="L1"><text:list-item><text:p>Lại từ đầu</text:p></text:list-item></text:list>)"
        R"(<text:list text:style-name="L2"><text:list-item><text:p>chấm</text:p></text:list-item></text:list>)"
        R"(<text:list text:style-name="L3"><text:list-header><text:p>đầu</text:p></text:list-header><text:list-item><text:p>gạch</text:p></text:list-item></text:list>)"
        R"(<text:list text:style-name="L4"><text:list-item><text:p>bốn</text:p></text:list-item><text:list-item text:start-value="9"><text:p>chín</text:p></text:list-item></text:list>)";
    const auto doc = parse_odt_bytes(odt_fixture(body, automatic).bytes());
    std::vector<std::pair<std::string, std::string>> got;
    for_each_paragraph(doc.body, [&](const paragraph& para) { got.emplace_back(para.numbering_label, para.text()); });
    const std::vector<std::pair<std::string, std::string>> want = {
        {"I.", "Mục đích"}, {"I.1.", "Một"}, {"I.2.", "Hai"}, {"", "tiếp"}, {"a)", "con"}, {"II.", "Nội dung"},
        {"", "chen giữa"}, {"III.", "Tổ chức"}, {"IV.", "Kiểm tra"}, {"I.", "Lại từ đầu"}, {"•", "chấm"}, {"", "đầu"}, {"-", "gạch"},
        {"Điều 4.", "bốn"}, {"Điều 9.", "chín"}};
    CHECK(got == want);
    const paragraph& nested = paragraph_at(doc, 1);
    CHECK(nested.numbering_level == 1);
    CHECK(nested.numbering_id == "list1");
    CHECK(paragraph_at(doc, 3).numbering_level == -1);
}

TEST_CASE("numbered headings take their labels from the outline style") {
    const std::string styles = R"(<text:outline-style style:name="Outline">)"
                               R"(<text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>)"
                               R"(<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/>)"
                               R"(<text:outline-level-style text:level="3" style:num-format=""/>)"
                               R"(</text:outline-style>)";
    const auto doc = parse_odt_bytes(odt_fixture(R"(<text:h text:outline-level="1">Kết quả</text:h>)"
                                                 R"(<text:h text:outline-level="2">Tuyên truyền</text:h>)"
                                                 R"(<text:h text:outline-level="2">Dân vận khéo</text:h>)"
                                                 R"(<text:h text:outline-level="3">Không số</text:h>)"
                                                 R"(<text:h text:outline-level="1">Hạn chế</text:h>)"
                                                 R"(<text:h text:outline-level="2">Nguyên nhân</text:h>)"
                                                 R"(<text:h text:outline-level="1" text:is-list-header="true">Phụ lục</text:h>)"
                                                 R"(<text:h text:outline-level="1"><text:number>Phần thứ hai</text:number>Nhiệm vụ</text:h>)",
                                                 "", styles)
                                         .bytes());
    std::vector<std::string> labels;
    for_each_paragraph(doc.body, [&](const paragraph& para) { labels.push_back(para.numbering_label); });
    CHECK(labels == std::vector<std::string>{"I.", "1.", "2.", "", "II.", "1.", "", "Phần thứ hai"});
    CHECK(paragraph_at(doc, 7).text() == "Nhiệm vụ");
}

TEST_CASE("tables: spanned columns and rows, covered cells, and whether borders are drawn") {
    const std::string automatic = R"(<style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>)"
                                  R"(<style:style style:name="C2" style:family="table-cell"><style:table-cell-properties fo:border="none"/></style:style>)";
    const std::string grid =
        R"(<table:table><table:table-column table:number-columns-repeated="3"/>)"
        R"(<table:table-row><table:table-cell table:style-name="C1" table:number-columns-spanned="2"><text:p>Chỉ tiêu</text:p></table:table-cell>)"
        R"(<table:covered-table-cell/><table:table-cell table:style-name="C1" table:number-rows-spanned="2"><text:p>Ghi chú</text:p></table:table-cell></table:table-row>)"
        R"(<table:table-row><table:table-cell table:style-name="C1"><text:p>Hội nghị</text:p></table:table-cell>)"
        R"(<table:table-cell table:style-name="C1"><text:p>12</text:p></table:table-cell><table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell></table:table-row>)"
        R"(</table:table>)";
    const std::string header = R"(<table:table><table:table-row><table:table-cell table:style-name="C2"><text:p>ĐẢNG BỘ TỈNH</text:p></table:table-cell>)"
                               R"(<table:table-cell table:style-name="C2"><text:p>ĐẢNG CỘNG SẢN VIỆT NAM</text:p></table:table-cell></table:table-row></table:table>)";
    const auto doc = parse_odt_bytes(odt_fixture(header + grid, automatic).bytes());
    REQUIRE(doc.body.size() == 2);
    const auto& head = std::get<table>(doc.body[0]);
    CHECK(head.borderless);
    const auto& t = std::get<table>(doc.body[1]);
    CHECK_FALSE(t.borderless);
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[0].grid_span == 2);
    REQUIRE(t.rows[1].cells.size() == 3);
    CHECK(t.rows[1].cells[2].vertical_continuation);
    CHECK(t.rows[1].cells[2].blocks.empty());
    CHECK(paragraph_texts(doc.body) ==
          std::vector<std::string>{"ĐẢNG BỘ TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Chỉ tiêu", "Ghi chú", "Hội nghị", "12"});
}

TEST_CASE("notes and comments are parts of their own; deletions kept as tracked changes are not text") {
    const std::string body =
        R"(<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info>)"
        R"(<text:p>đoạn đã xóa</text:p></text:deletion></text:changed-region></text:tracked-changes>)" +
        p("Đã tổ chức<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
          "<text:note-body><text:p>Số liệu đến 30/9/2013.</text:p></text:note-body></text:note> 12 hội nghị"
          "<office:annotation office:name=\"c1\"><dc:creator>Ban Dân vận</dc:creator><dc:date>2013-09-30T10:00:00</dc:date>"
          "<text:p>kiểm tra lại</text:p></office:annotation><text:change-start text:change-id=\"ct1\"/><text:change-end text:change-id=\"ct1\"/>.");
    const auto doc = parse_odt_bytes(odt_fixture(body).bytes());
    REQUIRE(doc.body.size() == 1);
    CHECK(paragraph_at(doc, 0).text() == "Đã tổ chức 12 hội nghị.");
    REQUIRE(doc.parts.size() == 2);
    CHECK(doc.parts[0].kind == "footnote");
    CHECK(doc.parts[0].id == "ftn1");
    CHECK(paragraph_texts(doc.parts[0].blocks) == std::vector<std::string>{"Số liệu đến 30/9/2013."});
    CHECK(doc.parts[1].kind == "comment");
    CHECK(paragraph_texts(doc.parts[1].blocks) == std::vector<std::string>{"kiểm tra lại"});
}

TEST_CASE("a section switched off is not read; a section shown is") {
    const auto doc = parse_odt_bytes(odt_fixture(R"(<text:section text:name="a"><text:p>hiện</text:p></text:section>)"
                                                 R"(<text:section text:name="b" text:display="none"><text:p>ẩn</text:p></text:section>)")
                                         .bytes());
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"hiện"});
}

TEST_CASE("a text box's paragraphs follow the paragraph that anchors it") {
    const auto doc = parse_odt_bytes(
        odt_fixture(p("Trước<draw:frame draw:name=\"k\"><svg:title>khung</svg:title><draw:text-box><text:p>Trong khung</text:p>"
                      "</draw:text-box></draw:frame> sau") +
                    p("Tiếp"))
            .bytes());
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"Trước sau", "Trong khung", "Tiếp"});
}

TEST_CASE("text in a legacy Vietnamese font is converted to Unicode") {
    // TCVN3 (ABC) bytes of "Báo cáo kết quả" as .VnTime shows them, read as Latin-1 characters.
    const std::string automatic = R"(<style:style style:name="T1" style:family="text"><style:text-properties style:font-name=".VnTime"/></style:style>)";
    const std::string decls = R"(<office:font-face-decls><style:font-face style:name=".VnTime" svg:font-family=".VnTime"/></office:font-face-decls>)";
    odt_fixture f(p("<text:span text:style-name=\"T1\">B\xC2\xB8o c\xC2\xB8o k\xC3\x95t qu\xC2\xB6</text:span>"), automatic);
    auto& content = f.parts.back().second;
    content.insert(content.find("<office:automatic-styles>"), decls);
    const auto doc = parse_odt_bytes(f.bytes());
    CHECK(paragraph_at(doc, 0).text() == "Báo cáo kết quả");
    CHECK(paragraph_at(doc, 0).runs.at(0).font == ".VnTime");
}

TEST_CASE("meta.xml gives the title, the authors and the dates") {
    odt_fixture f(p("x"));
    f.part("meta.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-meta )") + odf_namespaces +
                           "><office:meta><dc:title>Báo cáo sơ kết</dc:title><meta:initial-creator>Ban Dân vận</meta:initial-creator>"
                           "<dc:creator>Văn phòng</dc:creator><meta:creation-date>2013-09-28T08:00:00</meta:creation-date>"
                           "<dc:date>2013-09-30T16:20:00</dc:date></office:meta></office:document-meta>");
    const auto doc = parse_odt_bytes(f.bytes());
    CHECK(doc.metadata.title == "Báo cáo sơ kết");
    CHECK(doc.metadata.creator == "Ban Dân vận");
    CHECK(doc.metadata.last_modified_by == "Văn phòng");
    CHECK(doc.metadata.created == "2013-09-28T08:00:00");
    CHECK(doc.metadata.modified == "2013-09-30T16:20:00");
}

TEST_CASE("a heading style's own list style numbers it, and one naming none takes the outline's numbering away") {
    const std::string styles = R"(<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/>)"
                               R"(<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/></text:outline-style>)"
                               R"(<text:list-style style:name="WWNum3"><text:list-level-style-number text:level="1" style:num-format="I" style:num-prefix="PHẦN "/></text:list-style>)"
                               R"(<style:style style:name="Heading_20_1" style:family="paragraph" style:default-outline-level="1" style:list-style-name="WWNum3"/>)"
                               R"(<style:style style:name="Heading_20_2" style:family="paragraph" style:default-outline-level="2" style:list-style-name=""/>)"
                               R"(<style:style style:name="Heading_20_0" style:family="paragraph" style:parent-style-name="Heading_20_1" style:list-style-name=""/>)";
    const std::string automatic = R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/>)";
    const auto doc = parse_odt_bytes(odt_fixture(R"(<text:h text:style-name="P1" text:outline-level="1">Kết quả</text:h>)"
                                                 R"(<text:h text:style-name="Heading_20_2" text:outline-level="2">Không số</text:h>)"
                                                 R"(<text:h text:style-name="Heading_20_0" text:outline-level="1">Phụ lục</text:h>)"
                                                 R"(<text:h text:style-name="Heading_20_1" text:outline-level="1">Nhiệm vụ</text:h>)"
                                                 R"(<text:h text:outline-level="2">Theo đề cương</text:h>)",
                                                 automatic, styles)
                                         .bytes());
    std::vector<std::string> labels;
    for_each_paragraph(doc.body, [&](const paragraph& para) { labels.push_back(para.numbering_label); });
    CHECK(labels == std::vector<std::string>{"PHẦN I", "", "", "PHẦN II", "1."});
}

TEST_CASE("page headers and footers of the master pages are parts; one switched off is not read") {
    odt_fixture f(p("Báo cáo", "P1"), R"(<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style>)");
    f.part("styles.xml",
           std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-styles )") + odf_namespaces +
               R"(><office:styles><style:style style:name="Standard" style:family="paragraph"/></office:styles>)"
               R"(<office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">)"
               R"(<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>)"
               R"(<office:master-styles><style:master-page style:name="Standard">)"
               R"(<style:header><text:p text:style-name="P1">HUYỆN ỦY KỲ ANH</text:p><text:p>*</text:p></style:header>)"
               R"(<style:header-left style:display="false"><text:p>ẩn</text:p></style:header-left>)"
               R"(<style:footer><text:p>Trang <text:page-number>1</text:page-number></text:p></style:footer>)"
               R"(</style:master-page></office:master-styles></office:document-styles>)");
    const auto doc = parse_odt_bytes(f.bytes());
    REQUIRE(doc.parts.size() == 2);
    CHECK(doc.parts[0].kind == "header");
    CHECK(doc.parts[0].id == "header-Standard");
    CHECK(paragraph_texts(doc.parts[0].blocks) == std::vector<std::string>{"HUYỆN ỦY KỲ ANH", "*"});
    CHECK(std::get<paragraph>(doc.parts[0].blocks[0]).all_bold());
    CHECK(doc.parts[1].kind == "footer");
    CHECK(paragraph_texts(doc.parts[1].blocks) == std::vector<std::string>{"Trang 1"});
    // The body's "P1" is content.xml's own, not the page header's of the same name.
    const paragraph& body = paragraph_at(doc, 0);
    CHECK_FALSE(body.all_bold());
    CHECK(body.runs.at(0).italic);
}
