// SPDX-License-Identifier: Apache-2.0
// The plan reader on the seed plan (as a .txt and as the lines of a .docx)
// and on two other plans with other headings, item counts and date forms.
#include <baocao/engine/plan_reader.hpp>

#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using baocao::engine::read_plan_lines;

namespace {

std::vector<std::string> read_lines(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE(in);
    std::vector<std::string> lines;
    std::string l;
    while (std::getline(in, l)) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines.push_back(l);
    }
    return lines;
}

std::filesystem::path plan_data(const std::string& name) { return baocao::testing::data_dir() / "plan" / name; }

/// The lines the command hands over for a .docx of the seed: every table cell
/// paragraph on its own line, Word's bullet label before each item, no blank paragraphs.
std::vector<std::string> as_docx_lines(const std::vector<std::string>& txt) {
    std::vector<std::string> out;
    for (const std::string& l : txt) {
        std::string cell;
        auto flush = [&] {
            std::size_t b = cell.find_first_not_of(' ');
            if (b != std::string::npos) out.push_back(cell.substr(b));
            cell.clear();
        };
        for (char c : l) {
            if (c == '\t') flush();
            else cell.push_back(c);
        }
        flush();
    }
    for (std::string& l : out)
        if (l.rfind("- ", 0) == 0) l = "\xEF\x82\xB7 " + l.substr(2);  // Symbol-font bullet Word shows
    return out;
}

void check_seed(const baocao::plan_spec& p) {
    CHECK(p.number == "99-KH/TU");
    CHECK(p.date == "2013-08-16");
    CHECK(p.place == "Hà Tĩnh");
    CHECK(p.issuing_body == "TỈNH UỶ HÀ TĨNH");
    CHECK(p.kind == "KẾ HOẠCH");
    CHECK(p.title.rfind("tổ chức sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU", 0) == 0);
    CHECK(p.title.find("trong thời gian tới") != std::string::npos);
    CHECK(p.title.find("Thực hiện chương trình") == std::string::npos);
    REQUIRE(p.items.size() == 4);
    CHECK(p.items[0].id == "1");
    CHECK(p.items[3].id == "4");
    CHECK(p.items[0].title.rfind("Đánh giá tình hình kết quả việc tổ chức quán triệt", 0) == 0);
    CHECK(p.items[0].title.find("cụ thể hoá Chỉ thị của cấp uỷ đảng, chính quyền") != std::string::npos);
    CHECK(p.items[1].title.rfind("Làm rõ những kết quả đạt được", 0) == 0);
    CHECK(p.items[2].title.rfind("Vai trò, trách nhiệm và kết quả hoạt động của Mặt trận Tổ quốc", 0) == 0);
    CHECK(p.items[3].title.rfind("Từ kinh nghiệm thực tế", 0) == 0);
    CHECK(p.items[3].title.find("Những kiến nghị, đề xuất") != std::string::npos);
    REQUIRE(p.deadlines.size() == 2);
    CHECK(p.due_for("grassroots") == "2013-09-10");
    CHECK(p.due_for("district") == "2013-10-05");
    // MTTQ and the mass organizations are not named in the clause of 05/10: no date.
    CHECK(p.due_for("organization").empty());
    REQUIRE(p.events.size() == 1);
    CHECK(p.events[0].date == "2013-10-15");
    CHECK(p.events[0].name.find("Hội nghị sơ kết") != std::string::npos);
}

}  // namespace

TEST_CASE("the seed plan as text gives its number, items and deadlines") {
    check_seed(read_plan_lines(read_lines(plan_data("plan-99-KH-TU.txt"))));
}

TEST_CASE("the seed plan as the labelled lines of a .docx reads the same") {
    check_seed(read_plan_lines(as_docx_lines(read_lines(plan_data("plan-99-KH-TU.txt")))));
}

TEST_CASE("a board's plan with five numbered items and three levels of deadline") {
    const auto p = read_plan_lines(read_lines(plan_data("plan-45-KH-BDVTU.txt")));
    CHECK(p.number == "45-KH/BDVTU");
    CHECK(p.date == "2014-10-05");
    CHECK(p.issuing_body == "TỈNH ỦY HÀ TĨNH BAN DÂN VẬN");
    CHECK(p.title == "tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở trên địa bàn tỉnh (2004 - 2014)");
    REQUIRE(p.items.size() == 5);
    CHECK(p.items[1].title.rfind("Kết quả thực hiện Quy chế dân chủ trong các loại hình cơ sở:", 0) == 0);
    // The dashes under item 2 continue it; they are not items of their own.
    CHECK(p.items[1].title.find("- Ở doanh nghiệp nhà nước") != std::string::npos);
    CHECK(p.items[4].title.rfind("Phương hướng, nhiệm vụ và giải pháp", 0) == 0);
    CHECK(p.due_for("grassroots") == "2014-10-30");
    CHECK(p.due_for("district") == "2014-11-20");
    CHECK(p.due_for("organization") == "2014-11-25");
    CHECK(p.events.empty());  // "trong tháng 12/2014" is no date
}

TEST_CASE("a district guidance with lettered parts, lettered items and a date without its year") {
    const auto p = read_plan_lines(read_lines(plan_data("plan-12-HD-HU.txt")));
    CHECK(p.number == "12-HD/HU");
    CHECK(p.date == "2013-08-02");
    CHECK(p.place == "Đức Thọ");
    CHECK(p.issuing_body == "HUYỆN ỦY ĐỨC THỌ");
    CHECK(p.kind == "HƯỚNG DẪN");
    REQUIRE(p.items.size() == 3);
    CHECK(p.items[2].title == "Đề xuất giải pháp và kiến nghị với Huyện ủy.");
    REQUIRE(p.deadlines.size() == 1);
    CHECK(p.due_for("grassroots") == "2013-08-30");
    REQUIRE(p.events.size() == 1);
    CHECK(p.events[0].date == "2013-09-12");
}

TEST_CASE("a plan without a content section is refused with a clear message") {
    const std::vector<std::string> lines{"TỈNH ỦY HÀ TĨNH", "KẾ HOẠCH", "về việc khác", "I. MỤC ĐÍCH", "- Một việc."};
    CHECK_THROWS_WITH(read_plan_lines(lines), Catch::Contains("NỘI DUNG"));
}

TEST_CASE("a content section with paragraphs and no markers gives one item per paragraph") {
    const std::vector<std::string> lines{"KẾ HOẠCH", "sơ kết", "II. NỘI DUNG", "Các nội dung báo cáo gồm:",
                                         "Công tác lãnh đạo, chỉ đạo.", "Kết quả đạt được, hạn chế.", "III. THỜI GIAN",
                                         "Cấp huyện xong trước ngày 05/10/2013."};
    const auto p = read_plan_lines(lines);
    REQUIRE(p.items.size() == 2);
    CHECK(p.items[0].title == "Công tác lãnh đạo, chỉ đạo.");
    CHECK(p.due_for("district") == "2013-10-05");  // no issue date, but the year is written
}
