// SPDX-License-Identifier: Apache-2.0
// Where a unit's sentences go in the provincial report, on report text written
// for this test in the shapes mass organisations use: an assessment nested in
// "Phần thứ nhất" under its own sub-headings, and the causes of the strengths
// under a heading of their own.
#include "statements.hpp"

#include "draft_fixture.hpp"

#include <catch2/catch.hpp>

using namespace baocao::synthesis;

namespace {

std::vector<statement> statements_for(const std::string& section_text, const std::string& item = "3") {
    static baocao::submission s;
    s = draft_test::sub("inbox/hoi-nong-dan.docx", baocao::unit_ref{"hnd", "Hội Nông dân tỉnh Hà Tĩnh", "organization"},
                        {{item, "Phần thứ nhất", section_text, 0.9}});
    reporter r{"hnd", "Hội Nông dân tỉnh Hà Tĩnh", "Hội Nông dân tỉnh Hà Tĩnh", {&s}};
    return statements_of({r}, draft_test::make_plan()).all;
}

const statement* find(const std::vector<statement>& all, const std::string& start) {
    for (const auto& st : all)
        if (st.text.rfind(start, 0) == 0) return &st;
    return nullptr;
}

}  // namespace

TEST_CASE("an assessment nested in a results part feeds the strengths, under whatever sub-heading", "[draft][statements]") {
    const auto all = statements_for(
        "II. KẾT QUẢ THỰC HIỆN\n"
        "1. Hoạt động của các cấp hội\n"
        "Các cấp hội đã vận động hội viên góp 4.200 ngày công nạo vét kênh mương nội đồng.\n"
        "III. ĐÁNH GIÁ CHUNG\n"
        "1. Những mặt làm được\n"
        "Hội viên nông dân ngày càng tin tưởng vào chủ trương của Đảng, tích cực tham gia các phong trào ở địa phương.\n"
        "2. Những kết quả đạt được\n"
        "Vai trò đại diện của tổ chức hội trong bảo vệ quyền lợi hợp pháp của nông dân được khẳng định rõ hơn.\n"
        "3. Tồn tại\n"
        "Sinh hoạt chi hội ở một số thôn còn đơn điệu, thu hút ít hội viên trẻ.\n"
        "IV. KẾT QUẢ PHỐI HỢP VỚI CHÍNH QUYỀN\n"
        "1. Công tác phối hợp\n"
        "Hội phối hợp với ngành nông nghiệp mở 36 lớp chuyển giao kỹ thuật chăn nuôi cho hội viên.\n");
    const auto* result = find(all, "Các cấp hội đã vận động");
    const auto* trust = find(all, "Hội viên nông dân ngày càng tin tưởng");
    const auto* role_of_org = find(all, "Vai trò đại diện của tổ chức hội");
    const auto* weak = find(all, "Sinh hoạt chi hội");
    const auto* later = find(all, "Hội phối hợp với ngành nông nghiệp");
    REQUIRE(result);
    REQUIRE(trust);
    REQUIRE(role_of_org);
    REQUIRE(weak);
    REQUIRE(later);
    CHECK(result->role == role::results);
    CHECK(trust->role == role::strengths);
    CHECK(role_of_org->role == role::strengths);
    CHECK(weak->role == role::weaknesses);
    CHECK(later->role == role::results);  // a new top-level part closes the assessment
}

TEST_CASE("what the strengths are owed to is told apart from the causes of the shortcomings", "[draft][statements]") {
    const auto all = statements_for(
        "3. Nguyên nhân của những kết quả đạt được\n"
        "Có sự quan tâm sâu sát của Thường trực Tỉnh ủy và sự phối hợp chặt chẽ của các ngành chức năng.\n"
        "Đội ngũ cán bộ hội nhiệt tình, gần gũi với hội viên.\n"
        "4. Nguyên nhân của tồn tại\n"
        "Kinh phí hoạt động của chi hội còn quá ít, chủ yếu từ hội phí đóng góp.\n"
        "5. Nguyên nhân\n"
        "Nguyên nhân của ưu điểm: cán bộ hội cơ sở bám sát địa bàn, lắng nghe ý kiến hội viên.\n"
        "Nguyên nhân của hạn chế là do một số cấp ủy cơ sở chưa thật sự quan tâm đến công tác hội.\n");
    const auto* care = find(all, "Có sự quan tâm sâu sát");
    const auto* staff = find(all, "Đội ngũ cán bộ hội nhiệt tình");
    const auto* money = find(all, "Kinh phí hoạt động của chi hội");
    const auto* labelled_strength = find(all, "Cán bộ hội cơ sở bám sát");
    const auto* labelled_weakness = find(all, "Nguyên nhân của hạn chế");
    REQUIRE(care);
    REQUIRE(staff);
    REQUIRE(money);
    REQUIRE(labelled_weakness);
    CHECK(care->role == role::strength_causes);
    CHECK(staff->role == role::strength_causes);
    CHECK(money->role == role::causes);
    CHECK(labelled_weakness->role == role::causes);
    // The label is the sub-heading's now; the sentence says what follows it.
    REQUIRE(labelled_strength);
    CHECK(labelled_strength->role == role::strength_causes);
}

