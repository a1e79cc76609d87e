// SPDX-License-Identifier: Apache-2.0
// The pipeline file is checked: what it says wrong is reported with its
// place, exits 2 like any unusable input, and nothing it names is ignored.
#include "cli_process.hpp"

#include "test_paths.hpp"

#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace baocao::testing;

namespace {

std::filesystem::path demo() { return source_dir() / "samples" / "demo"; }

/// Runs the demo with a config holding `json`; the output goes to `dir`/out.
cli_result run_with_config(const std::filesystem::path& dir, const std::string& json) {
    std::ofstream(dir / "pipeline.json", std::ios::binary) << json;
    return run_cli({"run", "--plan", (demo() / "plan-99-KH-TU.docx").string(), "--roster",
                    (demo() / "roster.json").string(), "--out", (dir / "out").string(), "--config",
                    (dir / "pipeline.json").string(), (demo() / "inbox").string()});
}

}  // namespace

TEST_CASE("a config that is not JSON exits 2 naming the line and column") {
    const auto dir = temp_dir("cli-config-syntax");
    const auto r = run_with_config(dir, "{\n  \"disabled\": [\"emit-md\",]\n}\n");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("pipeline.json:2:26: not valid JSON"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("an unknown key in the config is reported, not ignored") {
    const auto dir = temp_dir("cli-config-key");
    const auto top = run_with_config(dir, "{\n  \"extractor\": [\"extract-unit\"]\n}\n");
    CHECK(top.exit_code == 2);
    CHECK_THAT(top.err, Catch::Contains("pipeline.json:2:16: unknown key \"extractor\""));
    const auto limit = run_with_config(dir, "{\"limits\": {\"max_zip_entry\": 10}}");
    CHECK(limit.exit_code == 2);
    CHECK_THAT(limit.err, Catch::Contains("pipeline.json:1:30: unknown limit \"max_zip_entry\""));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a plugin the config names that is not loaded is reported") {
    const auto dir = temp_dir("cli-config-names");
    const auto disabled = run_with_config(dir, "{\n  \"disabled\": [\"emit-md\", \"emit-mdx\"]\n}\n");
    CHECK(disabled.exit_code == 2);
    CHECK_THAT(disabled.err, Catch::Contains("pipeline.json:2:27: \"disabled\" names the plugin 'emit-mdx'"));
    const auto settings = run_with_config(dir, "{\"settings\": {\"check-deadlines\": {\"inclusive\": true}}}");
    CHECK(settings.exit_code == 2);
    CHECK_THAT(settings.err, Catch::Contains("pipeline.json:1:34: \"settings\" names the plugin 'check-deadlines'"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a limit out of range is reported, and 2^32 does not wrap to 0") {
    const auto dir = temp_dir("cli-config-limits");
    for (const std::string value : {"4294967296", "0", "-1", "2.5", "\"256\""}) {
        INFO(value);
        const auto r = run_with_config(dir, "{\"limits\": {\"max_xml_depth\": " + value + "}}");
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("pipeline.json:1:30: the limit \"max_xml_depth\"") &&
                              Catch::Contains("from 1 to 4294967295"));
    }
    const auto fine = run_with_config(dir, "{\"limits\": {\"max_xml_depth\": 4294967295, \"max_input_bytes\": 1073741824}}");
    CHECK(fine.exit_code == 0);
    std::filesystem::remove_all(dir);
}

TEST_CASE("an extractors list orders the extractors without dropping the ones it does not name") {
    const auto dir = temp_dir("cli-config-extractors");
    const auto r = run_with_config(dir, "{\"extractors\": [\"extract-dates\"]}");
    REQUIRE(r.exit_code == 0);
    std::ifstream in(dir / "out" / "result.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    Poco::JSON::Parser parser;
    const auto result = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
    const auto submissions = result->getArray("submissions");
    REQUIRE(submissions->size() > 0);
    std::size_t with_unit = 0, with_sections = 0, with_date = 0;
    for (std::size_t i = 0; i < submissions->size(); ++i) {
        const auto s = submissions->getObject(static_cast<unsigned>(i));
        with_unit += !s->isNull("unit");
        with_sections += s->getArray("sections")->size() > 0;
        with_date += !s->isNull("document_date");
    }
    CHECK(with_unit > 0);       // extract-unit still ran
    CHECK(with_sections > 0);   // extract-sections still ran
    CHECK(with_date > 0);
    std::filesystem::remove_all(dir);
}
