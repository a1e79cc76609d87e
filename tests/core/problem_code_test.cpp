// SPDX-License-Identifier: Apache-2.0
// Problem codes: a contract code keeps the string result.json has always
// carried, a plugin reports a finding of its own under "plugin.finding", and a
// code that breaks the naming rule is refused with a message that says why.
#include <baocao/engine/pipeline.hpp>
#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/problem_code.hpp>

#include "line_document.hpp"
#include "result_json.hpp"

#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include "test_paths.hpp"

#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

using namespace baocao;

namespace {

/// "NOTE\n" then one paragraph per line.
class note_parser : public parser {
public:
    std::string name() const override { return "test-notes"; }
    probe_score probe(const item&, std::string_view head) const override { return head.rfind("NOTE\n", 0) == 0 ? 50 : 0; }
    document parse(const item& it, const context& ctx) const override {
        const std::string content = it.read_all(ctx.limits().max_input_bytes);
        return testing::document_of_lines(content.substr(5));
    }
};

/// Reports a finding of its own on a note of one line, a contract problem on
/// an empty one, and tries a code that breaks the rule on a note saying "BAD".
class note_checker : public extractor {
public:
    std::string name() const override { return "test-note-checker"; }
    void extract(const document& doc, const item&, submission& sub, const context&) const override {
        const std::string text = plain_text(doc.body);
        if (text.find("BAD") != std::string::npos)
            sub.problems.push_back({problem_code::plugin_defined("test-findings", "Too-Short"), "never reached"});
        else if (doc.body.size() == 1)
            sub.problems.push_back({problem_code::plugin_defined("test-findings", "one_line_note"),
                                    "the note holds a single line"});
        else if (doc.body.empty())
            sub.problems.push_back({error_code::no_sections, "the note is empty"});
    }
};

void register_note_stages(registry& reg) {
    reg.add_parser(std::make_shared<note_parser>());
    reg.add_extractor(std::make_shared<note_checker>());
}

}  // namespace

// Linked in, not loaded: BAOCAO_PLUGIN gives baocao_plugin_info_test_findings().
BAOCAO_PLUGIN(test_findings, "test-findings", "0", "a plugin that reports findings of its own", register_note_stages)

namespace {

/// result.json's problems of the submission read from `source`.
Poco::JSON::Array::Ptr problems_in_json(const std::string& json, const std::string& source) {
    const auto root = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
    const auto subs = root->getArray("submissions");
    for (unsigned i = 0; i < subs->size(); ++i)
        if (subs->getObject(i)->getValue<std::string>("source") == source) return subs->getObject(i)->getArray("problems");
    return nullptr;
}

struct note_run {
    std::filesystem::path dir = testing::temp_dir("problem-codes");
    std::string one_line = write("one.txt", "NOTE\nonly this line\n");
    std::string empty = write("empty.txt", "NOTE\n");
    std::string bad = write("bad.txt", "NOTE\nBAD\nand more\n");
    std::string json;

    note_run() {
        engine::stage_registry reg;
        reg.add_plugin(*baocao_plugin_info_test_findings(), "(test)");
        engine::pipeline pipe(reg, std::make_shared<engine::run_state>());
        json = emit_json::result_to_json(pipe.run({{one_line, empty, bad}, 1}), 7 * 60);
    }
    ~note_run() { std::filesystem::remove_all(dir); }

    std::string write(const std::string& name, const std::string& content) const {
        std::filesystem::create_directories(dir);
        std::ofstream(dir / name, std::ios::binary) << content;
        return (dir / name).string();
    }
};

}  // namespace

TEST_CASE("a contract code is written as the contract's string, whatever its value") {
    for (int value = 0; value <= static_cast<int>(error_code::date_without_zone); ++value) {
        const auto code = static_cast<error_code>(value);
        const problem_code as_problem = code;
        CHECK(to_string(as_problem) == to_string(code));
        CHECK(as_problem.contract() == code);
        CHECK_FALSE(as_problem.is_plugin_defined());
        CHECK(to_string(code).find('.') == std::string_view::npos);  // what keeps plugin codes apart
    }
    CHECK(to_string(problem_code(error_code::unknown_unit)) == "unknown_unit");
    CHECK(to_string(problem_code(error_code::duplicate)) == "duplicate");
    CHECK(to_string(problem_code(error_code::late_replacement)) == "late_replacement");
    CHECK(to_string(problem_code(error_code::items_not_covered)) == "items_not_covered");
}

