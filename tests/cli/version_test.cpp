// SPDX-License-Identifier: Apache-2.0
// `baocao --version` says what a bug report needs: the commit, the plugin
// API, and the libraries the program runs with.
#include "cli_process.hpp"

#include <baocao/sdk/plugin.hpp>

#include <catch2/catch.hpp>

#include <regex>

using namespace baocao::testing;

TEST_CASE("the version text names the commit, the plugin API and the library versions") {
    const auto r = run_cli({"--version"});
    CHECK(r.exit_code == 0);
    const std::string& out = r.out;
    CHECK(std::regex_search(out, std::regex(R"(^baocao \d+\.\d+\.\d+\n)")));
    CHECK(std::regex_search(out, std::regex(R"(\ncommit ([0-9a-f]{12}(-modified)?|unknown)\n)")));
    CHECK_THAT(out, Catch::Contains("\nplugin API " + std::to_string(BAOCAO_API_VERSION) + "\n"));
    for (const char* library : {"libxml2", "libzip", "Poco", "ICU", "GMime"}) {
        INFO(library);
        CHECK(std::regex_search(out, std::regex(std::string("\n") + library + R"( \d+\.\d+(\.\d+)*\n)")));
    }
    const auto full = run_cli({"--version"}, with_stdout_to("/dev/full"));
    CHECK(full.exit_code == 1);
}
