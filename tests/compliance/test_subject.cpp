// SPDX-License-Identifier: Apache-2.0
// The subject check reads a report piece by piece (title, then each part's
// heading and text) and stops at the first name of the plan's subject; a
// name may run from one piece into the next, and sit in the last part.
#include "key_text.hpp"
#include "subject.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

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

TEST_CASE("a phrase list answers as has_words does for each of its phrases") {
    using baocao::plugins::phrase_list;
    const phrase_list subject = {"dan van kheo", "van kheo", "", "kheo"};
    CHECK(subject.found_in("phong trao dan van kheo"));
    CHECK(subject.found_in("vankheo van kheo"));
    CHECK(subject.found_in("kheo"));
    CHECK_FALSE(subject.found_in("dan vankheoo"));
    CHECK_FALSE(subject.found_in(""));
    // Keys of words from a small vocabulary, where prefixes and repeats abound,
    // against phrases of one to three of its words and of parts of words.
    const std::vector<std::string_view> words = {"a", "an", "can", "chua", "han", "che", "han che", "c", "hanche"};
    std::mt19937 random(2013);
    auto pick = [&](std::size_t n) {
        std::string out;
        for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + std::string(words[random() % words.size()]);
        return out;
    };
    for (int round = 0; round < 200; ++round) {
        std::vector<std::string> phrases;
        for (int k = 0; k < 4; ++k) phrases.push_back(pick(1 + random() % 3));
        phrases.push_back(std::string(words[random() % words.size()]).substr(1));
        const phrase_list list = {phrases[0], phrases[1], phrases[2], phrases[3], phrases[4]};
        for (int t = 0; t < 20; ++t) {
            const std::string key = pick(random() % 9);
            bool expected = false;
            for (const auto& p : phrases) expected = expected || has_words(key, p);
            INFO("key \"" << key << "\"");
            CHECK(list.found_in(key) == expected);
        }
    }
}
