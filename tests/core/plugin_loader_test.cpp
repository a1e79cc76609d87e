// SPDX-License-Identifier: Apache-2.0
// The loader accepts a good plugin and refuses each bad one with its own message.
#include <baocao/engine/plugin_loader.hpp>

#include <catch2/catch.hpp>

#include "test_paths.hpp"

#include <algorithm>
#include <filesystem>

using baocao::engine::plugin_loader;
using baocao::engine::stage_registry;

namespace {
std::filesystem::path fixture(const std::string& name) {
    return std::filesystem::path(BAOCAO_FIXTURE_PLUGIN_DIR) / name / (name + ".so");
}

std::string refusal(const std::filesystem::path& lib) {
    plugin_loader loader;
    stage_registry reg;
    try {
        loader.load(lib, reg);
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("a good plugin loads and registers its stages") {
    plugin_loader loader;
    stage_registry reg;
    loader.load(fixture("fixture-good"), reg);
    REQUIRE(reg.plugins().size() == 1);
    CHECK(reg.plugins()[0].name == "fixture-good");
    CHECK(reg.plugins()[0].version == "2.3.4");
    CHECK(reg.plugins()[0].kinds == std::vector<std::string>{"extractor"});
    REQUIRE(reg.extractors().size() == 1);
    CHECK(reg.extractors()[0].plugin == "fixture-good");
}

TEST_CASE("a plugin built for another API version is refused and says so") {
    const auto msg = refusal(fixture("fixture-wrong-api"));
    CHECK_THAT(msg, Catch::Contains("API version " + std::to_string(BAOCAO_API_VERSION + 41)));
    CHECK_THAT(msg, Catch::Contains("rebuild the plugin"));
}

TEST_CASE("a library without the entry point is refused and says so") {
    const auto msg = refusal(fixture("fixture-no-entry"));
    CHECK_THAT(msg, Catch::Contains("no entry point 'baocao_plugin_entry'"));
}

TEST_CASE("a library whose dependency is missing is refused naming the dependency") {
    const auto msg = refusal(fixture("fixture-missing-dependency"));
    CHECK_THAT(msg, Catch::Contains("does not load"));
    CHECK_THAT(msg, Catch::Contains("libbaocao_fixture_dependency.so"));
}

TEST_CASE("a file that is not there is refused") {
    CHECK_THAT(refusal(fixture("no-such-plugin")), Catch::Contains("no such plugin file"));
}

TEST_CASE("a second plugin with a taken name is refused naming the first") {
    const auto dir = baocao::testing::temp_dir("duplicate-plugin");
    std::filesystem::copy_file(fixture("fixture-good"), dir / "copy-of-good.so");
    plugin_loader loader;
    stage_registry reg;
    loader.load(fixture("fixture-good"), reg);
    try {
        loader.load(dir / "copy-of-good.so", reg);
        FAIL("the duplicate was accepted");
    } catch (const std::exception& e) {
        CHECK_THAT(std::string(e.what()), Catch::Contains("a plugin named 'fixture-good' is already loaded"));
    }
    CHECK(reg.plugins().size() == 1);
    CHECK(reg.extractors().size() == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a register function that throws leaves no stage behind and the refusal names the library") {
    plugin_loader loader;
    stage_registry reg;
    const auto library = fixture("fixture-register-fails");
    std::string message;
    try {
        loader.load(library, reg);
        FAIL("the plugin was accepted");
    } catch (const std::exception& e) {
        message = e.what();
    }
    CHECK(message.rfind(library.string() + ": ", 0) == 0);
    CHECK_THAT(message, Catch::Contains("register function of plugin 'fixture-register-fails' failed"));
    CHECK_THAT(message, Catch::EndsWith("cannot find my data file"));
    CHECK(reg.plugins().empty());
    CHECK(reg.checkers().empty());

    // load_all keeps the same message beside the file it is about.
    plugin_loader other;
    stage_registry other_reg;
    const auto failures = other.load_all({library.parent_path()}, other_reg);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].message == message);
    CHECK(other_reg.checkers().empty());
}

TEST_CASE("load_all collects each refusal and keeps the good plugins") {
    plugin_loader loader;
    stage_registry reg;
    std::vector<std::filesystem::path> folders;
    for (const char* name : {"fixture-good", "fixture-wrong-api", "fixture-no-entry", "fixture-throws"})
        folders.push_back(fixture(name).parent_path());
    const auto failures = loader.load_all(folders, reg);
    CHECK(failures.size() == 2);
    CHECK(reg.plugins().size() == 2);
}

TEST_CASE("the built-in plugins load from the build's plugin folder") {
    plugin_loader loader;
    stage_registry reg;
    const auto failures = loader.load_all({baocao::testing::plugin_dir()}, reg);
    for (const auto& f : failures) WARN(f.message);
    CHECK(failures.empty());
    bool has_json = false;
    for (const auto& p : reg.plugins()) has_json |= p.name == "emit-json";
    CHECK(has_json);
}

TEST_CASE("the default search path leaves out the binary's own folder, /usr/bin once installed") {
    std::error_code ec;
    const auto exe_dir = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path();
    REQUIRE_FALSE(ec);
    const auto path = plugin_loader::default_search_path();
    CHECK(std::find(path.begin(), path.end(), exe_dir) == path.end());
    CHECK(std::find(path.begin(), path.end(), exe_dir / "plugins") != path.end());
}
