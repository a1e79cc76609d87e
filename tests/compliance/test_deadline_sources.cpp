// SPDX-License-Identifier: Apache-2.0
// check-deadline's rules on their own: which deadline holds for a unit and
// with which rule, which group takes a unit in, and which reports are versions.

#include "compliance_fixture.hpp"
#include "deadline_rules.hpp"
#include "same_report.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

roster_unit unit(const std::string& id, const std::string& name, const std::string& level) {
    roster_unit u;
    u.id = id;
    u.name = name;
    u.level = level;
    return u;
}

plan_deadline dated(const std::string& level, const std::string& due, const std::string& rule, const std::string& group = "") {
    plan_deadline d;
    d.level = level;
    d.due = due;
    d.rule = rule;
    d.group = group;
    return d;
}

submission report(const std::string& title, const std::vector<std::string>& items, const std::string& text) {
    submission s;
    s.title = title;
    for (const auto& i : items) s.sections.push_back({i, "", text, 0.9});
    return s;
}

}  // namespace

TEST_CASE("a roster date without a rule keeps the plan's rule for the same day, else it is strict", "[compliance]") {
    plan_spec plan;
    plan.deadlines = {dated("district", "2013-10-05", "by")};
    roster r;
    r.deadlines = {dated("district", "2013-10-05", ""), dated("organization", "2013-10-08", "")};
    const deadline::policy p;
    const auto district = deadline::deadline_for(plan, r, p, nullptr, "district");
    REQUIRE(district);
    CHECK(district->rule == "by");
    CHECK(district->origin == "roster_level");
    const auto organization = deadline::deadline_for(plan, r, p, nullptr, "organization");
    REQUIRE(organization);
    CHECK(organization->rule == "before");
    CHECK(deadline::deadline_text(*organization, p) == "trước 08/10/2013");
    deadline::policy inclusive;
    inclusive.inclusive = true;
    CHECK(deadline::deadline_text(*organization, inclusive) == "chậm nhất ngày 08/10/2013");
}

TEST_CASE("of a level's group deadlines a unit gets its group's", "[compliance]") {
    plan_spec plan;
    plan.deadlines = {dated("organization", "2023-12-01", "before", "Các sở, ban, ngành"),
                      dated("organization", "2023-12-08", "by", "Mặt trận Tổ quốc và các đoàn thể")};
    const roster none;
    const deadline::policy p;
    const roster_unit front = unit("mttq", "Ủy ban MTTQ Việt Nam tỉnh", "organization");
    const roster_unit farmers = unit("hnd", "Hội Nông dân tỉnh", "organization");
    const roster_unit department = unit("so-noi-vu", "Sở Nội vụ", "organization");
    CHECK(deadline::deadline_for(plan, none, p, &front, "organization")->due == dates::civil_date{2023, 12, 8});
    CHECK(deadline::deadline_for(plan, none, p, &farmers, "organization")->due == dates::civil_date{2023, 12, 8});
    CHECK(deadline::deadline_for(plan, none, p, &department, "organization")->due == dates::civil_date{2023, 12, 1});
    CHECK(deadline::deadline_for(plan, none, p, &department, "organization")->origin == "plan_group");
    CHECK_FALSE(deadline::group_includes("Các sở, ban, ngành", farmers));
}

TEST_CASE("a replacement is the same report; a thematic report beside the review is not", "[compliance]") {
    const std::string body = "Đảng ủy đã quán triệt Chỉ thị, xây dựng nhiều mô hình dân vận khéo trên các lĩnh vực";
    const auto review = report("BÁO CÁO\nSơ kết 5 năm thực hiện Chỉ thị 32-CT/TU về xây dựng mô hình “Dân vận khéo”", {"1", "2", "3", "4"}, body);
    const auto corrected = report("BÁO CÁO\nKết quả 5 năm thực hiện phong trào thi đua “Dân vận khéo” theo Chỉ thị 32-CT/TU", {"1", "2", "4"},
                                  "Nội dung khác hẳn nhưng trả lời đủ các mục của kế hoạch");
    const auto thematic = report("BÁO CÁO CHUYÊN ĐỀ\nMô hình “Dân vận khéo” hiến đất mở rộng đường giao thông nông thôn", {"2"},
                                 "Năm 2011 tuyến đường liên thôn xuống cấp, chi bộ thôn vận động hộ dân hiến đất");
    CHECK(deadline::same_report(review, corrected, 4));
    CHECK_FALSE(deadline::same_report(review, thematic, 4));
    CHECK(deadline::same_report(submission{}, submission{}, 4));  // nothing tells them apart
}
