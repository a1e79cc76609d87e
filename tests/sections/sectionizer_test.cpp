// SPDX-License-Identifier: Apache-2.0
// The sectionizer's frame (header, title, signature) and its heading traps.
#include "eval_support.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;
using sections::line_role;

namespace {
const sections::section* find(const std::vector<sections::section>& s, const std::string& prefix) {
    for (const auto& x : s) {
        if (x.heading_text.rfind(prefix, 0) == 0) return &x;
        if (const auto* c = find(x.children, prefix)) return c;
    }
    return nullptr;
}
}  // namespace

TEST_CASE("header table, title, preamble and signature stay out of the sections") {
    const auto r = sections::sectionize(load_form(data_dir() / "sections" / "eval" / "01-can-loc-phan-heading-styles.txt").doc);
    CHECK(r.title == "BÁO CÁO\nsơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo, chỉ đạo "
                     "công tác xây dựng mô hình \"Dân vận khéo\"");
    CHECK(r.lines[0].role == line_role::header);
    CHECK(r.intro.empty());
    REQUIRE(r.sections.size() == 2);
    CHECK(r.sections[0].heading_text.rfind("Phần thứ nhất", 0) == 0);
    CHECK(r.sections[0].children.size() == 3);
    for (const auto& l : r.lines)
        if (l.text.rfind("T/M", 0) == 0 || l.text.rfind("Nơi nhận", 0) == 0) CHECK(l.role == line_role::signature);
}

TEST_CASE("a bold run-in lead is a heading and the rest of its paragraph is body") {
    const auto f = parse_form("{b} BÁO CÁO\n{b} sơ kết\n{b} I. KẾT QUẢ\n**1. Công tác tuyên truyền:** Huyện ủy tổ chức 12 hội nghị.\n");
    const auto r = sections::sectionize(f.doc);
    const auto* s = find(r.sections, "1. Công tác tuyên truyền:");
    REQUIRE(s != nullptr);
    REQUIRE(s->body.size() == 1);
    CHECK(r.lines[s->body[0]].body_text() == "Huyện ủy tổ chức 12 hội nghị.");
}

TEST_CASE("a paragraph that only starts with a bold number is body text") {
    const auto f = parse_form(
        "{b} BÁO CÁO\n{b} sơ kết\n{b} III. NHIỆM VỤ, GIẢI PHÁP\n**2.1.** Cấp ủy các cấp tiếp tục lãnh đạo, chỉ đạo chặt chẽ.\n"
        "**2**. Công tác kiểm tra, giám sát được tăng cường ở tất cả các cơ sở trong toàn huyện, gắn với trách nhiệm người đứng đầu.\n");
    const auto r = sections::sectionize(f.doc);
    REQUIRE(r.sections.size() == 1);
    CHECK(r.sections[0].children.empty());
    CHECK(r.sections[0].body.size() == 2);
}

TEST_CASE("numbered body paragraphs are not headings when the producer makes headings bold") {
    const auto f = parse_form("{b} BÁO CÁO\n{b} sơ kết\n{b} 1. Kết quả\n1. Xây dựng 45 mô hình kinh tế\n{b} 2. Hạn chế\nMột số nơi còn hình thức.\n");
    const auto r = sections::sectionize(f.doc);
    REQUIRE(r.sections.size() == 2);
    CHECK(r.sections[0].body.size() == 1);
}

TEST_CASE("labels from Word numbering and typed labels nest the same way") {
    const auto f = parse_form("{b} BÁO CÁO\n{b} sơ kết\n{b,n=I.} KẾT QUẢ\n{b,n=1.} Mô hình\nCó 45 mô hình.\n{b,n=2.} Khen thưởng\nKhen 3 tập thể.\n"
                              "{b} II. KIẾN NGHỊ\nĐề nghị Tỉnh ủy hỗ trợ.\n");
    const auto r = sections::sectionize(f.doc);
    REQUIRE(r.sections.size() == 2);
    CHECK(r.sections[0].heading_text == "I. KẾT QUẢ");
    CHECK(r.sections[0].children.size() == 2);
    CHECK(r.sections[1].heading_text == "II. KIẾN NGHỊ");
}

TEST_CASE("a bare part line takes the title on the next line") {
    const auto f = parse_form("{b} BÁO CÁO\n{b} sơ kết\n{b} Phần thứ hai\n{b} PHƯƠNG HƯỚNG, NHIỆM VỤ\nTiếp tục đẩy mạnh phong trào.\n");
    const auto r = sections::sectionize(f.doc);
    REQUIRE(r.sections.size() == 1);
    CHECK(r.sections[0].heading_text == "Phần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ");
    CHECK(r.sections[0].body.size() == 1);
}

TEST_CASE("an empty document has no sections and no title") {
    const auto r = sections::sectionize(document{});
    CHECK(r.sections.empty());
    CHECK(r.intro.empty());
    CHECK(r.title.empty());
}
