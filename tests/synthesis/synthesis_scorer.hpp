// SPDX-License-Identifier: Apache-2.0
#pragma once
// Scores a draft synthesis against the labelled set's truth: findings stated,
// stated twice, attributed to their units; provincial totals; the body's
// length against the matched source text; units named.

#include "synthesis_corpus.hpp"

#include <string>

namespace baocao::synthesis_test {

struct synthesis_score {
    std::size_t findings = 0;
    std::size_t stated = 0;               ///< findings stated in the body
    std::size_t repeats = 0;              ///< extra body paragraphs stating a finding already stated
    std::size_t attributed = 0;           ///< findings whose paragraph names at least 75% of their units
    std::size_t totals = 0;
    std::size_t totals_right = 0;         ///< provincial totals printed in the body as the truth has them
    std::size_t body_words = 0;           ///< words of draft.md before "PHỤ LỤC"
    std::size_t source_words = 0;         ///< words of the sections matched in result.json
    std::size_t units = 0;
    std::size_t units_named = 0;          ///< reporting units named in the body

    /// "synthesis: findings=7 stated=7 repeats=0 attributed=7/7 totals=2/2 body_words=.. source_words=.. ratio=0.31 units_named=14/14"
    std::string line() const;
};

/// Scores `draft_md` (the text of draft.md) and `result_json` (the text of result.json) against `truth`.
synthesis_score score_draft(const corpus_truth& truth, const std::string& draft_md, const std::string& result_json);

}  // namespace baocao::synthesis_test
