// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The body of the provincial synthesis: the opening, Part one (one section
/// per plan item of results, then the overall assessment), Part two
/// (directions, tasks, solutions) and the recommendations by addressee. Each
/// part states what units said in common once, names them, and adds a few
/// notable single-unit findings as examples.

#include "masthead.hpp"
#include "reporters.hpp"
#include "tasks.hpp"

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/result.hpp>
#include <baocao/sdk/roster.hpp>

namespace baocao::synthesis {

/// How much the body may say: the budget that keeps it to 8–15 pages however many units report.
struct budget {
    std::size_t findings_per_results_section = 7;
    std::size_t findings_per_assessment_part = 5;
    std::size_t findings_in_directions = 8;
    std::size_t findings_per_addressee = 3;
    std::size_t examples_per_section = 3;
};

/// Writes the masthead and every part of `run`'s draft into `d`. Independent
/// pieces (each unit's statements, each part's grouping, the excerpts) are
/// tasks of `tasks`; the draft does not depend on how they are run.
void synthesize(const run_result& run, const roster& r, const options& opts, const budget& b, std::int64_t now,
                int utc_offset_minutes, draft::document& d, const task_runner& tasks = one_by_one);

}  // namespace baocao::synthesis
