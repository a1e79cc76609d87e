// SPDX-License-Identifier: Apache-2.0
// The draft's XML writer: whatever text and attribute values it is given,
// an XML parser reads back exactly those (less the code points XML forbids).
#include "docx/xml_writer.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <catch2/catch.hpp>

#include <random>
#include <string>

using baocao::docx::xml_safe;
using baocao::docx::xml_writer;

namespace {

struct read_back {
    std::string attribute;
    std::string text;
};

read_back parse_back(const std::string& xml) {
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "t.xml", nullptr, XML_PARSE_NONET);
    REQUIRE(doc != nullptr);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    read_back out;
    xmlChar* a = xmlGetProp(root, BAD_CAST "v");
    xmlChar* t = xmlNodeGetContent(root);
    out.attribute = reinterpret_cast<const char*>(a);
    out.text = reinterpret_cast<const char*>(t);
    xmlFree(a);
    xmlFree(t);
    xmlFreeDoc(doc);
    return out;
}

std::string written(const std::string& value) {
    xml_writer w;
    w.start("t", {{"v", value}});
    w.text(value);
    w.end();
    return w.finish();
}

}  // namespace

TEST_CASE("attribute values and text read back as written, tabs and line ends included") {
    for (const std::string& value : {std::string("a\tb\nc\rd"), std::string("<&>\"'"), std::string("  lead and trail  "),
                                    std::string("Đảng bộ \xEF\xBF\xBE tỉnh \x01 Hà Tĩnh"), std::string()}) {
        const read_back r = parse_back(written(value));
        CHECK(r.attribute == xml_safe(value));
        CHECK(r.text == xml_safe(value));
    }
    CHECK(xml_safe("a\x01" "b\xEF\xBF\xBF" "c") == "abc");
}

TEST_CASE("random strings of awkward characters survive the round trip") {
    const std::string pieces[] = {"a", " ", "\t", "\n", "\r", "<", ">", "&", "\"", "'", "\x01", "\x1f",
                                  "ệ", "Đ", "\xEF\xBF\xBE", "\xEF\xBF\xBF", "]]>", "&amp;"};
    std::mt19937 rng(32);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1), length(0, 40);
    for (int round = 0; round < 500; ++round) {
        std::string value;
        for (std::size_t n = length(rng); n > 0; --n) value += pieces[pick(rng)];
        const read_back r = parse_back(written(value));
        INFO("round " << round);
        CHECK(r.attribute == xml_safe(value));
        CHECK(r.text == xml_safe(value));
    }
}
