// SPDX-License-Identifier: Apache-2.0
// Wording helpers of the draft and its masthead.

#include "draft_text.hpp"
#include "appendix.hpp"
#include "masthead.hpp"
#include "reporters.hpp"

#include "draft_fixture.hpp"

#include <catch2/catch.hpp>

using namespace baocao::synthesis;

TEST_CASE("item headings are the first sentence without labels", "[draft][text]") {
    CHECK(item_heading("- Đánh giá tình hình. Đánh giá việc xây dựng.") == "Đánh giá tình hình");
    CHECK(item_heading("2. Làm rõ kết quả; đánh giá khách quan.") == "Làm rõ kết quả; đánh giá khách quan");
    CHECK(item_heading("a) Vai trò của MTTQ") == "Vai trò của MTTQ");
    CHECK(item_heading("– Kết quả ở TP. Hà Tĩnh và huyện. Kiến nghị.") == "Kết quả ở TP. Hà Tĩnh và huyện");
    CHECK(item_heading("Số liệu năm 2013. tiếp tục") == "Số liệu năm 2013. tiếp tục");
    CHECK(item_heading("Văn bản 32-CT/TU, ngày 18/9/2008.\n Phần sau.") == "Văn bản 32-CT/TU, ngày 18/9/2008");
}

TEST_CASE("the summary line comes from the plan title", "[draft][text]") {
    auto plan = draft_test::make_plan();
    CHECK(summary_from_plan(plan).rfind("sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của Ban Thường vụ Tỉnh uỷ “về", 0) == 0);
    plan.title = "Tổng kết 10 năm thực hiện Nghị quyết";
    CHECK(summary_from_plan(plan) == "tổng kết 10 năm thực hiện Nghị quyết");
    plan.title = "TỔ CHỨC SƠ KẾT công tác dân vận";
    CHECK(summary_from_plan(plan) == "sơ kết công tác dân vận");
    plan.title = "triển khai thực hiện Chỉ thị 05";
    CHECK(summary_from_plan(plan) == "tổng hợp kết quả thực hiện Kế hoạch số 99-KH/TU");
    plan.number.clear();
    CHECK(summary_from_plan(plan) == "tổng hợp kết quả báo cáo của các đơn vị");
}

