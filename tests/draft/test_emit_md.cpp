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

TEST_CASE("draft.md carries the header, title, items in order and units in roster order", "[draft][md]") {
    const auto md = emit_md_text("md-content", make_run());
    CHECK(md.rfind("TỈNH UỶ HÀ TĨNH\\\n**BAN DÂN VẬN**\\\n\\*\\\nSố      -BC/BDVTU\n\n", 0) == 0);
    CHECK(md.find("**ĐẢNG CỘNG SẢN VIỆT NAM**\\\n*Hà Tĩnh, ngày      tháng      năm 2013*\n") != std::string::npos);
    const auto title = pos(md, "\n# BÁO CÁO\n\n**sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU");
    const auto i1 = pos(md, "\n## I. Đánh giá tình hình kết quả việc tổ chức quán triệt");
    const auto i2 = pos(md, "\n## II. Làm rõ những kết quả đạt được");
    const auto i3 = pos(md, "\n## III. Vai trò, trách nhiệm");
    const auto i4 = pos(md, "\n## IV. Từ kinh nghiệm thực tế");
    const auto appendix = pos(md, "\n## PHỤ LỤC\n");
    CHECK(title < i1);
    CHECK(i1 < i2);
    CHECK(i2 < i3);
    CHECK(i3 < i4);
    CHECK(i4 < appendix);

    // Item I: roster order, the unit's paragraphs kept apart, the superseded text absent.
    const auto tp = pos(md, "**Thành ủy Hà Tĩnh:** Thành ủy đã quán triệt đến 100% chi bộ.\n\n");
    const auto cl = pos(md, "**Huyện ủy Can Lộc:** Ban Thường vụ Huyện ủy đã tổ chức 3 hội nghị quán triệt.\n\n"
                            "- Ban hành 5 văn bản chỉ đạo.\n\n");
    const auto mt = pos(md, "**Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh:** Mặt trận đã phối hợp");
    CHECK(i1 < tp);
    CHECK(tp < cl);
    CHECK(cl < mt);
    CHECK(mt < i2);
    CHECK(md.find("BẢN CŨ") == std::string::npos);
    // Quotes in report text are printed as written.
    CHECK(md.find("Các đoàn thể xây dựng 120 mô hình \"Dân vận khéo\".") != std::string::npos);

    const auto silent = pos(md, "*Các đơn vị chưa đề cập nội dung này: Thành ủy Hà Tĩnh, Ủy ban MTTQ Việt Nam tỉnh "
                                "Hà Tĩnh, Đơn vị chưa xác định (la.docx).*\n");
    CHECK(i4 < silent);
    CHECK(silent < appendix);

    // The compliance table and the lists.
    CHECK(md.find("| STT | Đơn vị | Cấp | Hạn nộp | Ngày nộp | Tình trạng |\n"
                  "| :---: | --- | --- | :---: | :---: | --- |\n"
                  "| 1 | Thành ủy Hà Tĩnh | Cấp huyện | 05/10/2013 | 30/09/2013 | Đúng hạn |\n"
                  "| 2 | Huyện ủy Can Lộc | Cấp huyện | 05/10/2013 | 01/10/2013 | Đúng hạn |\n"
                  "| 3 | Huyện ủy Nghi Xuân | Cấp huyện | 05/10/2013 |  | Chưa nộp |\n"
                  "| 4 | Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh | MTTQ, đoàn thể | 05/10/2013 | 07/10/2013 | Chậm |\n") !=
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
    Poco::JSON::Array::Ptr body = new Poco::JSON::Array;
    body->add(std::string("TỈNH ỦY HÀ TĨNH"));
    settings->set("issuing_body", body);
    settings->set("symbol", "BC/TU");
    settings->set("signer", "Nguyễn Văn A");
    settings->set("fill_date", true);
    const auto md = emit_md_text("md-settings", make_run(), settings);
    CHECK(md.rfind("**TỈNH ỦY HÀ TĨNH**\\\n\\*\\\nSố      -BC/TU\n\n", 0) == 0);
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
