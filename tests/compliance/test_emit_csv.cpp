// SPDX-License-Identifier: Apache-2.0
// emit-csv: RFC 4180 fields, row order by level and Vietnamese collation, the bytes of the file.

#include "compliance_csv.hpp"
#include "compliance_fixture.hpp"
#include "csv.hpp"
#include "deadline_checker.hpp"

#include <baocao/engine/roster_loader.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace baocao;
using namespace baocao::testing;

namespace {

unit_status unit_row(const std::string& id, const std::string& name, const std::string& level, const std::string& status) {
    unit_status u;
    u.id = id;
    u.name = name;
    u.level = level;
    u.status = status;
    return u;
}

std::vector<std::string> lines_of(const std::string& body) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < body.size()) {
        const std::size_t end = body.find("\r\n", start);
        out.push_back(body.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + 2;
    }
    return out;
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("csv fields are quoted per RFC 4180", "[compliance]") {
    CHECK(csv::field("Huyện ủy Can Lộc") == "Huyện ủy Can Lộc");
    CHECK(csv::field("a,b") == "\"a,b\"");
    CHECK(csv::field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv::field("two\nlines") == "\"two\nlines\"");
    CHECK(csv::field("cr\r") == "\"cr\r\"");
    CHECK(csv::field(" padded") == "\" padded\"");
    CHECK(csv::field("") == "");
    CHECK(csv::record({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("csv fields a spreadsheet would run as formulas are defused", "[compliance]") {
    CHECK(csv::field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv::field("+1") == "'+1");
    CHECK(csv::field("@sum") == "'@sum");
    CHECK(csv::field("-2") == "'-2");
    CHECK(csv::field("inbox/a.eml#=x.docx") == "inbox/a.eml#=x.docx");
}

TEST_CASE("rows sort by level, then by name in Vietnamese collation", "[compliance]") {
    run_result run;
    run.units.push_back(unit_row("mttq", "Ủy ban MTTQ tỉnh", "organization", "missing"));
    run.units.push_back(unit_row("hong-linh", "Hồng Lĩnh", "district", "missing"));
    run.units.push_back(unit_row("duc-tho", "Đức Thọ", "district", "missing"));
    run.units.push_back(unit_row("xa", "Đảng ủy xã Thiên Lộc", "grassroots", "missing"));
    run.units.push_back(unit_row("duy-tien", "Duy Tiên", "district", "missing"));
    run.units.push_back(unit_row("can-loc", "Can Lộc", "district", "missing"));
    run.units.push_back(unit_row("an-thi", "Ân Thi", "district", "missing"));
    run.units.push_back(unit_row("an-lao", "An Lão", "district", "missing"));
    run.units.push_back(unit_row("hoi-nd", "Hội Nông dân tỉnh", "organization", "missing"));

    const auto collator = compliance::vietnamese_collator();
    const std::vector<std::string> lines = lines_of(compliance::render(run, *collator).substr(3));
    REQUIRE(lines.size() == 10);
    std::vector<std::string> ids;
    for (std::size_t i = 1; i < lines.size(); ++i) ids.push_back(lines[i].substr(0, lines[i].find(',')));
    // Byte order would put "Đức" after "Hồng" and "Ân" after every plain letter.
    CHECK(ids == std::vector<std::string>{"an-lao", "an-thi", "can-loc", "duy-tien", "duc-tho", "hong-linh",
                                          "hoi-nd", "mttq", "xa"});
}

TEST_CASE("compliance.csv bytes: BOM, header, quoting, CRLF", "[compliance]") {
    run_result run;
    unit_status done = unit_row("can-loc", "Huyện ủy Can Lộc", "district", "late");
    done.deadline = "2013-10-05";
    done.submitted_on = "2013-10-05";
    done.days_late = 1;
    done.submission = "inbox/can-loc.eml#Báo cáo, bản 2.docx";
    unit_status silent = unit_row("duc-tho", "Huyện ủy Đức Thọ", "district", "missing");
    silent.deadline = "2013-10-05";
    run.units = {silent, done};

    const auto dir = temp_dir("emit-csv");
    compliance::csv_emitter emitter;
    const auto ctx = checker_context();
    emitter.prepare(ctx);
    emitter.emit(run, ctx, dir);
    const std::string bytes = read_file(dir / "compliance.csv");
    CHECK(bytes ==
          "\xEF\xBB\xBF"
          "unit_id,unit,level,deadline,submitted_on,days_late,status,source,deadline_rule,deadline_text,status_text,note,"
          "items_not_covered\r\n"
          "can-loc,Huyện ủy Can Lộc,district,2013-10-05,2013-10-05,1,late,\"inbox/can-loc.eml#Báo cáo, bản 2.docx\",,,Chậm 1 "
          "ngày,,\r\n"
          "duc-tho,Huyện ủy Đức Thọ,district,2013-10-05,,,missing,,,,Chưa nộp,,\r\n");
    // Nothing but the file is left in the folder (no temporary file).
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
    CHECK(entries == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("the checker's table written for the real roster", "[compliance][shared]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const roster r = engine::load_roster(shared / "reference" / "roster-ha-tinh-2013.json");
    run_result run;
    run.plan = small_plan();
    submission s = sub("inbox/duc-tho.eml#bc.docx", "duc-tho", "district", "2013-10-04T17:30:00Z");
    run.submissions.push_back(s);
    const auto ctx = checker_context(nullptr, r);
    deadline::deadline_checker().check(run, ctx);
    REQUIRE(run.units.size() == r.units.size());

    const auto collator = compliance::vietnamese_collator();
    const std::vector<std::string> lines = lines_of(compliance::render(run, *collator).substr(3));
    REQUIRE(lines.size() == r.units.size() + 1);
    // Districts first: the "Đảng ủy ..." committees, then "Huyện ủy Can Lộc", "Huyện ủy Cẩm Xuyên", "Huyện ủy Đức Thọ".
    CHECK(lines[1].rfind("dang-uy-", 0) == 0);
    std::vector<std::string> order;
    for (const auto& l : lines) order.push_back(l.substr(0, l.find(',')));
    const auto pos = [&](const std::string& id) { return std::find(order.begin(), order.end(), id) - order.begin(); };
    CHECK(pos("can-loc") + 1 == pos("cam-xuyen"));
    CHECK(pos("cam-xuyen") + 1 == pos("duc-tho"));
    CHECK(pos("tp-ha-tinh") + 1 == pos("hong-linh"));
    CHECK(pos("hong-linh") < pos("mttq"));
    CHECK(lines[static_cast<std::size_t>(pos("duc-tho"))] ==
          "duc-tho,Huyện ủy Đức Thọ,district,2013-10-05,2013-10-05,1,late,inbox/duc-tho.eml#bc.docx,before,trước "
          "05/10/2013,Chậm 1 ngày,,");
}
