// SPDX-License-Identifier: Apache-2.0
#pragma once
/// What report.html shows, gathered once from the finished run: the units in
/// the compliance table's order with their files, and the figures.

#include <baocao/sdk/result.hpp>

#include "run_figures.hpp"  // the run's figures, as the draft gives them

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace baocao::html {

/// A roster unit and everything the run holds about it.
struct unit_entry {
    const unit_status* status = nullptr;
    std::string anchor;                                   ///< id of its table row ("u3")
    std::vector<const submission*> submissions;           ///< every report it sent, input order
    std::vector<const rejection*> rejected;               ///< its files that could not be read
    std::map<std::string, const section_match*> by_item;  ///< plan item → the best section of its counting reports
};

struct page_data {
    const run_result* run = nullptr;
    int offset_minutes = 420;
    std::int64_t now = 0;
    std::vector<unit_entry> units;  ///< compliance table order
    synthesis::figure_set figures;
    std::size_t excerpt_chars = 400;  ///< longest excerpt, so the page stays small at any size
};

/// Gathers the page's data. `order` is run.units sorted as compliance.csv sorts
/// them.
page_data gather(const run_result& run, const std::vector<const unit_status*>& order, int offset_minutes,
                 std::int64_t now);

/// The anchor of a unit's excerpt for a plan item ("x3-2").
std::string excerpt_anchor(const unit_entry& u, const std::string& item);

}  // namespace baocao::html
