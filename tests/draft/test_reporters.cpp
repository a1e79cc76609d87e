// SPDX-License-Identifier: Apache-2.0
// Who counts in the draft. A report of no roster unit whose header names the
// body that issued it is that body's: two reports of one body are one unit,
// named as its header names it and marked as outside the roster, and its
// sentences are made general by replacing that name like a roster unit's.
#include "draft_fixture.hpp"
#include "reporters.hpp"
#include "masthead.hpp"
#include "wording.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace baocao;
using namespace baocao::synthesis;

namespace {

submission from_outside(const std::string& file, const std::string& issuer, const std::string& text) {
    auto s = draft_test::sub("inbox/" + file, std::nullopt, {draft_test::sec("1", text)});
    s.attachment_name = file;
    if (!issuer.empty()) s.extensions["issuer"] = issuer;
    return s;
}

}  // namespace

TEST_CASE("reports of no roster unit that name one issuer are one reporter, named after it", "[draft][reporters]") {
    run_result run;
    run.plan = draft_test::make_plan();
    run.submissions.push_back(from_outside("yen-thanh-1.docx", "Huyện ủy Yên Thành", "Báo cáo lần đầu."));
    run.submissions.push_back(from_outside("khong-ro.docx", "", "Một báo cáo không rõ nơi gửi."));
    run.submissions.push_back(from_outside("yen-thanh-2.docx", "Huyện ủy Yên Thành", "Báo cáo bổ sung."));
    const auto reps = reporters(run);
    REQUIRE(reps.size() == 2);
    CHECK(reps[0].name == "Huyện ủy Yên Thành (ngoài danh sách)");
    CHECK(reps[0].unit_id.empty());
    CHECK(reps[0].submissions.size() == 2);
    CHECK(reps[1].name == "Đơn vị chưa xác định (khong-ro.docx)");
    // A name that differs by a tone mark is another body ("An Hòa", "An Hóa").
    auto other = run;
    other.submissions.push_back(from_outside("an-hoa.docx", "Huyện ủy An Hòa", "Báo cáo."));
    other.submissions.push_back(from_outside("an-hoa-2.docx", "Huyện ủy An Hóa", "Báo cáo."));
    CHECK(reporters(other).size() == 4);
    const auto forms = name_forms(run, roster{});
    CHECK(std::find(forms.begin(), forms.end(), "Huyện ủy Yên Thành") != forms.end());
}

TEST_CASE("a finding of units outside the roster is stated in general words and counts each body once", "[draft][reporters]") {
    run_result run;
    run.plan = draft_test::make_plan();
    const char* const bodies[] = {"Gio Linh", "Yên Thành", "Thanh Chương"};
    for (std::size_t u = 0; u < 3; ++u) {
        const std::string issuer = "Huyện ủy " + std::string(bodies[u]);
        const std::string text = "Ban Thường vụ " + issuer +
                                 " đã ban hành Nghị quyết chuyên đề về tăng cường công tác dân vận trong tình hình mới.\n";
        // Each body sent its report twice.
        run.submissions.push_back(from_outside("bc-" + std::to_string(u) + "-a.docx", issuer, text));
        run.submissions.push_back(from_outside("bc-" + std::to_string(u) + "-b.docx", issuer, text));
    }
    const auto d = draft_test::composed(run).draft;
    std::vector<std::string> stated;
    for (const auto& p : d.parts)
        if (p.zone == draft::zone::body)
            for (const auto& b : p.blocks)
                if (b.text.find("Nghị quyết chuyên đề") != std::string::npos) stated.push_back(b.text);
    REQUIRE(stated.size() == 1);
    INFO(stated[0]);
    // Each body's own name made general, and three units, not six.
    CHECK(stated[0].find("Huyện ủy Gio Linh đã") == std::string::npos);
    // Named once each, the remark once for them all, and no bracket inside the attribution's bracket.
    CHECK(stated[0].find("(Huyện ủy Gio Linh, Huyện ủy Yên Thành, Huyện ủy Thanh Chương – ngoài danh sách).") !=
          std::string::npos);
}

TEST_CASE("an attribution names roster units first and gathers the others under one remark", "[draft][reporters]") {
    const reporter can_loc{"can-loc", "Huyện ủy Can Lộc", "Can Lộc", {}};
    const reporter hnd{"hnd", "Hội Nông dân tỉnh Hà Tĩnh", "Hội Nông dân tỉnh Hà Tĩnh", {}};
    run_result run;
    run.submissions.push_back(from_outside("yen-thanh.docx", "Huyện ủy Yên Thành", "Báo cáo."));
    run.submissions.push_back(from_outside("gio-linh.docx", "Huyện ủy Gio Linh", "Báo cáo."));
    run.submissions.push_back(draft_test::sub("inbox/khong-ro.docx", std::nullopt, {draft_test::sec("1", "Báo cáo.\n")}));
    run.submissions.back().attachment_name = "khong-ro.docx";
    const auto outside = reporters(run);
    REQUIRE(outside.size() == 3);
    CHECK(outside[0].listed_name == "Huyện ủy Yên Thành");
    CHECK(outside[0].remark == "ngoài danh sách");
    CHECK(outside[2].listed_name == "khong-ro.docx");
    CHECK(outside[2].remark == "chưa xác định đơn vị");

    CHECK(attribution({&can_loc, &hnd}, 20) == "(Can Lộc, Hội Nông dân tỉnh Hà Tĩnh)");
    CHECK(attribution({&outside[0], &can_loc, &outside[2], &outside[1], &hnd}, 20) ==
          "(Can Lộc, Hội Nông dân tỉnh Hà Tĩnh; Huyện ủy Yên Thành, Huyện ủy Gio Linh – ngoài danh sách; "
          "khong-ro.docx – chưa xác định đơn vị)");
    CHECK(attribution({&outside[1]}, 20) == "(Huyện ủy Gio Linh – ngoài danh sách)");
    CHECK(listed(outside[1]) == "Huyện ủy Gio Linh – ngoài danh sách");
    CHECK(listed(can_loc) == "Can Lộc");
    // Past the names a list holds, a count, written as the report writes numbers.
    CHECK(attribution({&outside[0], &can_loc, &outside[1]}, 20, 2) == "(3/20 đơn vị)");
    const std::vector<const reporter*> many(1312, &can_loc);
    CHECK(attribution(many, 2000) == "(1.312/2.000 đơn vị)");
}

TEST_CASE("the opening says how many reports came from bodies outside the roster", "[draft][reporters]") {
    auto run = draft_test::make_run();
    run.submissions.push_back(from_outside("yen-thanh.docx", "Huyện ủy Yên Thành", "Báo cáo."));
    run.submissions.push_back(from_outside("yen-thanh-2.docx", "Huyện ủy Yên Thành", "Báo cáo bổ sung."));
    run.submissions.push_back(from_outside("gio-linh.docx", "Huyện ủy Gio Linh", "Báo cáo."));
    const auto opening = opening_paragraphs(run, options{}, draft_test::run_now, 420);
    REQUIRE(opening.size() == 2);
    INFO(opening[1]);
    // Two bodies however many reports they sent, and the report of no known unit (make_run's la.docx).
    CHECK(opening[1].find("(chi tiết tại Phụ lục 1). Ngoài ra, đã nhận được báo cáo của 2 đơn vị ngoài danh sách và 1 "
                          "báo cáo chưa xác định được đơn vị gửi.") != std::string::npos);
}
