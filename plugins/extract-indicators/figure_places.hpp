// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where each figure belongs once the run knows every report's unit and
// sections: the roster unit whose area it is about, and the plan item of its
// section.

#include "section_search.hpp"

#include <baocao/sdk/record_list.hpp>
#include <baocao/sdk/result.hpp>
#include <baocao/sdk/roster.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao::indicators {

/// The fields of a figure in result.json, in the order they are written.
const std::vector<std::string>& figure_fields();

/// A list of figure_fields() and no rows. Start a report's list as a copy of
/// it: the copies share one vector of field names instead of a vector each
/// (400 bytes a report, 40 MB at 100 000 reports).
const record_list& empty_figure_list();

/// The roster unit whose area a place as written names ("huyện Vũ Quang" →
/// "vu-quang"); "" when none does, or when several do and none is that
/// place's own party committee.
std::string unit_of_place(const roster& units, std::string_view place);

/// The plan item of the section of `sub` whose heading or text holds
/// `evidence`; "" when none. `headings` and `texts`: those of each of its
/// sections, in order.
std::string item_of(const submission& sub, const std::vector<std::string>& headings,
                    const std::vector<std::string>& texts, std::string_view evidence);

/// Places the figures of one report as they are read: "about", the roster
/// unit other than the report's own that a figure's place names, and "item",
/// the plan item of the first section holding its evidence. The report's
/// sections are read once, when the first evidence is looked up; the report
/// must outlive the placer.
class figure_placer {
public:
    figure_placer(const submission& sub, const roster& units);
    figure_placer(const figure_placer&) = delete;
    figure_placer& operator=(const figure_placer&) = delete;
    /// The "about" of a place as written; "" for none.
    std::string about(std::string_view place) const;
    /// The "item" of an evidence; "" for none.
    const std::string& item(const std::string& evidence);

private:
    const submission& sub_;
    const roster& units_;
    std::string own_;
    // Figures of one sentence or table row share their evidence: each is looked up once.
    std::unordered_map<std::string, std::string> item_of_evidence_;
    std::vector<std::string> headings_, texts_;
    std::optional<section_search> sections_;   ///< over headings_ and texts_
};

/// Fills "about" (a roster unit other than the report's own that the figure's
/// place names) and "item" in a figure list built without them (the
/// extractor places its own as it reads them, with figure_placer).
void place_figures(submission& sub, const roster& units);

/// The same for every submission of the run.
void place_figures(run_result& run, const roster& units);

}  // namespace baocao::indicators
