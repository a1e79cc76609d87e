// SPDX-License-Identifier: Apache-2.0
// expected.json agrees with the files and with the contract's rules.

#include "sample_support.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace baocao::testing::samples;

namespace {

Poco::JSON::Object::Ptr load(const std::filesystem::path& p) {
    Poco::JSON::Parser parser;
    return parser.parse(read_file(p)).extract<Poco::JSON::Object::Ptr>();
}

}  // namespace

TEST_CASE("expected.json names existing inputs and covers the scenario", "[samples]") {
    const auto& dir = demo_dir();
    const auto root = load(dir / "expected.json");
    const auto subs = root->getArray("submissions");
    std::set<std::string> units;
    std::map<std::string, int> statuses;
    int superseded = 0;
    for (std::size_t i = 0; i < subs->size(); ++i) {
        const auto s = subs->getObject(static_cast<unsigned>(i));
        const std::string source = s->getValue<std::string>("source");
        INFO(source);
        const std::string container = source.substr(0, source.find('#'));
        CHECK(std::filesystem::exists(dir / container));
        units.insert(s->getValue<std::string>("unit"));
        ++statuses[s->getValue<std::string>("status")];
        if (!s->isNull("superseded_by")) ++superseded;
        // Reports beside the review (thematic, off the subject) carry no paragraph truth.
        if (s->getValue<bool>("off_topic") || s->getValue<bool>("side_report")) continue;
        const auto paragraphs = s->getArray("paragraphs");
        REQUIRE(paragraphs->size() > 10);
        std::set<int> items;
        for (std::size_t k = 0; k < paragraphs->size(); ++k) {
            const auto p = paragraphs->getObject(static_cast<unsigned>(k));
            if (!p->isNull("item")) items.insert(p->getValue<int>("item"));
        }
        CHECK(items.count(1) == 1);
        CHECK(items.count(2) == 1);
        CHECK(items.count(4) == 1);
    }
    CHECK(units.size() >= 20);
    CHECK(statuses["on_time"] >= 10);
    CHECK(statuses["late"] >= 3);
    CHECK(statuses["undetermined"] == 0);  // the roster dates the Front and mass organizations
    CHECK(superseded == 1);

    std::set<std::string> codes;
    const auto rejected = root->getArray("rejected");
    for (std::size_t i = 0; i < rejected->size(); ++i) codes.insert(rejected->getObject(static_cast<unsigned>(i))->getValue<std::string>("code"));
    CHECK(codes == std::set<std::string>{"corrupt_doc", "corrupt_zip", "unsupported_format", "no_attachment"});

    const auto roster = load(dir / "roster.json")->getArray("units");
    const auto rows = root->getArray("units");
    REQUIRE(rows->size() == roster->size());
    std::map<std::string, std::string> status_of;
    for (std::size_t i = 0; i < rows->size(); ++i)
        status_of[rows->getObject(static_cast<unsigned>(i))->getValue<std::string>("id")] =
            rows->getObject(static_cast<unsigned>(i))->getValue<std::string>("status");
    // Sent only what cannot be read: a broken .docx, a .doc.
    CHECK(status_of["huong-khe"] == "unreadable");
    CHECK(status_of["hoi-ccb"] == "unreadable");
    // Sent only a report on another subject.
    CHECK(status_of["dang-uy-bien-phong"] == "missing");
    CHECK(status_of["mttq"] == "late");
    CHECK(status_of["hoi-nong-dan"] == "late");
}

TEST_CASE("the UTC Received: stamp across midnight makes Thạch Hà late", "[samples]") {
    const auto subs = load(demo_dir() / "expected.json")->getArray("submissions");
    bool found = false;
    for (std::size_t i = 0; i < subs->size(); ++i) {
        const auto s = subs->getObject(static_cast<unsigned>(i));
        if (s->getValue<std::string>("unit") != "thach-ha") continue;
        found = true;
        CHECK(s->getValue<std::string>("received_at") == "2013-10-05T01:20:00+07:00");
        CHECK(s->getValue<std::string>("document_date") == "2013-10-04");
        CHECK(s->getValue<std::string>("status") == "late");
    }
    CHECK(found);
    const std::string eml = read_file(demo_dir() / "inbox/thach-ha.eml");
    CHECK(eml.find("Fri, 4 Oct 2013 18:20:00 +0000") != std::string::npos);
}

TEST_CASE("roster.json keeps the contract's schema with example addresses", "[samples]") {
    const auto units = load(demo_dir() / "roster.json")->getArray("units");
    REQUIRE(units->size() == 23);
    for (std::size_t i = 0; i < units->size(); ++i) {
        const auto u = units->getObject(static_cast<unsigned>(i));
        for (const char* key : {"id", "name", "level", "aliases", "emails"}) CHECK(u->has(key));
        const auto emails = u->getArray("emails");
        REQUIRE(emails->size() >= 1);
        CHECK(emails->getElement<std::string>(0).ends_with("@hatinh.example.vn"));
    }
}
