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
