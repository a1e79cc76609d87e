// SPDX-License-Identifier: Apache-2.0
// Figures found in Vietnamese sentences and tables, and their totals.
#include "indicator_finder.hpp"
#include "indicator_totals.hpp"
#include "unit_rows.hpp"
#include "vietnamese_number.hpp"

#include <baocao/sdk/record_list.hpp>

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::indicators;

namespace {
const indicator_finder& finder() {
    static const indicator_finder f(parse_catalogue(default_definitions_json));
    return f;
}

paragraph para(const std::string& text) {
    paragraph p;
    p.runs.push_back(plain_run(text));
    return p;
}

table_cell cell(const std::string& text) {
    table_cell c;
    c.blocks.emplace_back(para(text));
    return c;
}

/// A submission's figures as the extractor keeps them: (indicator, value) rows.
record_list_ptr figures(std::initializer_list<std::pair<const char*, double>> values) {
    auto list = std::make_shared<record_list>(std::vector<std::string>{"indicator", "value"});
    for (const auto& [id, v] : values) list->add(std::string(id), v);
    return record_list_ptr(list);
}
}  // namespace

TEST_CASE("Vietnamese number formats") {
    CHECK(*parse_vietnamese_number("156") == 156);
    CHECK(*parse_vietnamese_number("1.234") == 1234);
    CHECK(*parse_vietnamese_number("1.234.567") == 1234567);
    CHECK(*parse_vietnamese_number("1,5") == Approx(1.5));
    CHECK(*parse_vietnamese_number("1.234,5") == Approx(1234.5));
    CHECK(*parse_vietnamese_number("2.5") == Approx(2.5));
    CHECK_FALSE(parse_vietnamese_number("1.23.4"));
    CHECK_FALSE(parse_vietnamese_number("abc"));
}

TEST_CASE("sentences split at full stops but not inside numbers") {
    const auto s = sentences("Toàn huyện có 1.234 hộ tham gia. Đã biểu dương 45 tập thể; 78 cá nhân.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "Toàn huyện có 1.234 hộ tham gia");
}

TEST_CASE("figures in sentences, with their units and keywords") {
    auto f = finder().find_in_sentence("Sau 5 năm, toàn huyện đã xây dựng được 156 mô hình \"Dân vận khéo\"");
    REQUIRE(f.size() == 1);
    CHECK(f[0].indicator == "models");
    CHECK(f[0].value == 156);

    f = finder().find_in_sentence("Ban Thường vụ Huyện ủy đã biểu dương, khen thưởng 45 tập thể, 78 cá nhân điển hình");
    REQUIRE(f.size() == 2);
    CHECK(f[0].indicator == "commended_groups");
    CHECK(f[0].value == 45);
    CHECK(f[1].indicator == "commended_individuals");
    CHECK(f[1].value == 78);

    f = finder().find_in_sentence("Nhân dân đã hiến 12.500 m2 đất và đóng góp 3,5 tỷ đồng để làm đường");
    REQUIRE(f.size() == 2);
    CHECK(f[0].indicator == "land_donated");
    CHECK(f[0].value == 12500);
    CHECK(f[1].indicator == "funds");
    CHECK(f[1].value == Approx(3500));
    CHECK(f[1].unit == "triệu đồng");
}

TEST_CASE("years, percentages and figures without the keyword are not indicators") {
    CHECK(finder().find_in_sentence("Năm 2013 có 95% cơ sở triển khai").empty());
    // "tập thể" without commendation words is not a commended group.
    CHECK(finder().find_in_sentence("Có 12 tập thể tham gia hội thi").empty());
    // No diacritics and odd case still match.
    auto f = finder().find_in_sentence("XAY DUNG DUOC 27 MO HINH");
    REQUIRE(f.size() == 1);
    CHECK(f[0].value == 27);
}

TEST_CASE("table columns named by an indicator give one figure per row") {
    table t;
    table_row head, r1, r2;
    head.cells = {cell("Đơn vị"), cell("Số mô hình"), cell("Ghi chú")};
    r1.cells = {cell("Xã Thiên Lộc"), cell("12"), cell("")};
    r2.cells = {cell("Xã Vượng Lộc"), cell("1.050"), cell("")};
    t.rows = {head, r1, r2};
    document doc;
    doc.body.emplace_back(para("Kết quả cụ thể như sau:"));
    doc.body.emplace_back(t);
    const auto f = finder().find(doc);
    REQUIRE(f.size() == 2);
    CHECK(f[0].from_table);
    CHECK(f[0].value == 12);
    CHECK(f[1].value == 1050);
    CHECK(f[1].evidence == "Xã Vượng Lộc | Số mô hình: 1.050");
}

TEST_CASE("totals read the plugin's own record lists") {
    run_result run;
    submission a, b;
    a.unit = unit_ref{"can-loc", "Huyện ủy Can Lộc", "district"};
    a.extensions["indicators"] = figures({{"models", 156}, {"models", 45}, {"households", 1200}});
    b.unit = unit_ref{"duc-tho", "Huyện ủy Đức Thọ", "district"};
    b.extensions["indicators"] = figures({{"models", 30}});
    run.submissions = {a, b};
    run.units = {baocao::testing::unit_row("duc-tho", "Huyện ủy Đức Thọ", "district", "on_time"),
                 baocao::testing::unit_row("can-loc", "Huyện ủy Can Lộc", "district", "on_time")};
    const auto t = totals(run, parse_definitions(default_definitions_json));
    auto units = t->getArray("units");
    REQUIRE(units->size() == 2);
    // No stated total: the sum of the unit's distinct result figures.
    CHECK(units->getObject(1)->getObject("values")->getValue<double>("models") == 201);
    CHECK(units->getObject(1)->getObject("values")->getValue<double>("households") == 1200);
    CHECK(t->getObject("province")->getValue<double>("models") == 231);
}

TEST_CASE("a report on another subject gives no figure to the totals, nor a unit to their coverage") {
    // A unit that sent only a report on another plan ("5 mô hình cải cách hành
    // chính") has not reported on this one: none of its figures may reach the
    // province's total, and it is not among the units reporting figures.
    run_result run;
    submission on_topic, elsewhere, about_others;
    on_topic.unit = unit_ref{"can-loc", "Huyện ủy Can Lộc", "district"};
    on_topic.extensions["indicators"] = figures({{"models", 30}});
    elsewhere.unit = unit_ref{"duc-tho", "Huyện ủy Đức Thọ", "district"};
    elsewhere.extensions["indicators"] = figures({{"models", 5}});
    elsewhere.off_topic = true;
    run.submissions = {on_topic, elsewhere};
    run.units = {baocao::testing::unit_row("can-loc", "Huyện ủy Can Lộc", "district", "on_time"),
                 baocao::testing::unit_row("duc-tho", "Huyện ủy Đức Thọ", "district", "missing")};
    const auto t = totals(run, parse_definitions(default_definitions_json));
    CHECK(t->getObject("province")->getValue<double>("models") == 30);
    const auto units = t->getArray("units");
    for (std::size_t i = 0; i < units->size(); ++i) {
        const auto row = units->getObject(static_cast<unsigned>(i));
        if (row->getValue<std::string>("id") == "duc-tho") CHECK(row->getObject("values")->size() == 0);
    }
    const auto models = t->getObject("coverage")->getObject("models");
    CHECK(models->getValue<int>("units") == 1);
    CHECK(models->getValue<int>("of") == 1);
}
