// SPDX-License-Identifier: Apache-2.0
// Deadlines as plans of other provinces and subjects word them: whether the
// due day itself is on time, a month only, a quick and a full report for one
// level, and groups named by kind. Each plan is test data in its own words.
#include <baocao/engine/plan_reader.hpp>

#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using baocao::plan_deadline;
using baocao::plan_spec;
using baocao::engine::read_plan_lines;

namespace {

plan_spec read_plan(const std::string& name) {
    std::ifstream in(baocao::testing::data_dir() / "plan" / name, std::ios::binary);
    REQUIRE(in);
    std::vector<std::string> lines;
    std::string l;
    while (std::getline(in, l)) lines.push_back(l);
    return read_plan_lines(lines);
}

/// The one deadline of a level, report kind and group; fails the test when there is not exactly one.
const plan_deadline& deadline(const plan_spec& p, const std::string& level, const std::string& report = "",
                              const std::string& group = "*") {
    const plan_deadline* found = nullptr;
    int n = 0;
    for (const auto& d : p.deadlines)
        if (d.level == level && d.report == report && (group == "*" || d.group == group)) found = &d, ++n;
    INFO("level " << level << ", report '" << report << "', group '" << group << "'");
    REQUIRE(n == 1);
    return *found;
}

}  // namespace

TEST_CASE("the seed plan's \"xong trước\" is strict, with its words kept") {
    const auto p = read_plan("plan-99-KH-TU.txt");
    const auto& district = deadline(p, "district");
    CHECK(district.due == "2013-10-05");
    CHECK(district.rule == "before");
    CHECK(district.wording == "trước ngày 05/10/2013");
    const auto& grassroots = deadline(p, "grassroots");
    CHECK(grassroots.rule == "before");
    CHECK(grassroots.wording == "trước 10/9/2013");
}

TEST_CASE("Nghệ An: \"chậm nhất ngày\" and \"chậm nhất là ngày\" include the day; the departments are a group") {
    const auto p = read_plan("plan-27-KH-TU-nghe-an.txt");
    const auto& district = deadline(p, "district");
    CHECK(district.due == "2024-04-30");
    CHECK(district.rule == "by");
    CHECK(district.wording == "chậm nhất ngày 30/4/2024");
    const auto& departments = deadline(p, "organization");
    CHECK(departments.due == "2024-04-25");
    CHECK(departments.rule == "by");
    CHECK(departments.wording == "chậm nhất là ngày 25/4/2024");
    CHECK(departments.group == "Các sở, ban, ngành");
    // The conference "trong tháng 5/2024" is the issuer's own, neither a deadline nor a dated event.
    CHECK(p.deadlines.size() == 2);
    CHECK(p.events.empty());
}

TEST_CASE("Quảng Bình: a quick report and a full report for one level, and a month only for the departments") {
    const auto p = read_plan("plan-15-KH-UBND-quang-binh.txt");
    const auto& quick = deadline(p, "district", "quick");
    CHECK(quick.due == "2024-06-15");
    CHECK(quick.rule == "before");
    const auto& full = deadline(p, "district");
    CHECK(full.due == "2024-06-30");
    CHECK(full.rule == "by");
    CHECK(full.wording == "trước hoặc trong ngày 30/6/2024");
    // The full report decides the status.
    CHECK(p.due_for("district") == "2024-06-30");
    const auto& month = deadline(p, "organization");
    CHECK(month.month_only);
    CHECK(month.due == "2024-06-30");
    CHECK(month.rule == "by");
    CHECK(month.wording == "trong tháng 6/2024");
    CHECK(month.group == "Các sở, ban, ngành");
}

