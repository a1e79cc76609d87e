// SPDX-License-Identifier: Apache-2.0
// check-deadline: statuses on the Vietnamese calendar, versions, missing units.

#include "compliance_fixture.hpp"
#include "deadline_checker.hpp"

#include <baocao/engine/registry.hpp>
#include <baocao/sdk/plugin.hpp>

#include <catch2/catch.hpp>

BAOCAO_DECLARE_PLUGIN(check_deadline);

using namespace baocao;
using namespace baocao::testing;

namespace {

run_result checked(std::vector<submission> subs, Poco::JSON::Object::Ptr settings = nullptr) {
    run_result run;
    run.plan = small_plan();
    run.submissions = std::move(subs);
    const auto ctx = checker_context(settings);
    deadline::deadline_checker().check(run, ctx);
    return run;
}

Poco::JSON::Object::Ptr settings(std::initializer_list<std::pair<std::string, Poco::Dynamic::Var>> values) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    for (const auto& [k, v] : values) o->set(k, v);
    return o;
}

const unit_status& row(const run_result& run, const std::string& id) {
    for (const auto& u : run.units)
        if (u.id == id) return u;
    throw std::runtime_error("no row " + id);
}

}  // namespace

TEST_CASE("a message received at 00:30 on 5 October in Vietnam is a 5 October submission", "[compliance]") {
    // 2013-10-04T17:30:00Z is 2013-10-05T00:30:00+07:00.
    const auto make = [] { return std::vector<submission>{sub("in/a.eml#bc.docx", "can-loc", "district", "2013-10-04T17:30:00Z")}; };

    const run_result strict = checked(make());
    CHECK(strict.submissions[0].deadline == std::optional<std::string>("2013-10-05"));
    CHECK(strict.submissions[0].status == "late");
    CHECK(row(strict, "can-loc").submitted_on == std::optional<std::string>("2013-10-05"));
    CHECK(row(strict, "can-loc").days_late == std::optional<int>(1));

    const run_result inclusive = checked(make(), settings({{"inclusive", true}}));
    CHECK(inclusive.submissions[0].status == "on_time");
    CHECK(row(inclusive, "can-loc").days_late == std::optional<int>(0));

    // One hour earlier it is still 4 October in Vietnam: on time even strictly.
    const run_result earlier = checked({sub("in/b.eml#bc.docx", "can-loc", "district", "2013-10-04T16:30:00Z")});
    CHECK(earlier.submissions[0].status == "on_time");
}

TEST_CASE("grace days extend the deadline", "[compliance]") {
    const auto s = settings({{"grace_days", 2}});
    CHECK(checked({sub("x1", "can-loc", "district", "2013-10-06T10:00:00+07:00")}, s).submissions[0].status == "on_time");
    const run_result late = checked({sub("x2", "can-loc", "district", "2013-10-07T10:00:00+07:00")}, s);
    CHECK(late.submissions[0].status == "late");
    CHECK(row(late, "can-loc").days_late == std::optional<int>(1));
    // Inclusive and grace together: the 5th plus two days.
    CHECK(checked({sub("x3", "can-loc", "district", "2013-10-07T10:00:00+07:00")},
                  settings({{"grace_days", 2}, {"inclusive", true}}))
              .submissions[0].status == "on_time");
}

TEST_CASE("the document date stands in for a missing arrival time", "[compliance]") {
    const run_result run = checked({sub("d1.docx", "can-loc", "district", std::nullopt, "2013-10-03"),
                                    sub("d2.docx", "duc-tho", "district", std::nullopt, "2013-10-09"),
                                    sub("d3.docx", "hong-linh", "district")});
    CHECK(run.submissions[0].status == "on_time");
    CHECK(run.submissions[1].status == "late");
    CHECK(row(run, "duc-tho").days_late == std::optional<int>(5));
    CHECK(run.submissions[2].status == "undetermined");
    CHECK(run.submissions[2].deadline == std::optional<std::string>("2013-10-05"));
    CHECK(row(run, "hong-linh").status == "undetermined");
    CHECK_FALSE(row(run, "hong-linh").days_late);
    CHECK(row(run, "hong-linh").submission == std::optional<std::string>("d3.docx"));
}

