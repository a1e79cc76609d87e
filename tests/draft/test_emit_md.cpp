// SPDX-License-Identifier: Apache-2.0
// emit-md: the same draft as Markdown.

#include "docx_reader.hpp"
#include "draft_fixture.hpp"
#include "test_paths.hpp"

#include "markdown_writer.hpp"

#include <catch2/catch.hpp>

BAOCAO_DECLARE_PLUGIN(emit_md);

using namespace draft_test;

namespace {

std::string emit_md_text(const std::string& name, const baocao::run_result& run,
                         Poco::JSON::Object::Ptr settings = nullptr) {
    const auto dir = baocao::testing::temp_dir(name);
    run_emitter(baocao_plugin_info_emit_md(), run, dir, settings);
    return slurp(dir / "draft.md");
}

std::size_t pos(const std::string& hay, const std::string& needle) {
    const auto p = hay.find(needle);
    INFO("looking for: " << needle);
    REQUIRE(p != std::string::npos);
    return p;
}

}  // namespace

TEST_CASE("draft.md carries the header, the parts in order, findings with footnotes and the appendix", "[draft][md]") {
    const auto md = emit_md_text("md-content", make_run());
    CHECK(md.rfind("**TỈNH UỶ HÀ TĨNH**\\\n\\*\\\nSố      -BC/TU\n\n", 0) == 0);
    CHECK(md.find("**ĐẢNG CỘNG SẢN VIỆT NAM**\\\n*Hà Tĩnh, ngày      tháng      năm 2013*\n") != std::string::npos);
    const auto title = pos(md, "\n# BÁO CÁO\n\n**sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU");
    const auto opening = pos(md, "\nThực hiện Kế hoạch số 99-KH/TU");
    const auto part1 = pos(md, "\n## Phần thứ nhất: KẾT QUẢ THỰC HIỆN\n");
    const auto i1 = pos(md, "\n### I. ");
    const auto assessment = pos(md, "\n### IV. ĐÁNH GIÁ CHUNG\n");
    const auto part2 = pos(md, "\n## Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n");
    const auto part3 = pos(md, "\n## Phần thứ ba: KIẾN NGHỊ, ĐỀ XUẤT\n");
    const auto closing = pos(md, "\nTrên đây là báo cáo");
    const auto appendix = pos(md, "\n## PHỤ LỤC\n");
    CHECK(title < opening);
    CHECK(opening < part1);
    CHECK(part1 < i1);
    CHECK(i1 < assessment);
    CHECK(assessment < part2);
    CHECK(part2 < part3);
    CHECK(part3 < closing);
    CHECK(closing < appendix);

    // A finding with its unit named and a footnote listing its source.
    const auto finding = pos(md, "- Ban hành 5 văn bản chỉ đạo (Can Lộc).[^");
    CHECK(i1 < finding);
    CHECK(md.find("BẢN CŨ") == std::string::npos);
    // Every footnote referenced is defined once at the end, naming unit, file and section.
    std::size_t refs = 0, definitions = 0;
    for (std::size_t n = 1;; ++n) {
        const auto mark = "[^" + std::to_string(n) + "]";
        const auto ref = md.find(mark);
        if (ref == std::string::npos) break;
        ++refs;
        const auto def = md.find("\n" + mark + ": Nguồn: ");
        CHECK(def != std::string::npos);
        CHECK(ref < def);
        definitions += def != std::string::npos;
    }
    CHECK(refs >= 4);
    CHECK(definitions == refs);
    CHECK(md.find("[^1]: Nguồn: ") != std::string::npos);
    CHECK(md.find("Huyện ủy Can Lộc, bao-cao.docx, heading of item 1 (đoạn 1)") != std::string::npos);
    // Quotes in report text are printed as written (the excerpts keep the units' words).
    CHECK(md.find("Các đoàn thể xây dựng 120 mô hình \"Dân vận khéo\".") != std::string::npos);

    // The compliance table and the lists.
    CHECK(md.find("| TT | Đơn vị | Cấp | Hạn nộp | Ngày nộp | Tình trạng | Ghi chú |\n"
                  "| :---: | --- | --- | :---: | :---: | --- | --- |\n"
                  "| 1 | Thành ủy Hà Tĩnh | Cấp huyện | 05/10/2013 | 30/09/2013 | Đúng hạn |  |\n"
                  "| 2 | Huyện ủy Can Lộc | Cấp huyện | 05/10/2013 | 01/10/2013 | Đúng hạn |  |\n"
                  "| 3 | Huyện ủy Nghi Xuân | Cấp huyện | 05/10/2013 |  | Chưa nộp |  |\n"
                  "| 4 | Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh | MTTQ, đoàn thể | 05/10/2013 | 07/10/2013 | Chậm 2 ngày |  |\n") !=
          std::string::npos);
    CHECK(md.find("- Chưa nộp (1): Huyện ủy Nghi Xuân.\n") != std::string::npos);
    CHECK(md.find("- Nộp chậm (1): Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh (nộp ngày 07/10/2013, chậm 2 ngày).\n") !=
          std::string::npos);
    CHECK(md.find("**Nơi nhận:**\n\n- Ban Dân vận Trung ương (để b/c);\n") != std::string::npos);
    CHECK(md.find("**T/M BAN THƯỜNG VỤ**") != std::string::npos);
    CHECK(md.back() == '\n');
    CHECK(md.substr(md.size() - 2) != "\n\n");
}

