// SPDX-License-Identifier: Apache-2.0
// extract-unit: the issuing unit from the header, the sender, the file name.

#include "doc_builders.hpp"
#include "identity_fixture.hpp"
#include "unit_extractor.hpp"

#include <baocao/engine/registry.hpp>
#include <baocao/sdk/plugin.hpp>

#include <catch2/catch.hpp>

BAOCAO_DECLARE_PLUGIN(extract_unit);

using namespace baocao;
using namespace baocao::testing;

namespace {

struct unit_fixture {
    roster r = test_roster();
    engine::run_context ctx = context_for(r, "extract-unit");
    unit_match::unit_extractor ex;
    unit_fixture() { ex.prepare(ctx); }

    submission run(const document& d, const item& it) {
        submission s;
        s.source = it.source;
        ex.extract(d, it, s, ctx);
        return s;
    }
    submission run(const document& d) { return run(d, file_item("reports/bao-cao.docx")); }
};

std::string unit_id(const submission& s) { return s.unit ? s.unit->id : std::string("(none)"); }

std::string problem_message(const submission& s, error_code code) {
    for (const auto& p : s.problems)
        if (p.code == code) return p.message;
    return {};
}

document district_table(const std::string& parent, const std::string& issuer, const std::string& number) {
    std::vector<block> h;
    h.emplace_back(header_table(cell({parent, issuer, "*", number}),
                                cell({"ĐẢNG CỘNG SẢN VIỆT NAM", "Can Lộc, ngày 28 tháng 9 năm 2013"})));
    return report(std::move(h));
}

}  // namespace

TEST_CASE("issuer in a borderless header table, under its parent", "[identity]") {
    unit_fixture f;
    const submission s = f.run(district_table("ĐẢNG BỘ TỈNH HÀ TĨNH", "HUYỆN ỦY CAN LỘC", "Số 25-BC/HU"));
    REQUIRE(s.unit);
    CHECK(s.unit->id == "can-loc");
    CHECK(s.unit->name == "Huyện ủy Can Lộc");
    CHECK(s.unit->level == "district");
    CHECK(s.problems.empty());
}

TEST_CASE("issuer spelled with other case, tone placement, spacing and abbreviations", "[identity]") {
    unit_fixture f;
    for (const char* issuer : {"HUYỆN UỶ CAN LỘC", "Huyện ủy Can Lộc", "huyện   uỷ  can  lộc", "H.U Can Lộc",
                               "BAN THƯỜNG VỤ HUYỆN ỦY CAN LỘC", "ĐẢNG BỘ HUYỆN CAN LỘC", "H.ủy Can Lộc"}) {
        INFO(issuer);
        CHECK(unit_id(f.run(district_table("", issuer, "Số 89-BC/HU"))) == "can-loc");
    }
}

TEST_CASE("the lowest matching line is the issuer, not its parent", "[identity]") {
    unit_fixture f;
    CHECK(unit_id(f.run(district_table("ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Số 12-BC/ĐUK"))) ==
          "khoi-co-quan");
    // A collective line under the body's name ("BAN THƯỜNG VỤ") is not a different body.
    std::vector<block> h;
    h.emplace_back(header_table(cell({"HỘI NÔNG DÂN TỈNH HÀ TĨNH", "BAN THƯỜNG VỤ", "Số: 31-BC/HND"}),
                                cell({"HỘI NÔNG DÂN VIỆT NAM", "Hà Tĩnh, ngày 2 tháng 10 năm 2013"})));
    CHECK(unit_id(f.run(report(std::move(h)))) == "hoi-nong-dan");
}