TEST_CASE("Thanh Hóa: a month for the grassroots, \"trước hoặc trong ngày\", \"hạn cuối ngày\" for the Front") {
    const auto p = read_plan("plan-08-KH-BDVTU-thanh-hoa.txt");
    const auto& grassroots = deadline(p, "grassroots");
    CHECK(grassroots.month_only);
    CHECK(grassroots.due == "2024-06-30");
    const auto& district = deadline(p, "district");
    CHECK(district.due == "2024-07-10");
    CHECK(district.rule == "by");
    const auto& front = deadline(p, "organization");
    CHECK(front.due == "2024-07-12");
    CHECK(front.rule == "by");
    CHECK(front.wording == "hạn cuối ngày 12/7/2024");
    CHECK(front.group == "Mặt trận Tổ quốc và các đoàn thể");
}

TEST_CASE("Lục Ngạn: \"hạn cuối ngày\" and \"đến hết ngày\" in one sentence, and the district's own conference") {
    const auto p = read_plan("plan-34-KH-HU-luc-ngan.txt");
    const auto& grassroots = deadline(p, "grassroots");
    CHECK(grassroots.due == "2023-03-20");
    CHECK(grassroots.rule == "by");
    const auto& front = deadline(p, "organization");
    CHECK(front.due == "2023-03-25");
    CHECK(front.rule == "by");
    CHECK(front.wording == "đến hết ngày 25/3/2023");
    CHECK(front.group == "Mặt trận Tổ quốc và các đoàn thể");
    CHECK(p.due_for("district").empty());
    REQUIRE(p.events.size() == 1);
    CHECK(p.events[0].date == "2023-04-05");
}

TEST_CASE("Đà Nẵng: \"trong ngày\" and \"không quá ngày\"; departments, the Front and the unions in one group") {
    const auto p = read_plan("plan-112-KH-TU-da-nang.txt");
    const auto& district = deadline(p, "district");
    CHECK(district.due == "2022-11-15");
    CHECK(district.rule == "by");
    CHECK(district.wording == "trong ngày 15/11/2022");
    const auto& group = deadline(p, "organization");
    CHECK(group.due == "2022-11-20");
    CHECK(group.rule == "by");
    CHECK(group.wording == "không quá ngày 20/11/2022");
    CHECK(group.group == "Các ban, sở, ngành, MTTQ và các đoàn thể");
}

TEST_CASE("Lào Cai: two groups of one level with their own dates and rules") {
    const auto p = read_plan("plan-41-KH-TU-lao-cai.txt");
    const auto& district = deadline(p, "district");
    CHECK(district.due == "2023-12-05");
    CHECK(district.rule == "before");
    const auto& departments = deadline(p, "organization", "", "Các sở, ban, ngành");
    CHECK(departments.due == "2023-12-01");
    CHECK(departments.rule == "before");
    const auto& front = deadline(p, "organization", "", "Mặt trận Tổ quốc và các đoàn thể");
    CHECK(front.due == "2023-12-08");
    CHECK(front.rule == "by");
}

TEST_CASE("the rule, the words, the report kind and the group survive the spec's JSON") {
    const auto p = read_plan("plan-15-KH-UBND-quang-binh.txt");
    const auto back = baocao::engine::plan_from_json(baocao::engine::plan_to_json(p));
    REQUIRE(back.deadlines.size() == p.deadlines.size());
    for (std::size_t i = 0; i < p.deadlines.size(); ++i) {
        CHECK(back.deadlines[i].rule == p.deadlines[i].rule);
        CHECK(back.deadlines[i].wording == p.deadlines[i].wording);
        CHECK(back.deadlines[i].report == p.deadlines[i].report);
        CHECK(back.deadlines[i].group == p.deadlines[i].group);
        CHECK(back.deadlines[i].month_only == p.deadlines[i].month_only);
    }
}

TEST_CASE("an edited spec with a rule that is neither before nor by is refused naming the field") {
    const std::string spec = R"({"items":[{"title":"Một nội dung"}],
        "deadlines":[{"level":"district","due":"2013-10-05","rule":"inclusive"}]})";
    CHECK_THROWS_WITH(baocao::engine::plan_from_json(spec), Catch::Contains("deadlines[0].rule"));
}
