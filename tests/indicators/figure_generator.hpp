// SPDX-License-Identifier: Apache-2.0
#pragma once
// Generated reports with the truth of every figure they state, for scoring the
// figure rules on more text than the hand-labelled sets. Its own phrases,
// written apart from samples/generator and from the rules: results, targets,
// proposals, registrations, sub-counts, roads beside canals, hồ sơ beside hộ,
// and provincial bodies' figures about a district's area.

#include "figure_score.hpp"

#include <baocao/sdk/model.hpp>
#include <baocao/sdk/roster.hpp>

#include <map>
#include <string>
#include <vector>

namespace baocao::testing {

/// One generated report: its unit, its document and the figures it states.
struct generated_report {
    std::string unit_id;
    std::string unit_name;
    std::string level;
    std::string file_name;
    document doc;
    std::vector<scored_figure> figures;   ///< every figure an indicator counts, with its role and credited unit
};

struct generated_set {
    roster units;
    std::vector<generated_report> reports;
    std::map<std::string, double> province;   ///< indicator → true provincial total
};

/// Reports of every unit of a fixed roster (twelve districts, eleven provincial
/// bodies), drawn from `seed`. Totals follow the rules a staffer uses: a unit's
/// stated total, else the sum of its distinct results; a body's figure about a
/// district counts for the district only when the district gives none itself.
/// `varied`: other wordings, written after the rules and kept apart from them.
generated_set generate_figure_set(unsigned seed, bool varied = false);

}  // namespace baocao::testing
