// SPDX-License-Identifier: Apache-2.0
// The identity extractors on the real reports of the shared corpus, read by
// the parse-docx plugin module; labels from the corpus's truth.json.

#include "date_extractor.hpp"
#include "identity_fixture.hpp"
#include "unit_extractor.hpp"

#include <baocao/engine/plugin_loader.hpp>
#include <baocao/engine/registry.hpp>

#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace baocao;
using namespace baocao::testing;

TEST_CASE("document dates and issuers of the real reports", "[identity][shared]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto corpus = shared / "corpus" / "real-reports";
    const auto module = plugin_dir() / "parse-docx.so";
    if (!std::filesystem::exists(corpus / "truth.json") || !std::filesystem::exists(module)) {
        WARN("skipped: needs " << (corpus / "truth.json") << " and " << module);
        return;
    }
    engine::plugin_loader loader;
    engine::stage_registry reg;
    loader.load(module, reg);
    REQUIRE_FALSE(reg.parsers().empty());
    const parser& docx = *reg.parsers().front().stage;

    std::ifstream in(corpus / "truth.json");
    std::stringstream buf;
    buf << in.rdbuf();
    const auto truth = Poco::JSON::Parser().parse(buf.str()).extract<Poco::JSON::Object::Ptr>();

    const roster r = test_roster();
    auto ctx = context_for(r, "extract-unit");
    unit_match::unit_extractor units;
    units.prepare(ctx);
    date_extract::date_extractor dates_ex;

    std::size_t checked = 0;
    for (const auto& [key, value] : *truth) {
        const auto label = value.extract<Poco::JSON::Object::Ptr>();
        const auto file = shared / key;
        INFO(key);
        REQUIRE(std::filesystem::exists(file));
        item it;
        it.source = key;
        it.name = file.filename().string();
        it.path = file;
        const document doc = docx.parse(it, ctx);

        submission s;
        dates_ex.extract(doc, it, s, ctx);
        const Poco::Dynamic::Var want = label->get("document_date");
        if (want.isEmpty())
            CHECK_FALSE(s.document_date);
        else
            CHECK(s.document_date == std::optional<std::string>(want.convert<std::string>()));

        // None of them is a Hà Tĩnh unit: each is unknown, and the message names its issuer.
        units.extract(doc, it, s, ctx);
        CHECK_FALSE(s.unit);
        const std::string issuer = label->getValue<std::string>("unit_name");
        bool named = false;
        for (const auto& p : s.problems)
            if (p.code == error_code::unknown_unit) named = p.message.find(issuer) != std::string::npos;
        CHECK(named);
        ++checked;
    }
    CHECK(checked == 4);
}
