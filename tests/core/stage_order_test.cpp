// SPDX-License-Identifier: Apache-2.0
// The order the extractors run in comes from what each declares it needs,
// then from the config's list, never from the names of library files.
#include <baocao/engine/plugin_loader.hpp>
#include <baocao/engine/registry.hpp>

#include <catch2/catch.hpp>

#include "test_paths.hpp"

#include <algorithm>

using namespace baocao;
using namespace baocao::engine;

namespace {

class named_extractor : public extractor {
public:
    named_extractor(std::string name, std::vector<std::string> after) : name_(std::move(name)), after_(std::move(after)) {}
    std::string name() const override { return name_; }
    std::vector<std::string> runs_after() const override { return after_; }
    void extract(const document&, const item&, submission&, const context&) const override {}

private:
    std::string name_;
    std::vector<std::string> after_;
};

/// A registry holding extractors registered in the given order, each with its needs.
stage_registry registry_of(const std::vector<std::pair<std::string, std::vector<std::string>>>& stages) {
    static std::vector<std::pair<std::string, std::vector<std::string>>> pending;
    pending = stages;
    static const baocao_plugin_info info{BAOCAO_API_VERSION, "order-test", "0", "extractors for the order tests",
                                         [](registry& reg) {
                                             for (const auto& [name, after] : pending)
                                                 reg.add_extractor(std::make_shared<named_extractor>(name, after));
                                         },
                                         {}};
    stage_registry reg;
    reg.add_plugin(info, "(built in)");
    return reg;
}

std::vector<std::string> extractor_names(const stage_registry& reg) {
    std::vector<std::string> names;
    for (const auto& r : reg.extractors()) names.push_back(r.stage->name());
    return names;
}

std::ptrdiff_t position(const std::vector<std::string>& names, const std::string& name) {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : it - names.begin();
}

}  // namespace

TEST_CASE("the built-in extract-sections runs after extract-unit, whose file name sorts after it") {
    plugin_loader loader;
    stage_registry reg;
    const auto failures = loader.load_all({testing::plugin_dir()}, reg);
    REQUIRE(failures.empty());
    reg.select({}, {}, {}, {});
    const auto names = extractor_names(reg);
    REQUIRE(position(names, "extract-unit") >= 0);
    REQUIRE(position(names, "extract-sections") >= 0);
    CHECK(position(names, "extract-unit") < position(names, "extract-sections"));
}

TEST_CASE("the built-in indicator totals run after check-deadline, which marks superseded versions") {
    plugin_loader loader;
    stage_registry reg;
    const auto failures = loader.load_all({testing::plugin_dir()}, reg);
    REQUIRE(failures.empty());
    reg.select({}, {}, {}, {});
    std::vector<std::string> names;
    for (const auto& r : reg.checkers()) names.push_back(r.stage->name());
    REQUIRE(position(names, "check-deadline") >= 0);
    REQUIRE(position(names, "indicator-totals") >= 0);
    CHECK(position(names, "check-deadline") < position(names, "indicator-totals"));
}

TEST_CASE("a stage moves after the stages it needs and the others keep their order") {
    auto reg = registry_of({{"c", {}}, {"sections", {"unit"}}, {"a", {}}, {"unit", {}}});
    reg.select({}, {}, {}, {});
    CHECK(extractor_names(reg) == std::vector<std::string>{"c", "a", "unit", "sections"});
}

TEST_CASE("an explicit extractors list orders the stages it names and keeps the others after them") {
    auto reg = registry_of({{"a", {}}, {"b", {}}, {"c", {}}, {"d", {}}});
    reg.select({"c", "a"}, {}, {}, {});
    CHECK(extractor_names(reg) == std::vector<std::string>{"c", "a", "b", "d"});
}

TEST_CASE("a stage's needs win over the order of the config's list") {
    auto reg = registry_of({{"unit", {}}, {"sections", {"unit"}}});
    reg.select({"sections", "unit"}, {}, {}, {});
    CHECK(extractor_names(reg) == std::vector<std::string>{"unit", "sections"});
}

TEST_CASE("a need for a stage that does not run, disabled or absent, is no obstacle") {
    auto reg = registry_of({{"sections", {"unit", "nowhere"}}, {"unit", {}}, {"dates", {}}});
    reg.select({}, {}, {}, {"unit"});
    CHECK(extractor_names(reg) == std::vector<std::string>{"sections", "dates"});
}

TEST_CASE("needs that form a cycle are refused naming the stages") {
    auto reg = registry_of({{"x", {"y"}}, {"y", {"x"}}, {"free", {}}});
    CHECK_THROWS_WITH(reg.select({}, {}, {}, {}), Catch::Contains("'x', 'y'") && Catch::Contains("no order"));
}
