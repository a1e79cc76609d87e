// SPDX-License-Identifier: Apache-2.0
// The plan spec round-trips through JSON, and a mistyped spec is refused with
// a message that names the field.
#include <baocao/engine/plan_reader.hpp>

#include "test_paths.hpp"

#include <catch2/catch.hpp>

using namespace baocao;

namespace {
plan_spec sample() {
    plan_spec p;
    p.number = "99-KH/TU";
    p.date = "2013-08-16";
    p.place = "Hà Tĩnh";
    p.issuing_body = "TỈNH UỶ HÀ TĨNH";
    p.kind = "KẾ HOẠCH";
    p.title = "tổ chức sơ kết 5 năm “Dân vận khéo”";
    p.items = {{"1", "Đánh giá tình hình \"quán triệt\"", {}}, {"2", "Làm rõ kết quả", {"Mô hình tiêu biểu"}}};
    p.deadlines = {{"grassroots", "2013-09-10"}, {"district", "2013-10-05"}};
    p.events = {{"Hội nghị sơ kết cấp tỉnh", "2013-10-15"}};
    return p;
}
}  // namespace

TEST_CASE("a plan spec survives printing and reading back") {
    const plan_spec p = sample();
    const std::string json = engine::plan_to_json(p);
    CHECK(json.find("\"schema\": \"baocao.plan/1\"") != std::string::npos);
    CHECK(json.find("Hà Tĩnh") != std::string::npos);  // UTF-8 as is, not escaped
    const plan_spec q = engine::plan_from_json(json);
    CHECK(q.number == p.number);
    CHECK(q.date == p.date);
    CHECK(q.place == p.place);
    CHECK(q.issuing_body == p.issuing_body);
    CHECK(q.title == p.title);
    REQUIRE(q.items.size() == 2);
    CHECK(q.items[0].title == p.items[0].title);
    CHECK(q.items[1].phrases == std::vector<std::string>{"Mô hình tiêu biểu"});
    CHECK(q.due_for("district") == "2013-10-05");
    REQUIRE(q.events.size() == 1);
    CHECK(q.events[0].name == "Hội nghị sơ kết cấp tỉnh");
    CHECK(engine::plan_to_json(q) == json);
}

TEST_CASE("an edited spec may add a deadline and leave out optional fields") {
    const plan_spec q = engine::plan_from_json(R"({"items":[{"title":"A"},{"title":"B"}],
        "deadlines":[{"level":"organization","due":"2013-10-05"}]})");
    REQUIRE(q.items.size() == 2);
    CHECK(q.items[1].id == "2");
    CHECK(q.due_for("organization") == "2013-10-05");
}

TEST_CASE("a mistyped spec is refused naming the field") {
    CHECK_THROWS_WITH(engine::plan_from_json("{"), Catch::Contains("not valid JSON"));
    CHECK_THROWS_WITH(engine::plan_from_json("[]"), Catch::Contains("top level"));
    CHECK_THROWS_WITH(engine::plan_from_json(R"({"items":[]})"), Catch::Contains("items"));
    CHECK_THROWS_WITH(engine::plan_from_json(R"({"items":[{"id":"1"}]})"), Catch::Contains("items[0]"));
    CHECK_THROWS_WITH(engine::plan_from_json(R"({"items":[{"title":"A"}],"deadlines":[{"level":"commune","due":"2013-10-05"}]})"),
                      Catch::Contains("commune"));
    CHECK_THROWS_WITH(engine::plan_from_json(R"({"items":[{"title":"A"}],"deadlines":[{"level":"district","due":"05/10/2013"}]})"),
                      Catch::Contains("deadlines[0].due"));
    CHECK_THROWS_WITH(engine::plan_from_json(R"({"items":[{"id":"1","title":"A"},{"id":"1","title":"B"}]})"),
                      Catch::Contains("twice"));
    CHECK_THROWS_WITH(engine::plan_from_json(R"({"schema":"other/2","items":[{"title":"A"}]})"), Catch::Contains("schema"));
}
