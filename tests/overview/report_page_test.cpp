// SPDX-License-Identifier: Apache-2.0
// report.html built from a hand-made run: names, sources and excerpts that
// look like markup stay text, and the unit table keeps compliance.csv's order.

#include "compliance_table.hpp"
#include "report_page.hpp"

#include <baocao/sdk/error.hpp>

#include <catch2/catch.hpp>

using namespace baocao;

namespace {

run_result hostile_run() {
    run_result run;
    run.plan.number = "99-KH/TU";
    run.plan.items = {{"1", "Quán triệt", {}}, {"2", "Kết quả", {}}};
    submission s;
    s.source = "inbox/x.eml#<img src=x onerror=alert(1)>.docx";
    s.unit = unit_ref{"hong-linh", "Thị ủy Hồng Lĩnh", "district"};
    s.document_date = "2013-09-30";
    s.received_at = 1380590100;
    s.sections = {{"1", "I. <b>QUÁN TRIỆT</b>", "</blockquote><script>alert(2)</script>", 0.9}};
    run.submissions.push_back(s);
    unit_status a{"hong-linh", "Thị ủy Hồng Lĩnh", "district", "on_time", s.source, "2013-10-05", "2013-10-01", 0,
                  "before", "plan", "trước 05/10/2013", "", {}, {}, {}, {}, {"2"}};
    unit_status b{"can-loc", "Huyện ủy Can Lộc \"><script>alert(3)</script>", "district", "missing", std::nullopt,
                  "2013-10-05", std::nullopt, std::nullopt, "before", "plan", "trước 05/10/2013", "", {}, {}, {}, {}, {}};
    unit_status c{"duc-tho", "Huyện ủy Đức Thọ", "district", "missing", std::nullopt, "2013-10-05", std::nullopt,
                  std::nullopt, "before", "plan", "trước 05/10/2013", "", {}, {}, {}, {}, {}};
    run.units = {a, b, c};
    rejection r;
    r.source = "inbox/y.eml#a&b.zip";
    r.code = "corrupt_zip";
    r.message = "<not a zip>";
    run.rejected.push_back(r);
    return run;
}

}  // namespace

TEST_CASE("report.html keeps markup from the inputs as text", "[html]") {
    const auto collator = compliance::vietnamese_collator();
    const std::string page = html::render_page(hostile_run(), *collator, 420, 1381813200);
    CHECK(page.find("<script>alert") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("<b>QUÁN") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(2)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("inbox/y.eml#a&amp;b.zip") != std::string::npos);
    // One script: the page's own.
    std::size_t scripts = 0;
    for (auto p = page.find("<script"); p != std::string::npos; p = page.find("<script", p + 1)) ++scripts;
    CHECK(scripts == 1);
}

TEST_CASE("report.html lists units in compliance.csv's order, with the coverage grid's three kinds of cell", "[html]") {
    const auto collator = compliance::vietnamese_collator();
    const std::string page = html::render_page(hostile_run(), *collator, 420, 1381813200);
    const auto can_loc = page.find("data-unit=\"can-loc\""), duc_tho = page.find("data-unit=\"duc-tho\""),
               hong_linh = page.find("data-unit=\"hong-linh\"");
    REQUIRE(can_loc != std::string::npos);
    CHECK(can_loc < duc_tho);  // Đ after D, before H
    CHECK(duc_tho < hong_linh);
    const std::string hong_linh_row = page.substr(hong_linh, page.find("</tr>", hong_linh) - hong_linh);
    CHECK_THAT(hong_linh_row, Catch::Contains("<td class=\"cov\"><a href=\"#x3-1\">✓</a></td><td class=\"gap\">✗</td>"));
    const std::string can_loc_row = page.substr(can_loc, page.find("</tr>", can_loc) - can_loc);
    CHECK_THAT(can_loc_row, Catch::Contains("<td class=\"none\">–</td><td class=\"none\">–</td>"));
    CHECK_THAT(page, Catch::Contains("id=\"x3-1\""));
    CHECK_THAT(page, Catch::Contains("Số liệu đến ngày 15/10/2013 12:00"));
}

TEST_CASE("a unit that sent thousands of reports reaches report.html in pieces, not as one string", "[html]") {
    // At 100 000 reports a unit's folded row and the table of problems found
    // are megabytes each: built whole, they stood in memory two or three
    // times over while the page was written.
    run_result run = hostile_run();
    const submission one = run.submissions.front();
    for (int i = 0; i < 3000; ++i) {
        submission s = one;
        s.source = "inbox/hong-linh/" + std::to_string(i) + ".docx";
        s.problems.push_back({error_code::no_document_date, "không xác định được ngày văn bản (" + std::to_string(i) + ")"});
        run.submissions.push_back(std::move(s));
    }
    const auto collator = compliance::vietnamese_collator();
    std::string page;
    std::size_t largest_piece = 0;
    html::write_page(run, *collator, 420, 1381813200, [&](std::string_view piece) {
        largest_piece = std::max(largest_piece, piece.size());
        page.append(piece);
    });
    CHECK(page == html::render_page(run, *collator, 420, 1381813200));
    CHECK(page.size() > 4 * (1u << 17));   // four times the largest piece allowed
    CHECK(page.find("inbox/hong-linh/2999.docx") != std::string::npos);
    CHECK(page.find("Vấn đề trong các báo cáo (3000)") != std::string::npos);
    CHECK(largest_piece < (1u << 17));
}
