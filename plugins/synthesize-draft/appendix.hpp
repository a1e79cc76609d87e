// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The appendix parts of the draft, numbered in this order when present: who
/// reported and when, what each report covers, the figures by unit, and
/// (optional) the units' own text per plan item, verbatim, within a budget.

#include "run_figures.hpp"
#include "reporters.hpp"

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/result.hpp>

#include <cstddef>
#include <mutex>
#include <vector>

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

/// excerpts_part built cell by cell, one cell per plan item and unit: cells
/// are independent, so they may be built on any threads at once; each is
/// joined to the part (item by item, unit by unit) as soon as those before it
/// are, so only the cells built ahead of the next are held apart.
class excerpts_appendix {
public:
    excerpts_appendix(const run_result& run, const std::vector<reporter>& reporters);

    /// Number of cells (plan items × units).
    std::size_t cells() const { return cells_.size(); }
    /// Builds cell `cell`; each cell once.
    void build(std::size_t cell);
    /// The part, once every cell is built.
    draft::part take();

private:
    /// Joins the built cells that follow the last joined; under `joining_`.
    void join_built();

    const run_result& run_;
    const std::vector<reporter>& reporters_;
    std::size_t share_ = 0;                          // bytes of text each cell may print
    draft::part part_;
    std::mutex joining_;
    std::vector<std::vector<draft::block>> cells_;   // built, not yet joined: a unit's name and its blocks
    std::vector<bool> built_;
    std::size_t joined_ = 0;                         // cells joined to the part
    std::size_t item_start_ = 0;                     // where the item being joined starts in the part
};

}  // namespace baocao::synthesis