TEST_CASE("an unknown unit is undetermined with no deadline", "[compliance]") {
    const run_result run = checked({sub("u.docx", "", "", "2013-10-01T08:00:00+07:00")});
    CHECK_FALSE(run.submissions[0].deadline);
    CHECK(run.submissions[0].status == "undetermined");
}

TEST_CASE("each level has its own deadline, a level without one is undetermined", "[compliance]") {
    const run_result run = checked({sub("g.docx", "thien-loc", "grassroots", "2013-09-09T08:00:00+07:00"),
                                    sub("o.docx", "mttq", "organization", "2013-10-01T08:00:00+07:00")});
    CHECK(run.submissions[0].deadline == std::optional<std::string>("2013-09-10"));
    CHECK(run.submissions[0].status == "on_time");
    CHECK_FALSE(run.submissions[1].deadline);
    CHECK(run.submissions[1].status == "undetermined");
    CHECK(row(run, "mttq").status == "undetermined");

    // The settings may give the level the plan leaves open.
    Poco::JSON::Object::Ptr extra = new Poco::JSON::Object;
    extra->set("organization", "2013-10-05");
    const run_result set = checked({sub("o2.docx", "mttq", "organization", "2013-10-01T08:00:00+07:00")},
                                   settings({{"deadlines", extra}}));
    CHECK(set.submissions[0].deadline == std::optional<std::string>("2013-10-05"));
    CHECK(set.submissions[0].status == "on_time");
}

TEST_CASE("every roster unit has a row in roster order, silent units are missing", "[compliance]") {
    const run_result run = checked({sub("c.docx", "duc-tho", "district", "2013-10-02T09:00:00+07:00")});
    REQUIRE(run.units.size() == 5);
    CHECK(run.units[0].id == "can-loc");
    CHECK(run.units[1].id == "duc-tho");
    CHECK(run.units[2].id == "hong-linh");
    CHECK(run.units[3].id == "mttq");
    CHECK(run.units[4].id == "thien-loc");
    CHECK(run.units[0].status == "missing");
    CHECK_FALSE(run.units[0].submission);
    CHECK(run.units[0].deadline == std::optional<std::string>("2013-10-05"));
    CHECK_FALSE(run.units[0].submitted_on);
    CHECK(run.units[1].status == "on_time");
    CHECK(run.units[1].name == "Huyện ủy Đức Thọ");
    CHECK(run.units[1].level == "district");
    CHECK(run.units[1].submitted_on == std::optional<std::string>("2013-10-02"));
    CHECK(run.units[4].deadline == std::optional<std::string>("2013-09-10"));
}

TEST_CASE("a later version supersedes the earlier, the earliest day counts for status", "[compliance]") {
    // Input order is the reverse of arrival order.
    const run_result run = checked({sub("in/v2.eml#bc.docx", "can-loc", "district", "2013-10-07T09:00:00+07:00"),
                                    sub("in/v1.eml#bc.docx", "can-loc", "district", "2013-10-03T09:00:00+07:00")});
    const submission& v2 = run.submissions[0];
    const submission& v1 = run.submissions[1];
    CHECK(v1.superseded_by == std::optional<std::string>("in/v2.eml#bc.docx"));
    CHECK_FALSE(v2.superseded_by);
    const unit_status& u = row(run, "can-loc");
    CHECK(u.submission == std::optional<std::string>("in/v2.eml#bc.docx"));
    CHECK(u.status == "on_time");
    CHECK(u.submitted_on == std::optional<std::string>("2013-10-03"));
    CHECK(u.days_late == std::optional<int>(0));
    // The version that counts carries the unit's status; the old one its own.
    CHECK(v2.status == "on_time");
    CHECK(v1.status == "on_time");
}

TEST_CASE("three versions all point at the newest", "[compliance]") {
    const run_result run = checked({sub("a", "can-loc", "district", "2013-10-01T09:00:00+07:00"),
                                    sub("b", "can-loc", "district", "2013-10-02T09:00:00+07:00"),
                                    sub("c", "can-loc", "district", "2013-10-08T09:00:00+07:00")});
    CHECK(run.submissions[0].superseded_by == std::optional<std::string>("c"));
    CHECK(run.submissions[1].superseded_by == std::optional<std::string>("c"));
    CHECK_FALSE(run.submissions[2].superseded_by);
    CHECK(row(run, "can-loc").submitted_on == std::optional<std::string>("2013-10-01"));
}

