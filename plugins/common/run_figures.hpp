// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The figures of the run: per unit and for the province, from the run's
/// "indicator_totals" (extract-indicators) when present, else from the
/// counted submissions' own "indicators". Feeds the opening sentence of each
/// results section and the figures appendix.

#include "reporters.hpp"

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/result.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace baocao::synthesis {

/// One indicator, as the totals define it.
struct indicator {
    std::string id;                       ///< "models"
    std::string label;                    ///< "Mô hình “Dân vận khéo”"
    std::string measure;                  ///< "mô hình"
    std::vector<std::string> items;       ///< plan items it belongs to, from the totals or inferred from its evidence
    std::optional<std::pair<std::size_t, std::size_t>> coverage;  ///< units reporting it of units reporting, from the totals
};

struct unit_figures {
    std::string unit_id;
    std::string name;
    std::map<std::string, double> values;  ///< indicator id → value
};

struct figure_set {
    std::vector<indicator> indicators;    ///< only those some unit reported
    std::vector<unit_figures> units;
    std::map<std::string, double> province;
    bool empty() const { return indicators.empty() || units.empty(); }
};

/// The run's figures: the run's totals when present, else the counted
/// submissions' figures; only units the run knows count (a reporter whose
/// unit_id is "" adds nothing). Indicators whose items the totals do not give
/// are put under the plan item most of their evidence sentences were written under.
figure_set read_figures(const run_result& run, const std::vector<reporter>& reporters);

/// "1.590 mô hình “Dân vận khéo” (14/18 đơn vị báo cáo số liệu)": one figure in running text.
std::string figure_phrase(const indicator& ind, double value, std::size_t units_with_value, std::size_t reporting);

/// "Label (unit)", unless the label already ends with its unit in brackets
/// ("Đất hiến (m²)" with "m2"): an indicator's column title.
std::string header_of(const indicator& ind);

/// Tables of the figures by unit with a province row, at most five indicators a table.
std::vector<draft::table> figure_tables(const figure_set& f);

}  // namespace baocao::synthesis
