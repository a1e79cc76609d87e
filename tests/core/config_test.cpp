// SPDX-License-Identifier: Apache-2.0
// The pipeline file and the roster: read right, or refused with a message that names the problem.
#include <baocao/engine/config.hpp>
#include <baocao/engine/roster_loader.hpp>
#include <baocao/sdk/dates.hpp>

#include <catch2/catch.hpp>

#include "test_paths.hpp"

#include <fstream>

using namespace baocao;

namespace {
std::filesystem::path write_temp(const std::string& dir_name, const std::string& file, const std::string& content) {
    const auto dir = testing::temp_dir(dir_name);
    std::ofstream(dir / file, std::ios::binary) << content;
    return dir / file;
}
}  // namespace

TEST_CASE("a pipeline file sets order, settings, limits and the clock") {
    const auto file = write_temp("config-full", "pipeline.json", R"({
      "plugin_paths": ["extra"],
      "extractors": ["extract-unit", "extract-dates"],
      "emitters": ["emit-json"],
      "disabled": ["extract-indicators"],
      "now": "2013-10-20T09:00:00+07:00",
      "limits": {"max_zip_entries": 5000, "max_container_depth": 4},
      "settings": {"check-deadline": {"inclusive": true, "grace_days": 2}}
    })");
    const auto cfg = engine::load_config(file);
    REQUIRE(cfg.plugin_paths.size() == 1);
    CHECK(cfg.plugin_paths[0] == file.parent_path() / "extra");
    CHECK(cfg.extractors == std::vector<std::string>{"extract-unit", "extract-dates"});
    CHECK(cfg.emitters == std::vector<std::string>{"emit-json"});
    CHECK(cfg.disabled == std::vector<std::string>{"extract-indicators"});
    REQUIRE(cfg.now);
    CHECK(dates::to_iso_datetime(*cfg.now, 420) == "2013-10-20T09:00:00+07:00");
    CHECK(cfg.limits.max_zip_entries == 5000);
    CHECK(cfg.limits.max_container_depth == 4);
    CHECK(cfg.settings.at("check-deadline")->getValue<int>("grace_days") == 2);
}

TEST_CASE("a broken pipeline file is refused naming the file") {
    const auto file = write_temp("config-broken", "bad.json", "{\"extractors\": [");
    CHECK_THROWS_WITH(engine::load_config(file), Catch::Contains("bad.json"));
    CHECK_THROWS_WITH(engine::load_config(file.parent_path() / "absent.json"), Catch::Contains("cannot read"));
}

TEST_CASE("a roster is read with NFC names and lower-case emails") {
    const auto file = write_temp("roster-good", "roster.json", R"({"units":[
      {"id":"can-loc","name":"Huyện ủy Can Lộc","level":"district","aliases":["HUYỆN UỶ CAN LỘC"],
       "emails":[" HU.CanLoc@Example.VN "]},
      {"id":"mttq","name":"Ủy ban MTTQ tỉnh","level":"organization"}]})");
    const auto r = engine::load_roster(file);
    REQUIRE(r.units.size() == 2);
    CHECK(r.units[0].emails == std::vector<std::string>{"hu.canloc@example.vn"});
    CHECK(r.units[0].aliases.size() == 1);
    CHECK(r.find("mttq")->level == "organization");
    CHECK(r.find("nope") == nullptr);
}

TEST_CASE("a roster with a bad unit is refused saying which unit and why") {
    auto refused = [](const std::string& json) {
        const auto file = write_temp("roster-bad", "roster.json", json);
        try {
            engine::load_roster(file);
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK_THAT(refused(R"({"units":[{"name":"X","level":"district"}]})"), Catch::Contains("unit 1 has no id"));
    CHECK_THAT(refused(R"({"units":[{"id":"x","name":"X","level":"province"}]})"), Catch::Contains("level 'province'"));
    CHECK_THAT(refused(R"({"units":[{"id":"x","name":"X","level":"district"},{"id":"x","name":"Y","level":"district"}]})"),
               Catch::Contains("used twice"));
    CHECK_THAT(refused(R"({"people":[]})"), Catch::Contains("no \"units\""));
    CHECK_THAT(refused("not json"), Catch::Contains("not valid JSON"));
}
