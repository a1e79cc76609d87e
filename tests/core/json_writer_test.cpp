// SPDX-License-Identifier: Apache-2.0
// The JSON writer's output is exact: escaping, nesting, UTF-8 as is, Poco values.
#include <baocao/sdk/json.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

using baocao::json_writer;

TEST_CASE("strings are escaped and UTF-8 is written as is") {
    CHECK(json_writer::quote("Báo cáo \"sơ kết\"\n\t\\") == "\"Báo cáo \\\"sơ kết\\\"\\n\\t\\\\\"");
    CHECK(json_writer::quote(std::string("a\x01z", 3)) == "\"a\\u0001z\"");
}

TEST_CASE("objects and arrays nest with two-space indentation") {
    json_writer w;
    w.begin_object();
    w.key("a").value(1);
    w.key("b").begin_array().value("x").null().value(true).end_array();
    w.key("c").begin_object().end_object();
    w.key("d").value(0.92);
    w.end_object();
    CHECK(w.str() == "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    null,\n    true\n  ],\n  \"c\": {},\n  \"d\": 0.92\n}");
}

TEST_CASE("Poco values serialize with sorted keys and parse back") {
    Poco::JSON::Object::Ptr obj = new Poco::JSON::Object;
    obj->set("zeta", 3);
    obj->set("alpha", std::string("mô hình"));
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    arr->add(1.5);
    arr->add(Poco::Dynamic::Var());
    obj->set("list", arr);
    json_writer w(false);
    w.value(Poco::Dynamic::Var(obj));
    CHECK(w.str() == "{\"alpha\":\"mô hình\",\"list\":[1.5,null],\"zeta\":3}");
    Poco::JSON::Parser parser;
    auto back = parser.parse(w.str()).extract<Poco::JSON::Object::Ptr>();
    CHECK(back->getValue<std::string>("alpha") == "mô hình");
}

TEST_CASE("a value in an object without a key is a programming error") {
    json_writer w;
    w.begin_object();
    CHECK_THROWS_AS(w.value(1), std::logic_error);
}

TEST_CASE("long strings are escaped wherever the special character falls") {
    // A byte-by-byte reference, against which the run-by-run escaping is checked.
    auto reference = [](const std::string& s) {
        std::string out = "\"";
        for (unsigned char c : s) {
            if (c == '"') out += "\\\"";
            else if (c == '\\') out += "\\\\";
            else if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else if (c == '\t') out += "\\t";
            else if (c == '\b') out += "\\b";
            else if (c == '\f') out += "\\f";
            else if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else out += static_cast<char>(c);
        }
        return out + "\"";
    };
    const std::string base = "Kết quả thực hiện Chỉ thị 32-CT/TU ở các đơn vị cơ sở";   // > 48 bytes
    for (const char special : {'"', '\\', '\n', '\x01', '\x1f', '\x7f'}) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            std::string s = base;
            s.insert(at, 1, special);
            INFO("special " << static_cast<int>(special) << " at " << at);
            CHECK(json_writer::quote(s) == reference(s));
        }
    }
    const std::string many(100, '"');
    CHECK(json_writer::quote(many) == reference(many));
}

TEST_CASE("a record list is an array of objects with its fields in order") {
    auto list = std::make_shared<baocao::record_list>(std::vector<std::string>{"label", "value", "exact", "note"});
    list->add(std::string("Mô hình \"Dân vận khéo\""), 12.5, true, std::monostate{});
    list->add(std::string("Hộ"), std::int64_t{1008}, false, std::string("x"));
    json_writer w;
    w.begin_object().key("indicators").value(Poco::Dynamic::Var(baocao::record_list_ptr(list))).end_object();
    CHECK(w.str() ==
          "{\n  \"indicators\": [\n"
          "    {\n      \"label\": \"Mô hình \\\"Dân vận khéo\\\"\",\n      \"value\": 12.5,\n"
          "      \"exact\": true,\n      \"note\": null\n    },\n"
          "    {\n      \"label\": \"Hộ\",\n      \"value\": 1008,\n      \"exact\": false,\n      \"note\": \"x\"\n    }\n"
          "  ]\n}");
}

TEST_CASE("an empty or absent record list") {
    json_writer w;
    w.begin_array();
    w.value(Poco::Dynamic::Var(baocao::record_list_ptr()));
    w.value(baocao::record_list(std::vector<std::string>{"a"}));
    w.end_array();
    CHECK(w.str() == "[\n  null,\n  []\n]");
}

TEST_CASE("a record list refuses records of the wrong size and fields named twice") {
    baocao::record_list list(std::vector<std::string>{"a", "b"});
    CHECK_THROWS_AS(list.add(std::string("only one")), std::invalid_argument);
    CHECK(list.empty());
    list.add(std::int64_t{1}, std::int64_t{2});
    CHECK(list.size() == 1);
    CHECK(list.field_index("b") == std::optional<std::size_t>(1));
    CHECK_FALSE(list.field_index("c"));
    CHECK(std::get<std::int64_t>(list.at(0, 1)) == 2);
    CHECK_THROWS_AS(baocao::record_list(std::vector<std::string>{"a", "b", "a"}), std::invalid_argument);
}
