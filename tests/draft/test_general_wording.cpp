// SPDX-License-Identifier: Apache-2.0
// A finding is stated for all the units that share it only in words no single
// unit owns. A sentence naming one committee ("Ban Thường vụ Huyện ủy Gio Linh
// đã ...") stays that unit's, with the others named as saying the like, even
// when the committee is none the run knows (a report from outside the roster).
#include "draft_fixture.hpp"
#include "examples.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace baocao;
using namespace baocao::synthesis;

TEST_CASE("a committee named by its place is one unit's", "[draft][text]") {
    CHECK(names_committee("Ban Thường vụ Huyện ủy Gio Linh đã ban hành Nghị quyết chuyên đề."));
    CHECK(names_committee("Thành đoàn Hà Tĩnh tổ chức ra quân tình nguyện hè."));
    CHECK(names_committee("Đảng ủy Khối Doanh nghiệp chỉ đạo các chi bộ trực thuộc."));
    CHECK(names_committee("Phối hợp với Thị uỷ Hồng Lĩnh tổ chức hội nghị."));
    // The province's own committee, a committee not named, or committees in general: anyone's words.
    CHECK_FALSE(names_committee("Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy Hà Tĩnh, các cấp đã quán triệt."));
    CHECK_FALSE(names_committee("Huyện ủy đã chỉ đạo xây dựng mô hình ở từng xã."));
    CHECK_FALSE(names_committee("Các huyện, thành, thị ủy đã ban hành kế hoạch thực hiện."));
    CHECK_FALSE(names_committee("Đảng ủy xã chỉ đạo các chi bộ thôn."));
}

TEST_CASE("a finding every unit states in its own committee's name is printed as one unit's, the others alike",
          "[draft][grouping]") {
    run_result run;
    run.plan = draft_test::make_plan();
    const char* const committees[] = {"Gio Linh", "Yên Thành", "Thanh Chương", "Tĩnh Gia"};
    for (std::size_t u = 0; u < 4; ++u) {
        const std::string file = "bao-cao-" + std::to_string(u + 1) + ".docx";
        auto s = draft_test::sub("inbox/" + file, std::nullopt,
                                 {draft_test::sec("1", "Ban Thường vụ Huyện ủy " + std::string(committees[u]) +
                                                           " đã ban hành Nghị quyết chuyên đề về tăng cường công tác dân "
                                                           "vận trong tình hình mới.\n")});
        s.attachment_name = file;
        run.submissions.push_back(std::move(s));
    }
    const auto d = draft_test::composed(run).draft;
    std::vector<std::string> stated;
    for (const auto& p : d.parts)
        for (const auto& b : p.blocks)
            if (b.text.find("Nghị quyết chuyên đề") != std::string::npos && p.zone == draft::zone::body) stated.push_back(b.text);
    REQUIRE(stated.size() == 1);
    INFO(stated[0]);
    // One committee's sentence, said to be that unit's, with the three others as saying the like.
    std::size_t named = 0;
    for (const char* c : committees) named += stated[0].find(std::string("Huyện ủy ") + c) != std::string::npos;
    CHECK(named == 1);
    CHECK(stated[0].find(".docx – chưa xác định đơn vị; nội dung tương tự: bao-cao-") != std::string::npos);
    CHECK(stated[0].find("Đơn vị chưa xác định (") == std::string::npos);
}