TEST_CASE("a plugin-defined code is 'plugin.finding' and equals only itself") {
    const auto own = problem_code::plugin_defined("check-signature", "unsigned_report");
    CHECK(to_string(own) == "check-signature.unsigned_report");
    CHECK(own.is_plugin_defined());
    CHECK_FALSE(own.contract());
    CHECK(own == problem_code::plugin_defined("check-signature", "unsigned_report"));
    CHECK_FALSE(own == problem_code::plugin_defined("check-signature", "unsigned"));
    CHECK_FALSE(own == error_code::plugin_problem);
    // Named like a contract code, it is still the plugin's own.
    const auto lookalike = problem_code::plugin_defined("x", "duplicate");
    CHECK(to_string(lookalike) == "x.duplicate");
    CHECK_FALSE(lookalike == error_code::duplicate);
}

TEST_CASE("a plugin-defined code that breaks the naming rule is refused, saying which part and why") {
    auto refusal = [](std::string_view plugin, std::string_view finding) -> std::string {
        try {
            (void)problem_code::plugin_defined(plugin, finding);
        } catch (const std::invalid_argument& e) {
            return e.what();
        }
        return {};
    };
    const std::string upper = refusal("Check-Signature", "unsigned");
    CHECK_THAT(upper, Catch::Contains("\"Check-Signature.unsigned\"") && Catch::Contains("plugin part") &&
                          Catch::Contains("kebab-case"));
    const std::string hyphen = refusal("check-signature", "not-signed");
    CHECK_THAT(hyphen, Catch::Contains("\"not-signed\"") && Catch::Contains("snake_case"));
    CHECK_FALSE(refusal("", "unsigned").empty());
    CHECK_FALSE(refusal("check-signature", "").empty());
    CHECK_FALSE(refusal("check.signature", "unsigned").empty());  // the dot is the separator
    CHECK_FALSE(refusal("check-signature", "a.b").empty());
    CHECK_FALSE(refusal("check-signature", "1st").empty());
    CHECK_FALSE(refusal("check signature", "unsigned").empty());
    CHECK(refusal("check-signature2", "unsigned_2").empty());
}

TEST_CASE("a plugin's own problem reaches result.json beside the contract's, and a refused code is reported") {
    const note_run run;

    const auto own = problems_in_json(run.json, run.one_line);
    REQUIRE(own);
    REQUIRE(own->size() == 1);
    CHECK(own->getObject(0)->getValue<std::string>("code") == "test-findings.one_line_note");
    CHECK(own->getObject(0)->getValue<std::string>("message") == "the note holds a single line");
    CHECK_THAT(run.json, Catch::Contains(R"("code": "test-findings.one_line_note",)"));

    const auto contract = problems_in_json(run.json, run.empty);
    REQUIRE(contract);
    REQUIRE(contract->size() == 1);
    CHECK(contract->getObject(0)->getValue<std::string>("code") == "no_sections");
    CHECK_THAT(run.json, Catch::Contains(R"("code": "no_sections",)"));

    // The extractor's refused code does not stop the batch: the core notes it
    // as plugin_problem, with the refusal's reason.
    const auto refused = problems_in_json(run.json, run.bad);
    REQUIRE(refused);
    REQUIRE(refused->size() == 1);
    CHECK(refused->getObject(0)->getValue<std::string>("code") == "plugin_problem");
    CHECK_THAT(refused->getObject(0)->getValue<std::string>("message"),
               Catch::Contains("test-note-checker") && Catch::Contains("\"Too-Short\"") && Catch::Contains("snake_case"));
}

TEST_CASE("result.schema.json accepts every code the rule allows and none it refuses") {
    std::ifstream in(testing::source_dir() / "docs" / "schema" / "result.schema.json");
    const auto schema = Poco::JSON::Parser().parse(in).extract<Poco::JSON::Object::Ptr>();
    const std::regex pattern(schema->getObject("$defs")->getObject("problem_code")->getValue<std::string>("pattern"));
    for (int value = 0; value <= static_cast<int>(error_code::date_without_zone); ++value)
        CHECK(std::regex_match(std::string(to_string(static_cast<error_code>(value))), pattern));
    CHECK(std::regex_match(std::string(to_string(problem_code::plugin_defined("check-signature2", "unsigned_2"))), pattern));
    for (const char* refused : {"Check-Signature.unsigned", "check-signature.not-signed", "check.signature.unsigned",
                                ".unsigned", "check-signature.", "check-signature.1st"})
        CHECK_FALSE(std::regex_match(std::string(refused), pattern));
}