TEST_CASE("draft.md is byte-identical from run to run and follows the settings", "[draft][md]") {
    const auto a = emit_md_text("md-same-a", make_run());
    CHECK(a == emit_md_text("md-same-b", make_run()));

    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object;
    settings->set("issuer", "dan-van");
    settings->set("signer", "Nguyễn Văn A");
    settings->set("fill_date", true);
    settings->set("excerpts", "none");
    const auto md = emit_md_text("md-settings", make_run(), settings);
    CHECK(md.rfind("TỈNH UỶ HÀ TĨNH\\\n**BAN DÂN VẬN**\\\n\\*\\\nSố      -BC/BDVTU\n\n", 0) == 0);
    CHECK(md.find("**TRƯỞNG BAN**") != std::string::npos);
    CHECK(md.find("Trích báo cáo của các đơn vị") == std::string::npos);
    CHECK(a.find("Trích báo cáo của các đơn vị") != std::string::npos);
    CHECK(md.find("*Hà Tĩnh, ngày 6 tháng 10 năm 2013*") != std::string::npos);
    CHECK(md.find("**Nguyễn Văn A**") != std::string::npos);

    Poco::JSON::Object::Ptr wrong = new Poco::JSON::Object;
    wrong->set("fill_date", "yes");
    CHECK_THROWS_WITH(emit_md_text("md-wrong", make_run(), wrong), Catch::Contains("fill_date"));
}

TEST_CASE("Markdown escaping keeps report text literal", "[draft][md]") {
    using baocao::markdown::escape;
    using baocao::markdown::escape_cell;
    CHECK(escape("Tăng 5*3 lần [x] <b>") == "Tăng 5\\*3 lần \\[x\\] \\<b>");
    CHECK(escape("1. Công tác quán triệt") == "1\\. Công tác quán triệt");
    CHECK(escape("# không phải tiêu đề") == "\\# không phải tiêu đề");
    CHECK(escape("- gạch đầu dòng") == "- gạch đầu dòng");
    CHECK(escape("năm 2013. Tiếp") == "năm 2013. Tiếp");
    CHECK(escape_cell("a|b\nc") == "a\\|b c");
    CHECK(escape_cell("7.276") == "7.276");
    CHECK(escape("1. mục", false) == "1. mục");
    CHECK(escape("corrupt_zip và _nghiêng_") == "corrupt_zip và \\_nghiêng\\_");
}

TEST_CASE("a draft of a thousand units is written in pieces, the same bytes as whole", "[draft][md]") {
    const auto run = many_units_run(1200);
    const auto d = composed(run).draft;
    const std::string whole = baocao::markdown::render(d);
    std::string joined;
    std::size_t pieces = 0;
    baocao::markdown::render(d, [&](std::string_view piece) {
        joined.append(piece);
        ++pieces;
    });
    CHECK(whole.size() > (2u << 20));
    CHECK(pieces > 2);
    CHECK(joined == whole);
    CHECK(whole.back() == '\n');
    CHECK(whole[whole.size() - 2] != '\n');
    // The plugin writes the same bytes.
    const auto dir = baocao::testing::temp_dir("md-pieces");
    collect reg;
    baocao_plugin_info_emit_md()->register_stages(reg);
    const baocao::engine::run_context ctx(state_for(run, "emit-md", nullptr), "emit-md");
    auto with_draft = run;
    with_draft.draft = d;
    reg.e->emit(with_draft, ctx, dir);
    CHECK(slurp(dir / "draft.md") == whole);
}
