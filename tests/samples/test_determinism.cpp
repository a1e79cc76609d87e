// SPDX-License-Identifier: Apache-2.0
// The generator is a pure function of its seed: same seed, same bytes.

#include "demo_scenario.hpp"
#include "sample_support.hpp"
#include "scale_corpus.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

using namespace baocao::testing;
using namespace baocao::testing::samples;

TEST_CASE("two demo runs with the same seed write byte-identical files", "[samples]") {
    const auto a = temp_dir("samples-det-a");
    const auto b = temp_dir("samples-det-b");
    baocao::samplegen::write_demo(a, 99);
    baocao::samplegen::write_demo(b, 99);
    const auto files = list_files(a);
    REQUIRE(files == list_files(b));
    REQUIRE(files.size() >= 20);
    for (const auto& f : files) {
        INFO(f);
        CHECK(read_file(a / f) == read_file(b / f));
    }
}

TEST_CASE("another seed changes wording and figures but not the scenario", "[samples]") {
    const auto& a = demo_dir(2013);
    const auto& b = demo_dir(2014);
    CHECK(read_file(a / "expected.json") != read_file(b / "expected.json"));
    CHECK(read_file(a / "inbox/can-loc.eml") != read_file(b / "inbox/can-loc.eml"));
    // The plan and roster are data, not drawn from the seed.
    CHECK(read_file(a / "plan-99-KH-TU.docx") == read_file(b / "plan-99-KH-TU.docx"));
    CHECK(read_file(a / "roster.json") == read_file(b / "roster.json"));
}

TEST_CASE("flat corpora are deterministic too", "[samples]") {
    const auto a = temp_dir("samples-flat-det-a");
    const auto b = temp_dir("samples-flat-det-b");
    baocao::samplegen::write_flat_corpus(a, 5, 4);
    baocao::samplegen::write_flat_corpus(b, 5, 4);
    const auto files = list_files(a);
    REQUIRE(files.size() == 4);
    for (const auto& f : files) CHECK(read_file(a / f) == read_file(b / f));
}