TEST_CASE("a name broken over two header lines", "[identity]") {
    unit_fixture f;
    std::vector<block> h;
    h.emplace_back(header_table(cell({"ỦY BAN MTTQ VIỆT NAM", "TỈNH HÀ TĨNH", "Số: 45/BC-MTTQ-BTT"}),
                                cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"})));
    CHECK(unit_id(f.run(report(std::move(h)))) == "mttq");
}

TEST_CASE("header in plain paragraphs laid out with tabs", "[identity]") {
    unit_fixture f;
    // The shape of the seed plan's header: leading tabs, halves on separate lines.
    const submission s = f.run(report(plain_header({
        "\tĐẢNG BỘ TỈNH HÀ TĨNH",
        "\tHUYỆN UỶ ĐỨC THỌ",
        "               *",
        "   Số  58 - BC/HU\t\t\tĐẢNG CỘNG SẢN VIỆT NAM",
        "",
        "     Đức Thọ, ngày 30  tháng 9 năm 2013",
    })));
    CHECK(unit_id(s) == "duc-tho");
}

TEST_CASE("header in plain centred paragraphs without tabs", "[identity]") {
    unit_fixture f;
    CHECK(unit_id(f.run(report(plain_header({"THỊ ỦY HỒNG LĨNH", "*", "Số 40-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                                             "Hồng Lĩnh, ngày 1 tháng 10 năm 2013"})))) == "hong-linh");
}

TEST_CASE("Hà Tĩnh alone is the province, not the city", "[identity]") {
    unit_fixture f;
    const submission province = f.run(report(plain_header({"TỈNH ỦY HÀ TĨNH", "*", "Số 99-KH/TU",
                                                           "Hà Tĩnh, ngày 16 tháng 8 năm 2013"})));
    CHECK_FALSE(province.unit);
    CHECK(problem_message(province, error_code::unknown_unit).find("TỈNH ỦY HÀ TĨNH") != std::string::npos);
    CHECK_FALSE(province.extensions.count("issuer"));   // the province's own committee is no reporting body

    CHECK(unit_id(f.run(report(plain_header({"ĐẢNG BỘ TỈNH HÀ TĨNH", "THÀNH ỦY HÀ TĨNH", "Số 30-BC/TU"})))) ==
          "tp-ha-tinh");
    CHECK(unit_id(f.run(report(plain_header({"ĐẢNG BỘ THÀNH PHỐ HÀ TĨNH", "Số 30-BC/TU"})))) == "tp-ha-tinh");
}

TEST_CASE("an unknown issuer leaves the unit empty with a clear problem", "[identity]") {
    unit_fixture f;
    // The header of the corpus report 01 (a school in Bắc Giang).
    std::vector<block> h;
    h.emplace_back(header_table(cell({"PHÒNG GIÁO DỤC& ĐÀO TẠO HIỆP HOÀ", "TRƯỜNG THCS HOÀNG LƯƠNG", "Số: … /KH-THCS"}),
                                cell({"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                      "Hoàng Lương, ngày 23 tháng 12 năm 2013"})));
    const submission s = f.run(report(std::move(h)), file_item("corpus/01-thcs-hoang-luong-hcm-2013.docx"));
    CHECK_FALSE(s.unit);
    REQUIRE(s.problems.size() == 1);
    CHECK(s.problems[0].code == error_code::unknown_unit);
    CHECK(s.problems[0].message.find("TRƯỜNG THCS HOÀNG LƯƠNG") != std::string::npos);
    // The body the header names, for the draft to call the report by.
    REQUIRE(s.extensions.count("issuer"));
    CHECK(s.extensions.at("issuer").convert<std::string>() == "Trường THCS Hoàng Lương");
}

TEST_CASE("units named only in the body do not count", "[identity]") {
    unit_fixture f;
    // The default body cites "Huyện ủy Đức Thọ"; the header names nobody.
    const submission s = f.run(report(plain_header({"ĐẢNG CỘNG SẢN VIỆT NAM"})));
    CHECK_FALSE(s.unit);
    CHECK(problem_message(s, error_code::unknown_unit).find("no issuing body") != std::string::npos);
    CHECK_FALSE(s.extensions.count("issuer"));
}

TEST_CASE("a grassroots committee under a roster unit is not that unit", "[identity]") {
    unit_fixture f;
    const submission s = f.run(district_table("ĐẢNG BỘ HUYỆN CAN LỘC", "ĐẢNG ỦY XÃ THIÊN LỘC", "Số 08-BC/ĐU"),
                               mail_item("bao-cao-can-loc.docx", "hu.canloc@hatinh.gov.vn"));
    CHECK_FALSE(s.unit);
    const std::string m = problem_message(s, error_code::unknown_unit);
    CHECK(m.find("ĐẢNG ỦY XÃ THIÊN LỘC") != std::string::npos);
    CHECK(m.find("Huyện ủy Can Lộc") != std::string::npos);
    REQUIRE(s.extensions.count("issuer"));
    CHECK(s.extensions.at("issuer").convert<std::string>() == "Đảng ủy xã Thiên Lộc");
}

TEST_CASE("an alias shared by two units is ambiguous unless the number's symbol decides", "[identity]") {
    unit_fixture f;
    const submission ambiguous = f.run(report(plain_header({"ĐẢNG ỦY KHỐI", "*"})));
    CHECK_FALSE(ambiguous.unit);
    CHECK(problem_message(ambiguous, error_code::unknown_unit).find("several") != std::string::npos);

    CHECK(unit_id(f.run(report(plain_header({"ĐẢNG ỦY KHỐI", "*", "Số 3-BC/ĐUDN"})))) == "khoi-doanh-nghiep");
    CHECK(unit_id(f.run(report(plain_header({"ĐẢNG ỦY KHỐI", "*", "Số 3-BC/ĐUK"})))) == "khoi-co-quan");
}

TEST_CASE("the sender's address identifies a report whose header does not", "[identity]") {
    unit_fixture f;
    const document bare = report(plain_header({"ĐẢNG CỘNG SẢN VIỆT NAM"}));
    CHECK(unit_id(f.run(bare, mail_item("baocao.docx", "hu.canloc@hatinh.gov.vn"))) == "can-loc");
    // Roster addresses are compared without case.
    CHECK(unit_id(f.run(bare, mail_item("baocao.docx", "vanphong.hu.ductho@hatinh.gov.vn"))) == "duc-tho");
    // A roster entry "@domain" covers the domain.
    CHECK(unit_id(f.run(bare, mail_item("baocao.docx", "vanthu@camxuyen.hatinh.gov.vn"))) == "cam-xuyen");
    // An unknown address and an unhelpful name: nothing.
    const submission none = f.run(bare, mail_item("baocao.docx", "someone@gmail.com"));
    CHECK_FALSE(none.unit);
    CHECK(problem_message(none, error_code::unknown_unit).size() > 20);
}

TEST_CASE("the header outranks the sender", "[identity]") {
    unit_fixture f;
    const submission s = f.run(district_table("", "HUYỆN ỦY THẠCH HÀ", "Số 60-BC/HU"),
                               mail_item("bc.docx", "hu.canloc@hatinh.gov.vn"));
    CHECK(unit_id(s) == "thach-ha");
}

TEST_CASE("the sender's display name and the subject", "[identity]") {
    unit_fixture f;
    const document bare = report(plain_header({"ĐẢNG CỘNG SẢN VIỆT NAM"}));
    item named = mail_item("bc.docx", "vp@gmail.com");
    named.env.sender_name = "Văn phòng Huyện uỷ Thạch Hà";
    CHECK(unit_id(f.run(bare, named)) == "thach-ha");
    CHECK(unit_id(f.run(bare, mail_item("bc.docx", "vp@gmail.com", "Báo cáo sơ kết Chỉ thị 32 của Thị xã Hồng Lĩnh"))) ==
          "hong-linh");
}

TEST_CASE("the file name identifies a report when nothing else does", "[identity]") {
    unit_fixture f;
    const document bare = report(plain_header({"ĐẢNG CỘNG SẢN VIỆT NAM"}));
    CHECK(unit_id(f.run(bare, file_item("in/bao-cao-can-loc.docx"))) == "can-loc");
    CHECK(unit_id(f.run(bare, file_item("in/BC Can Loc.docx"))) == "can-loc");
    CHECK(unit_id(f.run(bare, file_item("in/BC_DucTho_2013.docx"))) == "duc-tho");
    CHECK(unit_id(f.run(bare, file_item("in/Báo cáo Cẩm Xuyên.docx"))) == "cam-xuyen");
    CHECK(unit_id(f.run(bare, mail_item("bao cao thach ha.docx", "x@gmail.com"))) == "thach-ha");
    // The folder a file sits in.
    CHECK(unit_id(f.run(bare, file_item("inbox/hong-linh/baocao.docx"))) == "hong-linh");
    // A name that mentions no unit.
    CHECK_FALSE(f.run(bare, file_item("in/bao-cao-so-ket.docx")).unit);
    // "ha-tinh" alone names the province.
    CHECK_FALSE(f.run(bare, file_item("in/bao-cao-ha-tinh.docx")).unit);
}

TEST_CASE("a unit set by an earlier extractor is kept", "[identity]") {
    unit_fixture f;
    submission s;
    s.unit = unit_ref{"x", "X", "district"};
    f.ex.extract(district_table("", "HUYỆN ỦY CAN LỘC", "Số 1-BC/HU"), file_item("a.docx"), s, f.ctx);
    CHECK(s.unit->id == "x");
    CHECK(s.problems.empty());
}

TEST_CASE("the plugin registers the extractor under its name", "[identity]") {
    const baocao_plugin_info* info = baocao_plugin_info_extract_unit();
    CHECK(info->api_version == BAOCAO_API_VERSION);
    CHECK(std::string(info->name) == "extract-unit");
    engine::stage_registry reg;
    reg.add_plugin(*info, "(built in)");
    REQUIRE(reg.extractors().size() == 1);
    CHECK(reg.extractors()[0].stage->name() == "extract-unit");
}

TEST_CASE("every unit of the real roster is found by its header form and aliases", "[identity][shared]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const roster r = engine::load_roster(shared / "reference" / "roster-ha-tinh-2013.json");
    REQUIRE(r.units.size() >= 20);
    const unit_match::unit_index index(r);
    for (std::size_t i = 0; i < r.units.size(); ++i) {
        const roster_unit& u = r.units[i];
        std::vector<std::string> names{u.name};
        names.insert(names.end(), u.aliases.begin(), u.aliases.end());
        for (const auto& n : names) {
            INFO(u.id << ": " << n);
            const auto l = index.exact(n);
            REQUIRE(l.unique());
            CHECK(index.unit(l.units.front()).id == u.id);
        }
    }
    auto ctx = context_for(r, "extract-unit");
    unit_match::unit_extractor ex;
    ex.prepare(ctx);
    auto header = [&](std::initializer_list<std::string> left) {
        submission s;
        std::vector<block> h;
        h.emplace_back(header_table(cell(left), cell({"ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Tĩnh, ngày 1 tháng 10 năm 2013"})));
        ex.extract(report(std::move(h)), file_item("in/report.docx"), s, ctx);
        return unit_id(s);
    };
    CHECK(header({"ĐẢNG BỘ TỈNH HÀ TĨNH", "HUYỆN ỦY CAN LỘC", "*", "Số 25-BC/HU"}) == "can-loc");
    CHECK(header({"ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*", "Số 12-BC/ĐUK"}) ==
          "dang-uy-khoi-cac-co-quan");
    CHECK(header({"ĐẢNG BỘ TỈNH HÀ TĨNH", "THÀNH UỶ HÀ TĨNH", "*"}) == "tp-ha-tinh");
    CHECK(header({"TỈNH ỦY HÀ TĨNH", "*", "Số 99-KH/TU"}) == "(none)");
    CHECK(header({"HỘI LHPN TỈNH HÀ TĨNH", "BAN THƯỜNG VỤ"}) == "hoi-lhpn");
    CHECK(header({"BCH ĐOÀN TỈNH HÀ TĨNH", "***"}) == "tinh-doan");
    CHECK(header({"TỈNH ĐOÀN HÀ TĨNH", "***"}) == "tinh-doan");
    CHECK(header({"HỘI CCB TỈNH HÀ TĨNH", "BAN THƯỜNG VỤ"}) == "hoi-ccb");
    CHECK(header({"ỦY BAN MTTQ VIỆT NAM", "TỈNH HÀ TĨNH", "BAN THƯỜNG TRỰC"}) == "mttq");
    CHECK(header({"ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY QUÂN SỰ TỈNH"}) == "dang-uy-quan-su");
    // A body's party group reports for the body.
    CHECK(header({"ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ĐOÀN HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH"}) == "hoi-lhpn");
    CHECK(header({"ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ĐOÀN MTTQ TỈNH"}) == "mttq");
    // A commune committee under a district is not the district.
    CHECK(header({"ĐẢNG BỘ HUYỆN NGHI XUÂN", "ĐẢNG ỦY THỊ TRẤN XUÂN AN"}) == "(none)");
}

TEST_CASE("halves laid out with runs of spaces instead of tabs", "[identity]") {
    unit_fixture f;
    CHECK(unit_id(f.run(report(plain_header({"HUYỆN ỦY CẨM XUYÊN          ĐẢNG CỘNG SẢN VIỆT NAM",
                                             "Số 33-BC/HU        Cẩm Xuyên, ngày 1 tháng 10 năm 2013"})))) ==
          "cam-xuyen");
}

TEST_CASE("a title inside the header table ends the header", "[identity]") {
    unit_fixture f;
    document d;
    table t = header_table(cell({"ĐẢNG CỘNG SẢN VIỆT NAM"}), cell({"Hà Tĩnh, ngày 1 tháng 10 năm 2013"}));
    table_row title;
    title.cells.push_back(cell({"BÁO CÁO", "kết quả công tác của Huyện ủy Thạch Hà"}));
    title.cells[0].grid_span = 2;
    t.rows.push_back(title);
    d.body.emplace_back(std::move(t));
    CHECK_FALSE(f.run(d).unit);
}

TEST_CASE("the page header is read when the body's header names no unit", "[identity]") {
    unit_fixture f;
    document d = report(plain_header({"ĐẢNG CỘNG SẢN VIỆT NAM"}));
    document_part page_header;
    page_header.kind = "header";
    page_header.id = "header1.xml";
    page_header.blocks.emplace_back(para("HUYỆN UỶ ĐỨC THỌ"));
    d.parts.push_back(page_header);
    CHECK(unit_id(f.run(d)) == "duc-tho");
    // The body's header outranks it.
    document both = district_table("", "HUYỆN ỦY CAN LỘC", "Số 1-BC/HU");
    both.parts.push_back(page_header);
    CHECK(unit_id(f.run(both)) == "can-loc");
}

TEST_CASE("a title shown in capitals by w:caps ends the header", "[identity]") {
    unit_fixture f;
    document d;
    d.body.emplace_back(para("ĐẢNG CỘNG SẢN VIỆT NAM"));
    paragraph title = para("báo cáo");
    title.runs[0].caps = true;
    d.body.emplace_back(title);
    d.body.emplace_back(para("tình hình công tác dân vận của Huyện ủy Thạch Hà"));
    CHECK_FALSE(f.run(d).unit);
}

TEST_CASE("a body named on one line before the unit it belongs to", "[identity]") {
    unit_fixture f;
    const submission s = f.run(report(plain_header({"ĐẢNG ỦY XÃ THIÊN LỘC HUYỆN CAN LỘC", "*", "Số 4-BC/ĐU"})));
    CHECK_FALSE(s.unit);
    CHECK(problem_message(s, error_code::unknown_unit).find("ĐẢNG ỦY XÃ THIÊN LỘC HUYỆN CAN LỘC") != std::string::npos);
    REQUIRE(s.extensions.count("issuer"));
    CHECK(s.extensions.at("issuer").convert<std::string>() == "Đảng ủy xã Thiên Lộc huyện Can Lộc");
    // A board of the unit is the unit.
    CHECK(unit_id(f.run(report(plain_header({"BAN DÂN VẬN HUYỆN ỦY CAN LỘC", "*", "Số 4-BC/BDVHU"})))) == "can-loc");
}
