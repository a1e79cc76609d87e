// SPDX-License-Identifier: Apache-2.0
// The document model's derived evidence: text, bold, caps, plain text of tables.
#include <baocao/sdk/model.hpp>

#include <catch2/catch.hpp>

using namespace baocao;

namespace {
paragraph para(std::initializer_list<text_run> runs, std::string label = "") {
    paragraph p;
    p.runs = runs;
    p.numbering_label = std::move(label);
    return p;
}
}  // namespace

TEST_CASE("paragraph text joins runs and the label stays apart") {
    auto p = para({plain_run("Kết quả "), plain_run("đạt được")}, "II.");
    CHECK(p.text() == "Kết quả đạt được");
    CHECK(labelled_text(p) == "II. Kết quả đạt được");
}

TEST_CASE("bold evidence ignores runs of white space only") {
    text_run bold = plain_run("ƯU ĐIỂM");
    bold.bold = true;
    CHECK(para({bold, plain_run(" ")}).all_bold());
    CHECK_FALSE(para({bold, plain_run(" và hạn chế")}).all_bold());
    CHECK_FALSE(para({plain_run(" ")}).all_bold());
}

TEST_CASE("caps evidence: stored capitals, or lower case shown with w:caps") {
    CHECK(para({plain_run("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")}).all_caps());
    CHECK_FALSE(para({plain_run("I. Công tác lãnh đạo")}).all_caps());
    text_run shown_caps = plain_run("kết quả thực hiện");
    shown_caps.caps = true;
    CHECK(para({shown_caps}).all_caps());
    CHECK_FALSE(para({plain_run("2013")}).all_caps());
}

TEST_CASE("runs without a visible ASCII character are judged by their Unicode white space") {
    text_run bold = plain_run("ĐẢNG ỦY");
    bold.bold = true;
    // A no-break space or an ideographic space shows nothing; "Đ" alone shows a letter.
    CHECK(para({bold, plain_run("\xC2\xA0"), plain_run("\xE3\x80\x80")}).all_bold());
    CHECK_FALSE(para({bold, plain_run("Đ")}).all_bold());
    text_run shown_caps = plain_run("kết quả");
    shown_caps.caps = true;
    CHECK(para({shown_caps, plain_run("\xC2\xA0")}).all_caps());    // the plain run is blank
    CHECK(para({shown_caps, plain_run("ĐẠT")}).all_caps());
    CHECK_FALSE(para({shown_caps, plain_run("đạt")}).all_caps());
    CHECK_FALSE(para({shown_caps, plain_run("- 12")}).all_caps());    // visible, and no capital
    text_run blank_caps = plain_run(" ");
    blank_caps.caps = true;
    CHECK_FALSE(para({blank_caps, plain_run("\xC2\xA0")}).all_caps());
}

TEST_CASE("plain text puts a table row on one line with cells separated by tabs") {
    table t;
    table_row row;
    table_cell left, right;
    left.blocks.emplace_back(para({plain_run("HUYỆN ỦY CAN LỘC")}));
    left.blocks.emplace_back(para({plain_run("*")}));
    right.blocks.emplace_back(para({plain_run("ĐẢNG CỘNG SẢN VIỆT NAM")}));
    row.cells = {left, right};
    t.rows.push_back(row);
    std::vector<block> blocks;
    blocks.emplace_back(para({plain_run("Mở đầu")}));
    blocks.emplace_back(t);
    CHECK(plain_text(blocks) == "Mở đầu\nHUYỆN ỦY CAN LỘC *\tĐẢNG CỘNG SẢN VIỆT NAM\n");
    int paragraphs = 0;
    for_each_paragraph(blocks, [&](const paragraph&) { ++paragraphs; });
    CHECK(paragraphs == 4);
}