TEST_CASE("\"chưa\" marks a shortcoming; \"chữa\", \"chứa\" and \"chùa\", which key alike, do not", "[draft][statements]") {
    const auto all = statements_for(
        "1. Kết quả vận động\n"
        "Mặt trận các cấp vận động sửa chữa 827 nhà đại đoàn kết cho hộ nghèo.\n"
        "Nhân dân góp công tu bổ chùa, đình làng theo đúng quy chế dân chủ ở cơ sở.\n"
        "Các hồ chứa nước được nạo vét trước mùa mưa bão.\n"
        "Việc nhân rộng các mô hình chưa được quan tâm đúng mức.\n"
        "CHƯA có cơ chế hỗ trợ kinh phí cho các mô hình ở thôn, xóm.\n");
    const auto* repair = find(all, "Mặt trận các cấp vận động sửa chữa");
    const auto* pagoda = find(all, "Nhân dân góp công tu bổ chùa");
    const auto* reservoir = find(all, "Các hồ chứa nước");
    const auto* not_yet = find(all, "Việc nhân rộng các mô hình");
    const auto* shouted = find(all, "CHƯA có cơ chế");
    REQUIRE(repair);
    REQUIRE(pagoda);
    REQUIRE(reservoir);
    REQUIRE(not_yet);
    REQUIRE(shouted);
    CHECK(repair->role == role::results);
    CHECK(pagoda->role == role::results);
    CHECK(reservoir->role == role::results);
    CHECK(not_yet->role == role::weaknesses);
    CHECK(shouted->role == role::weaknesses);
}

TEST_CASE("a sub-heading written without its number is no statement; a list without final marks is", "[draft][statements]") {
    const auto all = statements_for(
        "Việc cụ thể hóa, ban hành văn bản chỉ đạo, hướng dẫn của cấp ủy\n"
        "Ban Thường vụ Hội đã ban hành kế hoạch thực hiện Chỉ thị và hướng dẫn các cấp hội xây dựng mô hình ở cơ sở.\n"
        "Các cấp hội vận động hội viên góp ngày công làm đường giao thông nông thôn\n"
        "Các chi hội tổ chức cho hội viên học tập kinh nghiệm sản xuất giỏi ở địa phương\n");
    CHECK_FALSE(find(all, "Việc cụ thể hóa, ban hành văn bản chỉ đạo"));
    const auto* plan = find(all, "Ban Thường vụ Hội đã ban hành kế hoạch");
    REQUIRE(plan);
    CHECK(plan->role == role::results);
    // Items of a list, none ending with a mark: each is a statement.
    CHECK(find(all, "Các cấp hội vận động hội viên góp ngày công"));
    CHECK(find(all, "Các chi hội tổ chức cho hội viên học tập"));
}

TEST_CASE("the cells of a table that came out one a line are not statements", "[draft][statements]") {
    const auto all = statements_for(
        "Kết quả xây dựng mô hình ở các đơn vị được tổng hợp như sau.\n"
        "TT\nĐơn vị\nSố mô hình\n"
        "1\nPhòng Cảnh sát quản lý hành chính về trật tự xã hội\n13\n"
        "2\nCông an huyện Can Lộc phụ trách địa bàn các xã ven biển\n9\n"
        "Các mô hình đều gắn với nhiệm vụ giữ gìn an ninh trật tự ở cơ sở.\n");
    CHECK_FALSE(find(all, "Phòng Cảnh sát quản lý hành chính"));
    CHECK_FALSE(find(all, "Công an huyện Can Lộc phụ trách"));
    CHECK(find(all, "Kết quả xây dựng mô hình ở các đơn vị"));
    CHECK(find(all, "Các mô hình đều gắn với nhiệm vụ"));
}

TEST_CASE("an item of a list without its final mark is no sub-heading, and keeps the role of its part", "[draft][statements]") {
    const auto all = statements_for(
        "1. Kết quả\n"
        "Các cấp hội đã vận động hội viên tham gia xây dựng nông thôn mới.\n"
        "2. Hạn chế, tồn tại\n"
        "- Sinh hoạt chi hội ở một số thôn còn đơn điệu\n"
        "- Kinh phí hoạt động của các chi hội ở thôn, xóm rất eo hẹp, phần lớn do hội viên tự đóng góp.\n");
    const auto* dull = find(all, "Sinh hoạt chi hội ở một số thôn");
    const auto* money = find(all, "Kinh phí hoạt động của các chi hội");
    REQUIRE(dull);
    REQUIRE(money);
    CHECK(dull->role == role::weaknesses);
    CHECK(money->role == role::weaknesses);
}
