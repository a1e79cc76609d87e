#pragma once
/// The appendix parts of the draft: 1. who reported and when, 2. the figures
/// by unit, 3. (optional) the units' own text per plan item, verbatim.

#include "figures.hpp"
#include "units.hpp"

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/result.hpp>

namespace baocao::synthesis {

/// Appendix 1: the compliance table and the lists of missing, late and unreadable reports.
draft::part compliance_part(const run_result& run, int utc_offset_minutes);

/// Appendix 2: the figures by unit with the province's totals; no part when there are no figures.
std::optional<draft::part> figures_part(const figure_set& f);

/// Appendix 3: per plan item, each unit's own text under its own headings;
/// lines of cells (tab-separated) as tables; a heading with nothing under it is left out.
draft::part excerpts_part(const run_result& run, const std::vector<reporter>& reporters);

}  // namespace baocao::synthesis
