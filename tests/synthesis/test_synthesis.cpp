// SPDX-License-Identifier: Apache-2.0
// The draft synthesis on the labelled set (synthesis_corpus.cpp), run through
// the real command: every finding stated once and attributed, totals right,
// the body shorter than half of what the units wrote, every unit named.
#include "e2e_support.hpp"
#include "synthesis_corpus.hpp"
#include "synthesis_scorer.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <iostream>

using namespace baocao::synthesis_test;
using namespace baocao::testing;

TEST_CASE("the synthesis states each common finding once, with its units, totals and a short body", "[synthesis]") {
    const auto dir = temp_dir("synthesis-set");
    const auto truth = write_corpus(dir / "inbox");
    REQUIRE(truth.units.size() >= 12);
    REQUIRE(truth.findings.size() >= 5);
    for (const auto& f : truth.findings) {
        CHECK(f.units.size() >= 4);
        CHECK(f.units.size() <= 8);
    }
    const auto demo = source_dir() / "samples" / "demo";
    const auto run = run_baocao(dir, {"--plan", (demo / "plan-99-KH-TU.docx").string(), "--roster",
                                      (demo / "roster.json").string(), "--out", (dir / "out").string(), "--now",
                                      "2013-10-20T09:00:00+07:00", "inbox"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto score = score_draft(truth, read_bytes(dir / "out" / "draft.md"), read_bytes(dir / "out" / "result.json"));
    std::cout << score.line() << std::endl;
    INFO(score.line());
    CHECK(score.stated == score.findings);
    CHECK(score.repeats <= 2);
    CHECK(5 * score.attributed >= 4 * score.findings);
    CHECK(score.totals_right == score.totals);
    CHECK(2 * score.body_words <= score.source_words);
    CHECK(score.units_named == score.units);
}
