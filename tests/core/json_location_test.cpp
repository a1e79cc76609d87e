// SPDX-License-Identifier: Apache-2.0
// Line and column of a JSON syntax error, and of the value an error is about.
#include <baocao/engine/json_location.hpp>

#include <catch2/catch.hpp>

using namespace baocao::engine;

namespace {
std::string at(std::string_view text, std::string_view pointer) {
    const auto p = json_value_position(text, pointer);
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}
std::string syntax_at(std::string_view text) {
    const auto e = json_syntax_error(text);
    return e ? std::to_string(e->first.line) + ":" + std::to_string(e->first.column) + " " + e->second : "valid";
}
}  // namespace

TEST_CASE("a value is found by its JSON Pointer, columns counting characters") {
    const std::string text = "{\n  \"units\": [\n    {\"name\": \"Đảng ủy\", \"level\": \"x\"},\n    {\"a/b\": 1}\n  ]\n}";
    CHECK(at(text, "") == "1:1");
    CHECK(at(text, "/units") == "2:12");
    CHECK(at(text, "/units/0/level") == "3:34");
    CHECK(at(text, "/units/1/a~1b") == "4:13");
    // An absent value points at its nearest enclosing one.
    CHECK(at(text, "/units/1/missing") == "4:5");
    CHECK(at(text, "/units/7") == "2:12");
    CHECK(at("\xEF\xBB\xBF{\"k\": 2}", "/k") == "1:7");
}

TEST_CASE("the first syntax error is placed and named") {
    CHECK(syntax_at("{\"a\": [1, 2]}") == "valid");
    CHECK(syntax_at("{\"a\": [1, 2,]}") == "1:13 a comma before ']': remove the last comma");
    CHECK(syntax_at("{\n  \"a\": 1\n  \"b\": 2\n}") == "3:3 a ',' or '}' is expected after the value of \"a\"");
    CHECK(syntax_at("{'a': 1}") == "1:2 a member name in double quotes is expected here");
    CHECK_THAT(syntax_at("{\"a\": \"x"), Catch::StartsWith("1:9 the document ends inside a string"));
    CHECK_THAT(syntax_at("[1] 2"), Catch::StartsWith("1:5 unexpected text"));
    CHECK_THAT(syntax_at("{\"a\": 01}"), Catch::StartsWith("1:8 a ',' or '}'"));
    CHECK_THAT(syntax_at(std::string(600, '[')), Catch::Contains("nested more than"));
}

TEST_CASE("json_pointer escapes '~' and '/' in member names") {
    CHECK(json_pointer("/settings", "a/b~c") == "/settings/a~1b~0c");
    CHECK(json_pointer("/units", std::size_t{3}) == "/units/3");
}
