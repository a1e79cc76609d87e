// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The appendix parts of the draft, numbered in this order when present: who
/// reported and when, what each report covers, the figures by unit, and
/// (optional) the units' own text per plan item, verbatim, within a budget.

#include "run_figures.hpp"
#include "reporters.hpp"

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/result.hpp>

namespace baocao::synthesis {

/// The compliance table and the lists of missing, late and unreadable reports.
draft::part compliance_part(const run_result& run, int utc_offset_minutes);

/// The units whose report counts, against the plan's items: "x" where the
/// report answers the item, "—" where it does not; no part when none counts.
std::optional<draft::part> coverage_part(const run_result& run);

/// The figures by unit with the province's totals; no part when there are no figures.
std::optional<draft::part> figures_part(const figure_set& f);

/// Per plan item, each unit's own text under its own headings;
/// lines of cells (tab-separated) as tables; a heading with nothing under it is left out.
/// The appendix has a budget (about the demo's 23 units in full): with more
/// units, each unit's text under an item is cut to its share, at least its
/// first paragraph, and a remark citing the report says so.
draft::part excerpts_part(const run_result& run, const std::vector<reporter>& reporters);

}  // namespace baocao::synthesis
