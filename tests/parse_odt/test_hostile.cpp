// SPDX-License-Identifier: Apache-2.0
// Broken and hostile .odt packages: each is refused with a reason, or read
// within the limits, never followed where it points.
#include "odt_fixture.hpp"
#include "zip_head.hpp"

#include <baocao/sdk/error.hpp>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

error_code refusal(const std::string& bytes, const baocao::limits& lim = {}) {
    try {
        parse_odt_bytes(bytes, "report.odt", lim);
    } catch (const rejection_error& e) {
        return e.code();
    }
    FAIL("the package was read");
    return error_code::unreadable;
}

}  // namespace

TEST_CASE("a document type declaration or an entity is refused, never expanded") {
    odt_fixture f("<text:p>x</text:p>");
    auto& content = f.parts.back().second;
    content.replace(content.find("<office:document-content"), 0,
                    "<!DOCTYPE office:document-content [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>");
    content.replace(content.find("<text:p>x"), 9, "<text:p>&b;");
    CHECK(refusal(f.bytes()) == error_code::xml_error);
}

TEST_CASE("a package without content.xml, or with broken XML, is refused with the reason") {
    CHECK(refusal(odt_fixture("<text:p>x</text:p>").remove("content.xml").bytes()) == error_code::not_docx);
    odt_fixture broken("<text:p>x</text:p>");
    broken.parts.back().second.resize(broken.parts.back().second.size() / 2);
    CHECK(refusal(broken.bytes()) == error_code::xml_error);
    CHECK(refusal("PK\x03\x04 not really a zip") == error_code::corrupt_zip);
    odt_fixture drawing("");
    drawing.part("mimetype", "application/vnd.oasis.opendocument.graphics");
    CHECK(refusal(drawing.bytes()) == error_code::not_docx);
}

TEST_CASE("broken styles or properties do not cost the text") {
    odt_fixture f("<text:p>Báo cáo</text:p>");
    f.part("styles.xml", "<office:document-styles");   // cut short
    CHECK(paragraph_texts(parse_odt_bytes(f.bytes()).body) == std::vector<std::string>{"Báo cáo"});
    odt_fixture meta("<text:p>Báo cáo</text:p>");
    meta.part("meta.xml", "<office:document-meta><unclosed>");
    const auto doc = parse_odt_bytes(meta.bytes());
    CHECK(paragraph_texts(doc.body) == std::vector<std::string>{"Báo cáo"});
}

TEST_CASE("nesting past the depth limit is refused") {
    std::string deep;
    for (int i = 0; i < 400; ++i) deep += "<text:span>";
    deep += "x";
    for (int i = 0; i < 400; ++i) deep += "</text:span>";
    CHECK(refusal(odt_fixture("<text:p>" + deep + "</text:p>").bytes()) == error_code::xml_error);
}

TEST_CASE("repetitions and spaces asked for by the million are held to a report's size") {
    const auto doc = parse_odt_bytes(
        odt_fixture("<table:table><table:table-row table:number-rows-repeated=\"1000000\">"
                    "<table:table-cell table:number-columns-repeated=\"1000000\"><text:p>0</text:p></table:table-cell>"
                    "</table:table-row></table:table><text:p>a<text:s text:c=\"2000000000\"/>b</text:p>"
                    "<text:h text:outline-level=\"99999\">cao</text:h>")
            .bytes());
    REQUIRE(doc.body.size() == 3);
    const auto& t = std::get<table>(doc.body[0]);
    CHECK(t.rows.size() <= 100);
    CHECK(t.rows.at(0).cells.size() <= 1024);
    CHECK(std::get<paragraph>(doc.body[1]).text().size() <= 1002);
    CHECK(std::get<paragraph>(doc.body[2]).outline_level == 9);
}

