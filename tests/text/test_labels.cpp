// SPDX-License-Identifier: Apache-2.0
// Numbering labels typed at the start of a paragraph or shown by Word.
#include <baocao/sdk/labels.hpp>

#include <catch2/catch.hpp>

using namespace baocao::text;

TEST_CASE("typed labels of every level are recognised with their length") {
    auto l = typed_label("II. KẾT QUẢ THỰC HIỆN");
    CHECK(l.kind == label_kind::roman);
    CHECK(l.text == "II.");
    CHECK(l.length == 4);
    CHECK(typed_label("I- VỀ LÃNH ĐẠO").kind == label_kind::roman);
    CHECK(typed_label("IV) Kiến nghị").kind == label_kind::roman);
    CHECK(typed_label("1. Công tác tuyên truyền").kind == label_kind::arabic);
    CHECK(typed_label("3) Hạn chế").kind == label_kind::arabic);
    CHECK(typed_label("(2) Nguyên nhân").kind == label_kind::arabic);
    l = typed_label("2.3.1. Kết quả");
    CHECK(l.kind == label_kind::decimal);
    CHECK(l.depth == 3);
    CHECK(typed_label("1.1 Công tác quán triệt").kind == label_kind::decimal);
    CHECK(typed_label("a) Về kinh tế").kind == label_kind::letter);
    CHECK(typed_label("đ) Về quốc phòng").kind == label_kind::letter);
    CHECK(typed_label("B. PHƯƠNG HƯỚNG").kind == label_kind::upper_letter);
    CHECK(typed_label("- Tổ chức 45 hội nghị").kind == label_kind::bullet);
    CHECK(typed_label("+ Năm 2011").kind == label_kind::bullet);
    CHECK(typed_label("• Mục").kind == label_kind::bullet);
}

TEST_CASE("part labels in words, with or without accents and tone marks") {
    auto l = typed_label("Phần thứ nhất: KẾT QUẢ");
    CHECK(l.kind == label_kind::part);
    CHECK(l.text == "Phần thứ nhất:");
    CHECK(typed_label("PHẦN THỨ HAI").kind == label_kind::part);
    CHECK(typed_label("PHẦN II. NHIỆM VỤ").kind == label_kind::part);
    CHECK(typed_label("Phần 1").kind == label_kind::part);
    CHECK(typed_label("Phần thứ tư").kind == label_kind::part);
    CHECK(typed_label("Phần lớn hội viên tuổi cao").kind == label_kind::none);
}

TEST_CASE("dates, ratios, numbers and words are not labels") {
    CHECK(typed_label("10/9/2013 là hạn cuối").kind == label_kind::none);
    CHECK(typed_label("15/15 xã đạt chuẩn").kind == label_kind::none);
    CHECK(typed_label("12.500 lượt người").kind == label_kind::none);
    CHECK(typed_label("2013 là năm").kind == label_kind::none);
    CHECK(typed_label("V/v báo cáo sơ kết").kind == label_kind::none);
    CHECK(typed_label("Về công tác chỉ đạo").kind == label_kind::none);
    CHECK(typed_label("In ấn tài liệu").kind == label_kind::none);
    CHECK(typed_label("---").kind == label_kind::none);
    CHECK(typed_label("").kind == label_kind::none);
}

TEST_CASE("prose enumerations are body text, told apart from labels") {
    CHECK(typed_label("Một là, tiếp tục nâng cao nhận thức").kind == label_kind::ordinal);
    CHECK(typed_label("Thứ hai, gắn phong trào với").kind == label_kind::ordinal);
    CHECK(typed_label("Ba là, định kỳ sơ kết").kind == label_kind::ordinal);
}

TEST_CASE("labels Word shows are classified like typed ones") {
    CHECK(classify_label("I.").kind == label_kind::roman);
    CHECK(classify_label("1.").kind == label_kind::arabic);
    CHECK(classify_label("1.2.").kind == label_kind::decimal);
    CHECK(classify_label("a)").kind == label_kind::letter);
    CHECK(classify_label("3").kind == label_kind::arabic);
    CHECK(classify_label("\xEF\x82\xB7").kind == label_kind::bullet);
    CHECK(classify_label("o").kind == label_kind::bullet);
    CHECK(classify_label("Phần thứ nhất").kind == label_kind::part);
    CHECK(rank_of(label_kind::part, 1) < rank_of(label_kind::roman, 1));
    CHECK(rank_of(label_kind::arabic, 1) < rank_of(label_kind::decimal, 2));
    CHECK(rank_of(label_kind::decimal, 3) < rank_of(label_kind::letter, 1));
}