TEST_CASE("files of one message are companions, not versions", "[compliance]") {
    submission report = sub("in/m.eml#Báo cáo.docx", "can-loc", "district", "2013-10-02T09:00:00+07:00");
    submission appendix = sub("in/m.eml#Phụ lục.docx", "can-loc", "district", "2013-10-02T09:00:00+07:00");
    report.message_key = appendix.message_key = "<m@hatinh.gov.vn>";
    report.sections.resize(4);
    appendix.sections.resize(1);
    // The appendix comes first in input order; the report is still the main file.
    const run_result run = checked({appendix, report});
    CHECK_FALSE(run.submissions[0].superseded_by);
    CHECK_FALSE(run.submissions[1].superseded_by);
    CHECK(row(run, "can-loc").submission == std::optional<std::string>("in/m.eml#Báo cáo.docx"));

    // A later message supersedes both companions.
    submission again = sub("in/n.eml#Báo cáo sửa.docx", "can-loc", "district", "2013-10-06T09:00:00+07:00");
    again.message_key = "<n@hatinh.gov.vn>";
    const run_result later = checked({appendix, report, again});
    CHECK(later.submissions[0].superseded_by == std::optional<std::string>("in/n.eml#Báo cáo sửa.docx"));
    CHECK(later.submissions[1].superseded_by == std::optional<std::string>("in/n.eml#Báo cáo sửa.docx"));
    CHECK(row(later, "can-loc").status == "on_time");
    CHECK(later.submissions[2].status == "on_time");
}

TEST_CASE("the same bytes twice is one submission, the copy is marked duplicate", "[compliance]") {
    submission first = sub("in/a.eml#bc.docx", "can-loc", "district", "2013-10-02T09:00:00+07:00");
    submission copy = sub("in/b.eml#bc.docx", "can-loc", "district", "2013-10-08T09:00:00+07:00");
    copy.sha256 = first.sha256;
    const run_result run = checked({first, copy});
    CHECK_FALSE(run.submissions[0].superseded_by);
    CHECK(run.submissions[1].superseded_by == std::optional<std::string>("in/a.eml#bc.docx"));
    REQUIRE(run.submissions[1].problems.size() == 1);
    CHECK(run.submissions[1].problems[0].code == error_code::duplicate);
    CHECK(run.submissions[1].status == "late");
    const unit_status& u = row(run, "can-loc");
    CHECK(u.submission == std::optional<std::string>("in/a.eml#bc.docx"));
    CHECK(u.status == "on_time");
}

TEST_CASE("without arrival times on every version, document dates order them", "[compliance]") {
    // A file given on the command line (no arrival time) and an earlier emailed version.
    const run_result run = checked({sub("disk/bc-final.docx", "can-loc", "district", std::nullopt, "2013-10-06"),
                                    sub("in/a.eml#bc.docx", "can-loc", "district", "2013-10-02T09:00:00+07:00", "2013-10-01")});
    CHECK(run.submissions[1].superseded_by == std::optional<std::string>("disk/bc-final.docx"));
    CHECK_FALSE(run.submissions[0].superseded_by);
    CHECK(row(run, "can-loc").submitted_on == std::optional<std::string>("2013-10-02"));
    CHECK(row(run, "can-loc").status == "on_time");
}

TEST_CASE("without any dates, input order decides", "[compliance]") {
    const run_result run = checked({sub("first.docx", "duc-tho", "district"), sub("second.docx", "duc-tho", "district")});
    CHECK(run.submissions[0].superseded_by == std::optional<std::string>("second.docx"));
    CHECK(row(run, "duc-tho").submission == std::optional<std::string>("second.docx"));
    CHECK(row(run, "duc-tho").status == "undetermined");
}

TEST_CASE("malformed settings are ignored", "[compliance]") {
    const run_result run = checked({sub("m", "can-loc", "district", "2013-10-05T09:00:00+07:00")},
                                   settings({{"grace_days", -3}, {"inclusive", "maybe"}}));
    CHECK(run.submissions[0].status == "late");
}