TEST_CASE("text past the limits is cut or refused as too large") {
    baocao::limits lim;
    lim.max_paragraph_bytes = 10;
    const auto doc = parse_odt_bytes(odt_fixture("<text:p>Báo cáo sơ kết năm năm</text:p>").bytes(), "report.odt", lim);
    CHECK(std::get<paragraph>(doc.body.at(0)).text().size() <= 10);
    baocao::limits small;
    small.max_document_text = 20;
    CHECK(refusal(odt_fixture("<text:p>Báo cáo sơ kết năm năm</text:p><text:p>thực hiện Chỉ thị 32</text:p>").bytes(), small) ==
          error_code::too_large);
    baocao::limits tiny_part;
    tiny_part.max_part_bytes = 100;
    CHECK(refusal(odt_fixture("<text:p>" + std::string(5000, 'a') + "</text:p>").bytes(), tiny_part) == error_code::zip_bomb);
}

TEST_CASE("the media type is found when the first entry's sizes follow in a data descriptor") {
    // A stored "mimetype" entry written by a streaming zip writer: flag bit 3, zero sizes in the local header.
    const std::string media_type = "application/vnd.oasis.opendocument.text";
    std::string head("PK\x03\x04\x14\x00\x08\x00\x00\x00", 10);
    head += std::string(16, '\0') + std::string("\x08\x00\x00\x00", 4) + "mimetype" + media_type + "PK\x07\x08";
    CHECK(plugins::opendocument_media_type(head) == media_type);
    // Without the flag, zero sizes say nothing.
    head[6] = '\0';
    CHECK(plugins::opendocument_media_type(head).empty());
}

TEST_CASE("repeated rows and cells count their text against the document's limit") {
    // 200 rows, each repeated 100 times, of a 1 000-character cell repeated 1 024 times:
    // 20 GB of text from a few kilobytes of XML unless every copy counts.
    std::string rows;
    for (int i = 0; i < 200; ++i)
        rows += "<table:table-row table:number-rows-repeated=\"100\"><table:table-cell table:number-columns-repeated=\"1024\">"
                "<text:p>" + std::string(1000, 'a') + "</text:p></table:table-cell></table:table-row>";
    CHECK(refusal(odt_fixture("<table:table>" + rows + "</table:table>").bytes()) == error_code::too_large);
    // Empty cells repeated past a million in one document stop being copied.
    std::string empty_rows;
    for (int i = 0; i < 200; ++i)
        empty_rows += "<table:table-row table:number-rows-repeated=\"100\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";
    const auto doc = parse_odt_bytes(odt_fixture("<table:table>" + empty_rows + "</table:table>").bytes());
    std::size_t cells = 0;
    for (const auto& row : std::get<table>(doc.body.at(0)).rows) cells += row.cells.size();
    CHECK(cells <= 1'100'000);
}

TEST_CASE("names and label parts a style gives every paragraph are bounded where they are read") {
    const std::string huge(100000, 'x');
    const std::string styles = "<style:style style:name=\"S\" style:display-name=\"" + huge + "\" style:family=\"paragraph\"/>"
                               "<text:list-style style:name=\"L\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" "
                               "style:num-prefix=\"" + huge + "\" loext:num-list-format=\"" + huge + "%1%\"/></text:list-style>";
    std::string items;
    for (int i = 0; i < 2000; ++i) items += "<text:list-item><text:p text:style-name=\"S\">mục</text:p></text:list-item>";
    const auto doc = parse_odt_bytes(odt_fixture("<text:list text:style-name=\"L\" xml:id=\"" + huge + "\">" + items + "</text:list>", "", styles).bytes());
    std::size_t bytes = 0;
    for_each_paragraph(doc.body, [&](const paragraph& para) {
        bytes += para.numbering_label.size() + para.style_name.size() + para.numbering_id.size();
    });
    CHECK(bytes < 2000 * 400);
    const auto& first = std::get<paragraph>(doc.body.at(0));
    CHECK(first.style_name.size() <= 256);
    CHECK(first.numbering_label.size() <= 64 + 8);
}
