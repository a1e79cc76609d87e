// SPDX-License-Identifier: Apache-2.0
// Which single-unit sentences the draft cites as examples ("Tiêu biểu như").
// The sentences are written for this test, in wordings of other reports:
// general remarks that merely say "mô hình" or "sáng tạo" are no examples; a
// named model, place or body, or a figure with what it was, is.
#include "examples.hpp"

#include "draft_fixture.hpp"

#include <catch2/catch.hpp>

using namespace baocao::synthesis;

TEST_CASE("an example names a model, a place, a body or a figure, not just the word 'mô hình'", "[draft][text]") {
    const plan_wording plan(draft_test::make_plan());

    const char* const general[] = {
        "Nhiều mô hình hay, cách làm sáng tạo được các cấp ủy quan tâm nhân rộng trong toàn huyện.",
        "Phong trào đã xuất hiện ngày càng nhiều điển hình tiên tiến ở cơ sở, được nhân dân đồng tình ủng hộ.",
        "Lần đầu tiên công tác dân vận được đưa vào tiêu chí đánh giá, xếp loại tổ chức cơ sở đảng hằng năm.",
        "Các đoàn thể đã phát huy tốt vai trò nòng cốt, nổi bật là trong vận động nhân dân chỉnh trang khu dân cư.",
        "Công tác kiểm tra được chú trọng, kịp thời biểu dương những nơi có cách làm sáng tạo, hiệu quả.",
        // A figure alongside the word, but nothing named: a count, not an example.
        "Qua 5 năm, toàn huyện đã xây dựng được 64 mô hình “Dân vận khéo” ở các lĩnh vực.",
        "Trong năm 2012 có thêm 7 mô hình mới được công nhận, nâng tổng số lên 41 mô hình.",
    };
    for (const char* s : general) {
        INFO(s);
        CHECK_FALSE(notable(s, plan));
    }

    const char* const concrete[] = {
        "Mô hình “Nồi cháo tình thương” của Hội Phụ nữ thị trấn Cẩm Xuyên duy trì suốt bốn năm, mỗi tuần phục vụ bệnh nhân nghèo.",
        "Xã Sơn Kim 1 là xã miền núi đầu tiên của huyện vận động đồng bào tự nguyện hiến đất làm đường liên thôn.",
        "Trung đoàn 841 giúp nhân dân xã Kỳ Thượng xây dựng 12 nhà tình nghĩa, được tỉnh biểu dương là điển hình.",
        "Tổ tự quản “Ngõ xóm bình yên” ở thôn Trung Hòa đã hòa giải thành 23 vụ việc ngay tại cơ sở.",
        "Công ty Cổ phần Bia Hà Tĩnh duy trì mô hình đối thoại định kỳ giữa giám đốc với người lao động.",
    };
    for (const char* s : concrete) {
        INFO(s);
        CHECK(notable(s, plan));
    }
}

TEST_CASE("a sentence that says the plan's own request back is no example", "[draft][text]") {
    const plan_wording plan(draft_test::make_plan());
    // The plan's item 3 in a unit's report, with a quoted name that is the plan's own.
    CHECK(plan.restates("Vai trò, trách nhiệm và kết quả hoạt động của Mặt trận Tổ quốc và các đoàn thể trong việc hưởng "
                        "ứng và tổ chức thực hiện xây dựng mô hình, điển hình trong phong trào thi đua “Dân vận khéo”."));
    CHECK_FALSE(notable("Những mô hình tốt cần biểu dương nhân rộng, cách làm có hiệu quả trong quá trình thực hiện phong "
                        "trào thi đua “Dân vận khéo” tại xã Xuân Lộc.",
                        plan));
    CHECK(plan.quotes("Dân vận khéo"));
    CHECK_FALSE(plan.quotes("Nồi cháo tình thương"));
    CHECK_FALSE(plan.restates("Hội Cựu chiến binh huyện thành lập 14 tổ hòa giải ở các thôn giáp ranh."));
}

TEST_CASE("quoted names are read innermost first, in curly or straight quotes", "[draft][text]") {
    const auto q = quoted_names("tăng cường “về xây dựng mô hình “Dân vận khéo” trong thời gian tới” và \"Tiếng kẻng\"");
    REQUIRE(q.size() == 3);
    CHECK(q[0] == "Dân vận khéo");
    CHECK(q[2] == "Tiếng kẻng");
    CHECK(names_place_or_body("Bà con thôn Đông Tây tự làm đường."));
    CHECK_FALSE(names_place_or_body("Bà con các thôn tự làm đường."));
    CHECK_FALSE(names_place_or_body("Ở huyện, các xã đều làm tốt."));
}
