// SPDX-License-Identifier: Apache-2.0
// The report structure extract-sections publishes in the SDK
// (<baocao/sdk/report_structure.hpp>): the role of every line and the section
// tree of a real report, the same cut the sectionizer makes for its matching.
#include "eval_support.hpp"

#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/report_structure.hpp>

#include <catch2/catch.hpp>

BAOCAO_DECLARE_PLUGIN(extract_sections);

using namespace baocao;
using namespace baocao::testing;

namespace {

struct extractor_sink : registry {
    std::shared_ptr<extractor> found;
    void add_source(std::shared_ptr<source>) override {}
    void add_parser(std::shared_ptr<parser>) override {}
    void add_extractor(std::shared_ptr<extractor> e) override { found = std::move(e); }
    void add_checker(std::shared_ptr<checker>) override {}
    void add_emitter(std::shared_ptr<emitter>) override {}
    void add_composer(std::shared_ptr<composer>) override {}
};

/// The submission extract-sections fills for one document.
submission extract_with_sections(const document& doc) {
    auto state = std::make_shared<engine::run_state>();
    state->plan = load_plan("plan-99-KH-TU.txt");
    state->quiet = true;
    state->settings["extract-sections"] = new Poco::JSON::Object;
    extractor_sink sink;
    baocao_plugin_info_extract_sections()->register_stages(sink);
    REQUIRE(sink.found);
    engine::run_context ctx(state, "extract-sections");
    sink.found->prepare(ctx);
    submission sub;
    sink.found->extract(doc, item{}, sub, ctx);
    return sub;
}

/// The tree as indented lines: each heading's first line and how many body lines are its own.
void outline(const report_structure& r, const std::vector<structure_section>& sections, int depth, std::string& out) {
    for (const structure_section& s : sections) {
        const std::string first = s.heading_text.substr(0, s.heading_text.find('\n'));
        out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + first + " (" + std::to_string(s.body.size()) + ")\n";
        CHECK(r.lines[s.heading].role == part_role::heading);
        for (std::size_t b : s.body) CHECK(r.lines[b].role == part_role::body);
        outline(r, s.children, depth + 1, out);
    }
}

part_role role_of(const report_structure& r, const std::string& text_start) {
    for (const structure_line& l : r.lines)
        if (l.text.rfind(text_start, 0) == 0) return l.role;
    FAIL("no line begins with " << text_start);
    return part_role::empty;
}

}  // namespace

TEST_CASE("extract-sections publishes the roles of a report's parts and its section tree") {
    const document doc = load_form(data_dir() / "sections" / "eval" / "01-can-loc-phan-heading-styles.txt").doc;
    const submission sub = extract_with_sections(doc);
    REQUIRE(sub.structure);
    const report_structure& r = *sub.structure;

    CHECK(r.title == sub.title);
    CHECK(r.title.rfind("BÁO CÁO\nsơ kết 5 năm thực hiện Chỉ thị 32-CT/TU", 0) == 0);
    CHECK(role_of(r, "HUYỆN ỦY CAN LỘC") == part_role::header);
    CHECK(role_of(r, "Số 158-BC/HU") == part_role::header);
    CHECK(role_of(r, "Can Lộc, ngày 27 tháng 9 năm 2013") == part_role::header);
    CHECK(role_of(r, "BÁO CÁO") == part_role::title);
    // The rule under the title has no words: an empty line, like a blank paragraph.
    CHECK(role_of(r, "-----") == part_role::empty);
    CHECK(role_of(r, "Thực hiện Kế hoạch số 99-KH/TU") == part_role::preamble);
    CHECK(role_of(r, "Phần thứ nhất") == part_role::heading);
    CHECK(role_of(r, "Ngay sau khi có Chỉ thị") == part_role::body);
    CHECK(role_of(r, "Trên đây là báo cáo") == part_role::closing);
    CHECK(role_of(r, "Nơi nhận") == part_role::signature);
    CHECK(role_of(r, "T/M BAN THƯỜNG VỤ") == part_role::signature);
    // The header and the signature are borderless tables; the title is not in one.
    for (std::size_t i : r.lines_of(part_role::header)) CHECK(r.lines[i].table == 0);
    for (std::size_t i : r.lines_of(part_role::title)) CHECK(r.lines[i].table == -1);
    CHECK(r.intro.empty());
    CHECK(r.annex.empty());

    std::string tree;
    outline(r, r.sections, 0, tree);
    CHECK(tree ==
          "Phần thứ nhất: KẾT QUẢ 5 NĂM THỰC HIỆN CHỈ THỊ 32-CT/TU (0)\n"
          "  I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN (0)\n"
          "    1. Công tác quán triệt, tuyên truyền (2)\n"
          "    2. Việc cụ thể hóa, ban hành văn bản chỉ đạo (2)\n"
          "  II. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA \"DÂN VẬN KHÉO\" (0)\n"
          "    1. Kết quả xây dựng mô hình, điển hình (3)\n"
          "    2. Vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội (3)\n"
          "  III. ĐÁNH GIÁ CHUNG (0)\n"
          "    1. Ưu điểm (1)\n"
          "    2. Hạn chế, tồn tại (1)\n"
          "    3. Nguyên nhân (1)\n"
          "    4. Bài học kinh nghiệm (1)\n"
          "Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI (2)\n"
          "  Kiến nghị, đề xuất (1)\n");
    CHECK(r.lines[r.sections[0].children[0].children[0].body[0]].text.rfind("Ngay sau khi có Chỉ thị", 0) == 0);
}

TEST_CASE("the published structure is the sectionizer's own cut, line for line") {
    for (const char* name : {"01-can-loc-phan-heading-styles.txt", "02-duc-tho-flat-roman-bold.txt",
                             "12-huong-khe-background-plain-header.txt"}) {
        INFO(name);
        const document doc = load_form(data_dir() / "sections" / "eval" / name).doc;
        const submission sub = extract_with_sections(doc);
        REQUIRE(sub.structure);
        const sections::sectioned_report cut = sections::sectionize(doc);
        REQUIRE(sub.structure->lines.size() == cut.lines.size());
        for (std::size_t i = 0; i < cut.lines.size(); ++i) {
            CHECK(sub.structure->lines[i].text == cut.lines[i].text);
            CHECK(role_name(sub.structure->lines[i].role) == role_name(cut.lines[i].role));
        }
        CHECK(sub.structure->sections.size() == cut.sections.size());
        CHECK(sub.structure->intro == cut.intro);
        CHECK(sub.structure->annex == cut.annex);
    }
}

TEST_CASE("a role's name is the word logs and tests use") {
    CHECK(role_name(part_role::header) == "header");
    CHECK(role_name(part_role::title) == "title");
    CHECK(role_name(part_role::signature) == "signature");
    CHECK(role_name(part_role::annex) == "annex");
    report_structure r;
    r.lines = {{"A", part_role::header, 0}, {"B", part_role::body, -1}, {"C", part_role::header, -1}};
    CHECK(r.lines_of(part_role::header) == std::vector<std::size_t>{0, 2});
    CHECK(r.lines_of(part_role::annex).empty());
}
