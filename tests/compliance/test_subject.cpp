// SPDX-License-Identifier: Apache-2.0
// The subject check reads a report piece by piece (title, then each part's
// heading and text) and stops at the first name of the plan's subject; a
// name may run from one piece into the next, and sit in the last part.
#include "key_text.hpp"
#include "subject.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::deadline;

namespace {

plan_spec plan_on_the_movement() {
    plan_spec p;
    p.title = "Kế hoạch tổ chức sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU về xây dựng mô hình “Dân vận khéo”";
    p.number = "99-KH/TU";
    return p;
}

submission report(std::string title, std::vector<std::pair<std::string, std::string>> parts) {
    submission s;
    s.title = std::move(title);
    for (auto& [heading, text] : parts) {
        section_match m;
        m.item = "1";
        m.heading = stored_text(std::move(heading));
        m.text = stored_text(std::move(text));
        s.sections.push_back(std::move(m));
    }
    return s;
}

bool flagged(submission s) {
    const auto plan = plan_on_the_movement();
    const bool now = mark_off_topic(s, plan, subject_markers(plan));
    CHECK(now == s.off_topic);
    return s.off_topic;
}

}  // namespace

TEST_CASE("the plan's subject is found in the title, in a heading, in the last part's text") {
    const auto markers = subject_markers(plan_on_the_movement());
    REQUIRE(markers.size() == 3);  // "Dân vận khéo", "32-CT/TU", "99-KH/TU"
    CHECK_FALSE(flagged(report("Báo cáo sơ kết phong trào Dân vận khéo", {{"I. Kết quả", "Đã tổ chức hội nghị."}})));
    CHECK_FALSE(flagged(report("BÁO CÁO", {{"I. Kết quả thực hiện Chỉ thị 32-CT/TU", "Đã tổ chức hội nghị."}})));
    CHECK_FALSE(flagged(report("BÁO CÁO", {{"I. Kết quả", "Đã tổ chức hội nghị."},
                                           {"II. Tồn tại", "Còn chậm."},
                                           {"III. Kiến nghị", "Đề nghị tiếp tục thực hiện Kế hoạch 99-KH/TU."}})));
}

TEST_CASE("a name of the subject split between two pieces still counts") {
    // "… phong trào Dân vận" closes the title and "khéo …" opens the first heading.
    CHECK_FALSE(flagged(report("Báo cáo về phong trào Dân vận", {{"Khéo trong thời kỳ mới", "Đã tổ chức hội nghị."}})));
    // Across a heading with one word of its own.
    CHECK_FALSE(flagged(report("Báo cáo phong trào Dân", {{"vận", "khéo ở cơ sở đã lan tỏa."}})));
}

TEST_CASE("a report that never names the subject is flagged; one with no text is not judged") {
    CHECK(flagged(report("Báo cáo cải cách hành chính", {{"I. Kết quả", "Đã xây dựng 5 mô hình cải cách hành chính."},
                                                         {"II. Dân vận", "Công tác dân vận được quan tâm."}})));
    CHECK_FALSE(flagged(report("", {})));
    CHECK_FALSE(flagged(report("", {{"", ""}})));
}

TEST_CASE("a phrase is found in a key only as whole words") {
    CHECK(has_words("dan van kheo", "dan van kheo"));
    CHECK(has_words("phong trao dan van kheo", "dan van kheo"));
    CHECK(has_words("dan van kheo o co so", "dan van kheo"));
    CHECK(has_words("xay dung dan van kheo o co so", "van kheo"));
    CHECK_FALSE(has_words("dan van kheoo", "dan van kheo"));
    CHECK_FALSE(has_words("ddan van kheo", "dan van kheo"));
    // A first occurrence inside a word does not hide a later whole one.
    CHECK(has_words("vankheo van kheo", "van kheo"));
    CHECK(has_words("xvan kheo van kheo", "van kheo"));
    CHECK_FALSE(has_words("", "dan"));
    CHECK_FALSE(has_words("dan van", ""));
}