TEST_CASE("numbers, dates and labels are written the Vietnamese way", "[draft][text]") {
    CHECK(roman(1) == "I");
    CHECK(roman(4) == "IV");
    CHECK(roman(14) == "XIV");
    CHECK(vn_date("2013-10-05") == "05/10/2013");
    CHECK(vn_date_short("2013-08-16") == "16/8/2013");
    CHECK(vn_date("không rõ") == "không rõ");
    CHECK(vn_number(1245) == "1.245");
    CHECK(vn_number(12.5) == "12,5");
    CHECK(vn_number(1234567.25) == "1.234.567,25");
    CHECK(vn_number(0) == "0");
    CHECK(parse_number("1.200") == Approx(1200));
    CHECK(parse_number("12,5") == Approx(12.5));
    CHECK(parse_number("12.5") == Approx(12.5));
    CHECK_FALSE(parse_number("nhiều").has_value());
    CHECK(initials("BAN DÂN VẬN") == "BDV");
    CHECK(number_suffix("99-KH/TU") == "TU");
    CHECK(status_label("late") == "Chậm");
    CHECK(status_label("on_time") == "Đúng hạn");
    CHECK(status_label("missing") == "Chưa nộp");
    CHECK(status_label("undetermined") == "Chưa xác định");
    CHECK(paragraphs_of("  a \n\n b\n") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("the draft derives header and opening from the plan and the run", "[draft][text]") {
    const auto run = draft_test::make_run();
    const auto m = make_masthead(run, options{}, draft_test::run_now, 420);
    CHECK(m.issuer_lines == std::vector<std::string>{"TỈNH UỶ HÀ TĨNH"});
    CHECK(m.number_line == "Số      -BC/TU");
    CHECK(m.signature.front() == "T/M BAN THƯỜNG VỤ");
    CHECK(m.closing.rfind("Trên đây là báo cáo sơ kết 5 năm", 0) == 0);
    const auto opening = opening_paragraphs(run, options{}, draft_test::run_now, 420);
    REQUIRE(opening.size() == 2);
    CHECK(opening[0].rfind("Thực hiện Kế hoạch số 99-KH/TU, ngày 16/8/2013 của Ban Thường vụ Tỉnh ủy về tổ chức sơ kết", 0) == 0);
    // The report of no known unit counts in the body, so the opening says it came in.
    CHECK(opening[1] == "Tính đến ngày 06/10/2013, đã nhận được báo cáo của 3/4 đơn vị (2 đúng hạn, 1 chậm); "
                        "1 đơn vị chưa nộp báo cáo (chi tiết tại Phụ lục 1). Ngoài ra, đã nhận được 1 báo cáo chưa "
                        "xác định được đơn vị gửi.");
    // The Ban Dân vận's report: its own header, number and signature.
    options dan_van;
    dan_van.issuer = issuer::dan_van;
    const auto b = make_masthead(run, dan_van, draft_test::run_now, 420);
    CHECK(b.issuer_lines == std::vector<std::string>{"TỈNH UỶ HÀ TĨNH", "BAN DÂN VẬN"});
    CHECK(b.number_line == "Số      -BC/BDVTU");
    CHECK(b.signature.front() == "TRƯỞNG BAN");
    // Units outside the counted set never appear: the unknown report is named by its file.
    const auto rs = reporters(run);
    REQUIRE(rs.size() == 4);
    CHECK(rs[0].name == "Thành ủy Hà Tĩnh");
    CHECK(rs[1].submissions.size() == 1);
    CHECK(rs[1].submissions[0]->source == "inbox/can-loc-2.eml#bao-cao.docx");
    CHECK(rs[3].name == "Đơn vị chưa xác định (la.docx)");
}

TEST_CASE("a unit whose file cannot be read is neither received nor undetermined, in the opening and the appendix",
          "[draft][text]") {
    auto run = draft_test::make_run();
    auto& nghi_xuan = run.units[2];
    nghi_xuan.status = "unreadable";
    nghi_xuan.note = "tệp bị lỗi, đề nghị gửi lại";
    baocao::rejection broken;
    broken.source = "inbox/nghi-xuan.eml#bao-cao.docx";
    broken.code = "corrupt_zip";
    broken.message = "not a readable zip archive";
    broken.unit = baocao::unit_ref{"nghi-xuan", "Huyện ủy Nghi Xuân", "district"};
    run.rejected.push_back(broken);
    run.units[3].deadline_text = "trước 05/10/2013";

    const auto opening = opening_paragraphs(run, options{}, draft_test::run_now, 420);
    REQUIRE(opening.size() == 2);
    CHECK(opening[1] == "Tính đến ngày 06/10/2013, đã nhận được báo cáo của 3/4 đơn vị (2 đúng hạn, 1 chậm); "
                        "1 đơn vị đã gửi nhưng tệp không đọc được, đề nghị gửi lại (chi tiết tại Phụ lục 1). Ngoài ra, "
                        "đã nhận được 1 báo cáo chưa xác định được đơn vị gửi.");

    const auto part = compliance_part(run, 420);
    REQUIRE(!part.blocks.empty());
    const auto& table = part.blocks.front().table;
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[2].cells[5] == "Đã gửi, tệp không đọc được");
    CHECK(table.rows[2].cells[6] == "tệp bị lỗi, đề nghị gửi lại");
    CHECK(table.rows[3].cells[3] == "trước 05/10/2013");
    CHECK(table.rows[3].cells[5] == "Chậm 2 ngày");
    std::string all;
    for (const auto& b : part.blocks) all += b.text + "\n";
    CHECK(all.find("Đã gửi nhưng tệp không đọc được (1): Huyện ủy Nghi Xuân (tệp bị lỗi, đề nghị gửi lại).") !=
          std::string::npos);
    // An official document names units, never file paths or error codes.
    CHECK(all.find("inbox/") == std::string::npos);
    CHECK(all.find("corrupt_zip") == std::string::npos);
    CHECK(status_label("not_yet_due") == "Chưa đến hạn");
}
