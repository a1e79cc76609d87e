// SPDX-License-Identifier: Apache-2.0
// extract-dates: the place-and-date line and the envelope fields.

#include "date_extractor.hpp"
#include "doc_builders.hpp"
#include "identity_fixture.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

std::string date_of(const document& d) {
    const auto found = date_extract::document_date(d);
    return found ? dates::to_iso(*found) : std::string("(none)");
}

document with_right_cell(std::initializer_list<std::string> right) {
    std::vector<block> h;
    h.emplace_back(header_table(cell({"HUYỆN ỦY CAN LỘC", "*", "Số 25-BC/HU"}), cell(right)));
    return report(std::move(h));
}

}  // namespace

TEST_CASE("the date of the place-and-date line in the header table", "[identity]") {
    CHECK(date_of(with_right_cell({"ĐẢNG CỘNG SẢN VIỆT NAM", "Can Lộc, ngày 28 tháng 9 năm 2013"})) == "2013-09-28");
    CHECK(date_of(with_right_cell({"ĐẢNG CỘNG SẢN VIỆT NAM", "Can Lộc, ngày 05 tháng 10 năm 2013"})) == "2013-10-05");
    CHECK(date_of(with_right_cell({"ĐẢNG CỘNG SẢN VIỆT NAM", "Can Lộc, ngày 28/9/2013"})) == "2013-09-28");
    CHECK(date_of(with_right_cell({"ĐẢNG CỘNG SẢN VIỆT NAM", "Can Lộc, 28-9-2013"})) == "2013-09-28");
    CHECK(date_of(with_right_cell({"ĐẢNG CỘNG SẢN VIỆT NAM", "Can  Lộc,   ngày  28  tháng  9  năm  2013"})) ==
          "2013-09-28");
}

TEST_CASE("the date in plain header paragraphs and tab-separated halves", "[identity]") {
    CHECK(date_of(report(plain_header({"HUYỆN UỶ CAN LỘC", "*", "Số 25-BC/HU\t\tCan Lộc, ngày 30 tháng 9 năm 2013"}))) ==
          "2013-09-30");
    CHECK(date_of(report(plain_header({"\tTỈNH UỶ HÀ TĨNH", "   Số  99 - KH/TU", "\t ĐẢNG CỘNG SẢN VIỆT NAM",
                                       "     Hà Tĩnh, ngày 16  tháng 8 năm 2013"}))) == "2013-08-16");
}

TEST_CASE("the header date wins over dates in the text", "[identity]") {
    // The default body holds "ngày 16/8/2013", "ngày 18/9/2008" and "Ngày 20/10/2008".
    CHECK(date_of(with_right_cell({"Can Lộc, ngày 28 tháng 9 năm 2013"})) == "2013-09-28");
}

TEST_CASE("dates in sentences are not the document date", "[identity]") {
    const document d = report(plain_header({"HUYỆN ỦY CAN LỘC", "*", "Số 25-BC/HU"}));
    CHECK(date_of(d) == "(none)");
}

TEST_CASE("a place-and-date line by the signature when the header has none", "[identity]") {
    document d = report(plain_header({"HUYỆN ỦY CAN LỘC", "*", "Số 25-BC/HU"}));
    d.body.emplace_back(para("Ngày 15/10/2013, tỉnh tổ chức hội nghị sơ kết."));
    d.body.emplace_back(header_table(cell({"Nơi nhận:", "- Ban Dân vận Tỉnh ủy;", "- Lưu."}),
                                     cell({"Can Lộc, ngày 2 tháng 10 năm 2013", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"})));
    CHECK(date_of(d) == "2013-10-02");
}

TEST_CASE("a date line with the day left blank gives no date", "[identity]") {
    // The header of corpus reports 03 and 04: the day is filled in at signing.
    std::vector<block> h;
    h.emplace_back(header_table(cell({"ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: /BC-UBND"}),
                                cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                      "Lâm Đồng, ngày tháng 11 năm 2025"})));
    CHECK(date_of(report(std::move(h))) == "(none)");
}

TEST_CASE("the corpus report 01 header", "[identity]") {
    std::vector<block> h;
    h.emplace_back(header_table(cell({"PHÒNG GIÁO DỤC& ĐÀO TẠO HIỆP HOÀ", "", "TRƯỜNG THCS HOÀNG LƯƠNG", "", "Số: … /KH-THCS"}),
                                cell({"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "Độc lập - Tự do - Hạnh phúc", "",
                                      "Hoàng Lương, ngày 23 tháng 12 năm 2013"})));
    CHECK(date_of(report(std::move(h), "Thực hiện công văn số 1556/SGD&ĐT-VP của sở GD&ĐT Bắc Giang ngày 13/12/2013")) ==
          "2013-12-23");
}

TEST_CASE("the extractor fills the date, the envelope fields and no_document_date", "[identity]") {
    const roster r = test_roster();
    auto ctx = context_for(r, "extract-dates");
    date_extract::date_extractor ex;
    ex.prepare(ctx);

    item it = mail_item("Báo cáo sơ kết.docx", "hu.canloc@hatinh.gov.vn");
    submission s;
    ex.extract(with_right_cell({"Can Lộc, ngày 30 tháng 9 năm 2013"}), it, s, ctx);
    CHECK(s.document_date == std::optional<std::string>("2013-09-30"));
    CHECK(s.received_at == std::optional<std::int64_t>(1380590100));
    CHECK(s.sender == "hu.canloc@hatinh.gov.vn");
    CHECK(s.message_key == "<msg-1@example.vn>");
    CHECK(s.attachment_name == "Báo cáo sơ kết.docx");
    CHECK(s.problems.empty());

    submission none;
    ex.extract(report(plain_header({"HUYỆN ỦY CAN LỘC"})), file_item("a.docx"), none, ctx);
    CHECK_FALSE(none.document_date);
    CHECK_FALSE(none.received_at);
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].code == error_code::no_document_date);
}

TEST_CASE("a date line sharing a paragraph with the number, spaced apart", "[identity]") {
    CHECK(date_of(report(plain_header({"HUYỆN ỦY CAN LỘC", "Số 25-BC/HU           Can Lộc, ngày 30 tháng 9 năm 2013"}))) ==
          "2013-09-30");
}

TEST_CASE("date lines without a place, and impossible dates", "[identity]") {
    CHECK(date_of(report(plain_header({"HUYỆN ỦY CAN LỘC", "ngày 28/9/2013"}))) == "2013-09-28");
    CHECK(date_of(report(plain_header({"HUYỆN ỦY CAN LỘC", "28-9-2013"}))) == "2013-09-28");
    // 31 September does not exist; the later real date line is taken instead.
    document d = report(plain_header({"HUYỆN ỦY CAN LỘC", "Can Lộc, ngày 31 tháng 9 năm 2013"}));
    CHECK(date_of(d) == "(none)");
    d.body.emplace_back(para("Can Lộc, ngày 1 tháng 10 năm 2013"));
    CHECK(date_of(d) == "2013-10-01");
}