TEST_CASE("the plugin registers the checker under its name", "[compliance]") {
    const baocao_plugin_info* info = baocao_plugin_info_check_deadline();
    CHECK(std::string(info->name) == "check-deadline");
    engine::stage_registry reg;
    reg.add_plugin(*info, "(built in)");
    REQUIRE(reg.checkers().size() == 1);
    CHECK(reg.checkers()[0].stage->name() == "check-deadline");
}

TEST_CASE("reports of no roster unit naming one issuing body are versions of one report", "[compliance]") {
    auto from_issuer = [](const std::string& source, const std::string& issuer, const std::string& received) {
        submission s = sub(source, "", "", received);
        if (!issuer.empty()) s.extensions["issuer"] = issuer;
        return s;
    };
    const run_result run = checked({from_issuer("in/yt-2.eml#bc.docx", "Huyện ủy Yên Thành", "2013-10-07T09:00:00+07:00"),
                                    from_issuer("in/yt-1.eml#bc.docx", "Huyện ủy Yên Thành", "2013-10-03T09:00:00+07:00"),
                                    from_issuer("in/tg.eml#bc.docx", "Huyện ủy Tĩnh Gia", "2013-10-02T09:00:00+07:00"),
                                    from_issuer("in/x.eml#bc.docx", "", "2013-10-01T09:00:00+07:00")});
    CHECK_FALSE(run.submissions[0].superseded_by);
    CHECK(run.submissions[1].superseded_by == std::optional<std::string>("in/yt-2.eml#bc.docx"));
    CHECK_FALSE(run.submissions[2].superseded_by);   // another body
    CHECK_FALSE(run.submissions[3].superseded_by);   // no body named
    // Still no roster unit's row.
    for (const auto& u : run.units) CHECK(u.submission != std::optional<std::string>("in/yt-2.eml#bc.docx"));
}

TEST_CASE("bodies outside the roster whose names differ only by a tone mark are two bodies", "[compliance]") {
    auto from_issuer = [](const std::string& source, const std::string& issuer, const std::string& received) {
        submission s = sub(source, "", "", received);
        s.extensions["issuer"] = issuer;
        return s;
    };
    const run_result run = checked({from_issuer("in/hoa.eml#bc.docx", "Huyện ủy An Hòa", "2013-10-03T09:00:00+07:00"),
                                    from_issuer("in/hoa2.eml#bc.docx", "Huyện ủy An Hóa", "2013-10-07T09:00:00+07:00")});
    CHECK_FALSE(run.submissions[0].superseded_by);
    CHECK_FALSE(run.submissions[1].superseded_by);
}

TEST_CASE("a unit that sent only unreadable files is told what to send again, by what each was", "[compliance]") {
    auto with_rejections = [](std::vector<rejection> rejected) {
        run_result run;
        run.plan = small_plan();
        run.rejected = std::move(rejected);
        deadline::deadline_checker().check(run, checker_context());
        return run;
    };
    auto refused = [](const std::string& source, const std::string& code, const std::string& message) {
        rejection r;
        r.source = source;
        r.code = code;
        r.message = message;
        r.unit = unit_ref{"can-loc", "Huyện ủy Can Lộc", "district"};
        return r;
    };
    // A spreadsheet sent instead of the report is the wrong kind of file, not a damaged one.
    const run_result sheet = with_rejections(
        {refused("in/a.eml#bang tong hop.ods", "not_docx", "the package is an OpenDocument spreadsheet (.ods), not a text document")});
    CHECK(row(sheet, "can-loc").status == "unreadable");
    CHECK(row(sheet, "can-loc").note == "tệp không đúng định dạng, đề nghị gửi lại bản .docx");
    const run_result damaged = with_rejections({refused("in/a.eml#bao cao.docx", "not_docx", "the package has no Word main document part"),
                                                refused("in/b.eml#bao cao.odt", "not_docx", "the OpenDocument package has no content.xml")});
    CHECK(row(damaged, "can-loc").note == "tệp bị lỗi, đề nghị gửi lại");
    // Word 97-2003 files are read: a .doc refused is an older Word file or a web page under that name.
    const run_result old_word = with_rejections(
        {refused("in/a.eml#bao cao.doc", "unsupported_format", "a Word 6.0/95 document; only Word 97-2003 and later .doc files are read")});
    CHECK(row(old_word, "can-loc").note == "tệp .doc không đọc được, đề nghị gửi lại bản .docx");
}

