// SPDX-License-Identifier: Apache-2.0
// features.doc (tests/data/doc, saved by LibreOffice from features.docx, which
// make_features.py writes): what the .doc reader carries into the model, set
// against what parse-docx reads from the .docx it came from.

#include "doc_reader.hpp"
#include "test_paths.hpp"

#include <baocao/sdk/text.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace baocao;

namespace {

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

document features(doc::tracked_mode mode = doc::tracked_mode::accept) {
    const std::string bytes = slurp(testing::data_dir() / "doc" / "features.doc");
    REQUIRE(!bytes.empty());
    return doc::read_doc(bytes, limits{}, mode);
}

std::vector<const paragraph*> body_paragraphs(const document& d) {
    std::vector<const paragraph*> out;
    for (const block& b : d.body)
        if (const auto* p = std::get_if<paragraph>(&b)) out.push_back(p);
    return out;
}

const paragraph& find(const document& d, const std::string& text) {
    for (const paragraph* p : body_paragraphs(d))
        if (p->text() == text) return *p;
    FAIL("no paragraph \"" << text << "\"");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("parse-doc: TCVN3 and its capital font are decoded as in .docx", "[parse_doc]") {
    const document d = features();
    const paragraph& tcvn3 = find(d, "Công tác");
    CHECK(tcvn3.runs.at(0).font == ".VnTime");
    CHECK(find(d, "TỈNH ỦY HÀ TĨNH").runs.at(0).font == ".VnTimeH");
    // "ư" (byte 0xAD) comes back from the optional hyphen the .doc stores it as.
    CHECK(find(d, "Ban Thường vụ").runs.at(0).font == ".VnTime");
}

TEST_CASE("parse-doc: built-in headings carry outline levels and list labels", "[parse_doc]") {
    const document d = features();
    const paragraph& h1 = find(d, "MỤC ĐÍCH");
    CHECK(h1.style_name == "heading 1");
    CHECK(h1.style_id == "Heading1");
    CHECK(h1.outline_level == 0);
    CHECK(h1.numbering_label == "I.");
    CHECK(h1.numbering_level == 0);
    CHECK(h1.all_bold());
    const paragraph& h2 = find(d, "Kết quả");
    CHECK(h2.outline_level == 1);
    CHECK(h2.numbering_label == "1.");
    CHECK(find(d, "điểm thứ nhất").numbering_label == "a)");
    CHECK(find(d, "điểm thứ hai").numbering_label == "b)");
    CHECK(find(d, "điểm thứ hai").outline_level == -1);
    // The second heading 1 continues the list, and its level restarts the deeper ones.
    CHECK(find(d, "NỘI DUNG").numbering_label == "II.");
}

TEST_CASE("parse-doc: bold, italic and caps per run", "[parse_doc]") {
    const document d = features();
    const paragraph& p = find(d, "Đậm và nghiêng và hoa");
    REQUIRE(p.runs.size() >= 5);
    CHECK(p.runs[0].text == "Đậm");
    CHECK(p.runs[0].bold);
    CHECK_FALSE(p.runs[0].italic);
    CHECK(p.runs[2].text == "nghiêng");
    CHECK(p.runs[2].italic);
    CHECK_FALSE(p.runs[2].bold);
    CHECK(p.runs[4].text == "hoa");
    CHECK(p.runs[4].caps);
    CHECK(p.all_caps() == false);
}

TEST_CASE("parse-doc: cell and row marks become rows and cells; borders are evidence", "[parse_doc]") {
    const document d = features();
    std::vector<const table*> tables;
    for (const block& b : d.body)
        if (const auto* t = std::get_if<table>(&b)) tables.push_back(t);
    REQUIRE(tables.size() == 2);
    const table& t = *tables[0];
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(text::trim(plain_text(t.rows[0].cells[0].blocks)) == "Ô A1");
    CHECK(text::trim(plain_text(t.rows[1].cells[1].blocks)) == "Ô B2");
    CHECK(t.borderless);
    REQUIRE(tables[1]->rows.size() == 1);
    CHECK(text::trim(plain_text(tables[1]->rows[0].cells[1].blocks)) == "Kết quả");
    CHECK_FALSE(tables[1]->borderless);
}

TEST_CASE("parse-doc: a field shows its result, never its instruction", "[parse_doc]") {
    const document d = features();
    find(d, "Xem trang tin nhé.");
    CHECK(plain_text(d.body).find("HYPERLINK") == std::string::npos);
}

TEST_CASE("parse-doc: footnotes, headers and footers are parts of their own", "[parse_doc]") {
    const document d = features();
    CHECK(plain_text(d.body).find("Chú thích một") == std::string::npos);
    CHECK(plain_text(d.body).find("Đảng bộ tỉnh") == std::string::npos);
    std::map<std::string, std::string> parts;
    for (const document_part& part : d.parts) parts[part.kind] += plain_text(part.blocks);
    CHECK(text::trim(parts["footnote"]) == "Chú thích một.");
    CHECK(text::trim(parts["header"]) == "Đảng bộ tỉnh Hà Tĩnh");
    CHECK(text::trim(parts["footer"]) == "Chân trang");
    REQUIRE(d.parts.size() == 3);
    CHECK(d.parts[0].kind == "header");   // in the order the .docx reader gives
    CHECK(d.parts[2].kind == "footnote");
}

TEST_CASE("parse-doc: tracked deletions are dropped by default, insertions dropped on reject", "[parse_doc]") {
    find(features(), "Bản cũ được thêm xong.");
    find(features(doc::tracked_mode::reject), "Bản cũ bị xóa xong.");
    find(features(doc::tracked_mode::all), "Bản cũ bị xóađược thêm xong.");
}
