// SPDX-License-Identifier: Apache-2.0
// Deadlines through `baocao run`: the plan's wording decides whether the due
// day is on time, the roster's dates override the plan's, the plan's groups
// date the organizations, and a unit whose deadline has not come is not
// missing. The run is dated by the clock unless --now or SOURCE_DATE_EPOCH say.
#include "compliance_inbox.hpp"

#include "test_paths.hpp"

#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace baocao::testing;

namespace {

const char* const strict_clause = "cấp huyện, thành, thị ủy, đảng ủy trực thuộc xong trước ngày 05/10/2013";

/// `baocao plan` on a plan: the spec it prints, as JSON.
Poco::JSON::Object::Ptr plan_spec_of(const std::filesystem::path& plan, const std::filesystem::path& out) {
    const auto r = run_process({(bin_dir() / "baocao").string(), "plan", plan.string(), "--out", out.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::ifstream in(out, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return Poco::JSON::Parser().parse(buf.str()).extract<Poco::JSON::Object::Ptr>();
}

Poco::JSON::Object::Ptr deadline_of(const Poco::JSON::Object::Ptr& spec, const std::string& level) {
    auto list = spec->getArray("deadlines");
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto d = list->getObject(static_cast<unsigned>(i));
        if (d->getValue<std::string>("level") == level) return d;
    }
    FAIL("no deadline for " << level);
    return nullptr;
}

}  // namespace

TEST_CASE("a report on the due day is late under \"trước ngày\" and on time under \"chậm nhất ngày\"") {
    compliance_inbox box("wording");
    box.mail("can-loc.eml", "can-loc", vn(2013, 10, 5, 9), {{"Báo cáo Can Lộc.docx", compliance_inbox::report("can-loc", 58, vn(2013, 10, 4))}});
    const auto roster = box.roster(false);

    const auto strict = box.run(box.plan(), roster, {"--now", "2013-10-15"});
    const auto late = unit_row(strict, "can-loc");
    CHECK(text_of(late, "status") == "late");
    CHECK(text_of(late, "days_late") == "1");
    CHECK(text_of(late, "deadline_rule") == "before");
    CHECK(text_of(late, "deadline_text") == "trước 05/10/2013");
    CHECK(text_of(late, "deadline_origin") == "plan");

    const auto inclusive_plan = box.plan(strict_clause, "cấp huyện, thành, thị ủy, đảng ủy trực thuộc gửi báo cáo chậm nhất ngày 05/10/2013");
    const auto inclusive = box.run(inclusive_plan, roster, {"--now", "2013-10-15"});
    const auto on_time = unit_row(inclusive, "can-loc");
    CHECK(text_of(on_time, "status") == "on_time");
    CHECK(text_of(on_time, "days_late") == "0");
    CHECK(text_of(on_time, "deadline_rule") == "by");
    CHECK(text_of(on_time, "deadline_text") == "chậm nhất ngày 05/10/2013");
    CHECK(text_of(submission_of(inclusive, "inbox/can-loc.eml#Báo cáo Can Lộc.docx"), "deadline_rule") == "by");

    // `baocao plan` shows the rule and the words it was read from.
    const auto spec = plan_spec_of(inclusive_plan, box.dir() / "spec.json");
    const auto district = deadline_of(spec, "district");
    CHECK(text_of(district, "rule") == "by");
    CHECK(text_of(district, "wording") == "chậm nhất ngày 05/10/2013");
    CHECK(text_of(deadline_of(plan_spec_of(box.plan(), box.dir() / "spec2.json"), "district"), "rule") == "before");
}

TEST_CASE("days late count from the deadline's own rule") {
    compliance_inbox box("days-late");
    box.mail("vu-quang.eml", "vu-quang", vn(2013, 10, 8), {{"BC Vũ Quang.docx", compliance_inbox::report("vu-quang", 31, vn(2013, 10, 7))}});
    const auto roster = box.roster(false);
    CHECK(text_of(unit_row(box.run(box.plan(), roster, {"--now", "2013-10-15"}), "vu-quang"), "days_late") == "4");
    const auto inclusive = box.plan(strict_clause, "cấp huyện, thành, thị ủy, đảng ủy trực thuộc hạn cuối ngày 05/10/2013");
    CHECK(text_of(unit_row(box.run(inclusive, roster, {"--now", "2013-10-15"}), "vu-quang"), "days_late") == "3");
}

TEST_CASE("the roster's deadlines, per unit and per level, override the plan's") {
    compliance_inbox box("roster-deadlines");
    box.mail("mttq.eml", "mttq", vn(2013, 10, 8, 14), {{"Báo cáo MTTQ.docx", compliance_inbox::report("mttq", 215, vn(2013, 10, 7))}});
    box.mail("hnd.eml", "hoi-nong-dan", vn(2013, 10, 9, 8), {{"Báo cáo HND.docx", compliance_inbox::report("hoi-nong-dan", 178, vn(2013, 10, 8))}});
    box.mail("tinh-doan.eml", "tinh-doan", vn(2013, 10, 3), {{"Báo cáo Tỉnh đoàn.docx", compliance_inbox::report("tinh-doan", 312, vn(2013, 9, 30))}});

    // The seed plan dates no organization; the demo roster gives the level 05/10.
    const auto by_level = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15"});
    for (const char* id : {"mttq", "hoi-nong-dan"}) {
        INFO(id);
        const auto row = unit_row(by_level, id);
        CHECK(text_of(row, "status") == "late");
        CHECK(text_of(row, "deadline") == "2013-10-05");
        CHECK(text_of(row, "deadline_origin") == "roster_level");
    }
    CHECK(text_of(unit_row(by_level, "hoi-nong-dan"), "days_late") == "5");
    CHECK(text_of(unit_row(by_level, "tinh-doan"), "status") == "on_time");

    // A unit's own deadline wins over its level's.
    const auto by_unit = box.run(box.plan(), box.roster(true, {{"mttq", R"({"due": "2013-10-08", "rule": "by"})"}}), {"--now", "2013-10-15"});
    const auto mttq = unit_row(by_unit, "mttq");
    CHECK(text_of(mttq, "status") == "on_time");
    CHECK(text_of(mttq, "deadline") == "2013-10-08");
    CHECK(text_of(mttq, "deadline_origin") == "roster_unit");
    CHECK(text_of(mttq, "deadline_text") == "chậm nhất ngày 08/10/2013");
    CHECK(text_of(unit_row(by_unit, "hoi-nong-dan"), "status") == "late");
}

TEST_CASE("the plan's words for groups date the organizations the roster leaves without a date") {
    compliance_inbox box("plan-groups");
    box.mail("hnd.eml", "hoi-nong-dan", vn(2013, 10, 9, 8), {{"Báo cáo HND.docx", compliance_inbox::report("hoi-nong-dan", 178, vn(2013, 10, 8))}});
    box.mail("ldld.eml", "ldld", vn(2013, 10, 2), {{"Báo cáo LĐLĐ.docx", compliance_inbox::report("ldld", 287, vn(2013, 10, 1))}});
    const auto plan = box.plan(strict_clause, std::string(strict_clause) +
                                                  "; các ban, sở, ngành, MTTQ và các đoàn thể của tỉnh gửi báo cáo trước ngày 05/10/2013");
    const auto result = box.run(plan, box.roster(false), {"--now", "2013-10-15"});
    const auto hnd = unit_row(result, "hoi-nong-dan");
    CHECK(text_of(hnd, "status") == "late");
    CHECK(text_of(hnd, "deadline") == "2013-10-05");
    CHECK(text_of(hnd, "deadline_origin") == "plan_group");
    CHECK(text_of(unit_row(result, "ldld"), "status") == "on_time");
    CHECK(text_of(unit_row(result, "mttq"), "status") == "missing");
}

TEST_CASE("before its deadline a unit that sent nothing is not yet due, after it is missing") {
    compliance_inbox box("not-yet-due");
    box.mail("can-loc.eml", "can-loc", vn(2013, 10, 1), {{"Báo cáo Can Lộc.docx", compliance_inbox::report("can-loc", 58, vn(2013, 9, 30))}});
    const auto plan = box.plan();
    const auto roster = box.roster(false);
    const auto early = box.run(plan, roster, {"--now", "2013-10-01T10:00:00+07:00"});
    CHECK(text_of(unit_row(early, "duc-tho"), "status") == "not_yet_due");
    CHECK(text_of(unit_row(early, "can-loc"), "status") == "on_time");
    // The due day of a strict deadline is already past its last day on time.
    CHECK(text_of(unit_row(box.run(plan, roster, {"--now", "2013-10-05"}), "duc-tho"), "status") == "missing");
    CHECK(text_of(unit_row(box.run(plan, roster, {"--now", "2013-10-04"}), "duc-tho"), "status") == "not_yet_due");

    ::setenv("SOURCE_DATE_EPOCH", "1380603600", 1);  // 2013-10-01 12:00 +07:00
    const auto by_epoch = box.run(plan, roster);
    ::unsetenv("SOURCE_DATE_EPOCH");
    CHECK(text_of(unit_row(by_epoch, "duc-tho"), "status") == "not_yet_due");
}

TEST_CASE("without --now the run is dated by the clock, not by the plan's last date") {
    compliance_inbox box("clock");
    box.mail("can-loc.eml", "can-loc", vn(2013, 10, 1), {{"Báo cáo Can Lộc.docx", compliance_inbox::report("can-loc", 58, vn(2013, 9, 30))}});
    // A plan whose dates are all far ahead: dated by its own last date, the
    // run would find its districts missing; dated today, they are not yet due.
    std::string far = "phấn đấu xong trước 10/9/2099; cấp huyện, thành, thị ủy, đảng ủy trực thuộc xong trước ngày 05/10/2099; "
                      "cấp tỉnh tổ chức Hội nghị sơ kết vào dịp kỷ niệm 83 năm ngày thành lập Dân vận của Đảng 15/10/2099";
    const auto plan = box.plan("phấn đấu xong trước 10/9/2013; cấp huyện, thành, thị ủy, đảng ủy trực thuộc xong trước ngày 05/10/2013; "
                               "cấp tỉnh tổ chức Hội nghị sơ kết vào dịp kỷ niệm 83 năm ngày thành lập Dân vận của Đảng 15/10/2013",
                               far);
    const char* saved = std::getenv("SOURCE_DATE_EPOCH");
    const std::string keep = saved ? saved : "";
    ::unsetenv("SOURCE_DATE_EPOCH");
    const auto result = box.run(plan, box.roster(false));
    if (saved) ::setenv("SOURCE_DATE_EPOCH", keep.c_str(), 1);
    CHECK(text_of(unit_row(result, "duc-tho"), "status") == "not_yet_due");
    CHECK(text_of(unit_row(result, "duc-tho"), "deadline") == "2099-10-05");
}