TEST_CASE("a damaged file beside a readable report in one message belongs to the report's unit, which is asked for it again",
          "[compliance]") {
    submission report = sub("in/m.eml#Báo cáo.docx", "can-loc", "district", "2013-10-02T09:00:00+07:00");
    report.message_key = "<m@canloc.vn>";
    report.sender = "vanphong@canloc.vn";   // an address the roster does not list
    report.sections.resize(4);
    auto refused = [](const std::string& source, const std::string& message_key, const std::string& sender) {
        rejection r;
        r.source = source;
        r.code = "corrupt_zip";
        r.message = "not a readable zip archive";
        r.message_key = message_key;
        r.sender = sender;
        return r;
    };
    run_result run;
    run.plan = small_plan();
    run.submissions = {report};
    run.rejected = {refused("in/m.eml#Phụ lục.docx", "<m@canloc.vn>", "vanphong@canloc.vn"),
                    refused("in/x.eml#bao cao.docx", "<x@mail.vn>", "someone@mail.vn")};
    deadline::deadline_checker().check(run, checker_context());

    REQUIRE(run.rejected[0].unit);
    CHECK(run.rejected[0].unit->id == "can-loc");
    CHECK(run.rejected[0].unit->name == "Huyện ủy Can Lộc");
    CHECK_FALSE(run.rejected[1].unit);   // a message with nothing readable and an unknown sender stays unattributed
    const unit_status& can_loc = row(run, "can-loc");
    CHECK(can_loc.status == "on_time");
    CHECK(can_loc.rejected == std::vector<std::string>{"in/m.eml#Phụ lục.docx"});
    CHECK(can_loc.note == "tệp gửi kèm bị lỗi, đề nghị gửi lại");

    // The signed scan sent as a PDF beside the report is the unit's, and asks for nothing.
    run_result scan;
    scan.plan = small_plan();
    scan.submissions = {report};
    rejection pdf = refused("in/m.eml#Báo cáo (bản ký).pdf", "<m@canloc.vn>", "vanphong@canloc.vn");
    pdf.code = "unsupported_format";
    scan.rejected = {pdf};
    deadline::deadline_checker().check(scan, checker_context());
    REQUIRE(scan.rejected[0].unit);
    CHECK(scan.rejected[0].unit->id == "can-loc");
    CHECK(row(scan, "can-loc").note.empty());

    // Readable files of one message from two units name no unit for the damaged one.
    submission other = sub("in/m.eml#Báo cáo Đức Thọ.docx", "duc-tho", "district", "2013-10-02T09:00:00+07:00");
    other.message_key = "<m@canloc.vn>";
    run_result two;
    two.plan = small_plan();
    two.submissions = {report, other};
    two.rejected = {refused("in/m.eml#Phụ lục.docx", "<m@canloc.vn>", "vanphong@canloc.vn")};
    deadline::deadline_checker().check(two, checker_context());
    CHECK_FALSE(two.rejected[0].unit);
    CHECK(row(two, "can-loc").note.empty());
}

TEST_CASE("a damaged file of an earlier sending is not asked for again once a readable report came", "[compliance]") {
    submission report = sub("in/n.eml#Báo cáo.docx", "can-loc", "district", "2013-10-03T09:00:00+07:00");
    report.message_key = "<n@canloc.vn>";
    report.sections.resize(4);
    rejection first;
    first.source = "in/m.eml#Báo cáo.docx";
    first.code = "corrupt_zip";
    first.message = "not a readable zip archive";
    first.message_key = "<m@canloc.vn>";
    first.unit = unit_ref{"can-loc", "Huyện ủy Can Lộc", "district"};
    run_result run;
    run.plan = small_plan();
    run.submissions = {report};
    run.rejected = {first};
    deadline::deadline_checker().check(run, checker_context());
    CHECK(row(run, "can-loc").status == "on_time");
    CHECK(row(run, "can-loc").rejected == std::vector<std::string>{"in/m.eml#Báo cáo.docx"});
    CHECK(row(run, "can-loc").note.empty());
}
