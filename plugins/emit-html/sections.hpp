// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The parts of report.html, each an HTML fragment beginning with its <h2>.

#include "page_data.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace baocao::html {

/// Where the page goes, piece by piece.
using page_sink = std::function<void(std::string_view)>;

/// What the page holds before it goes to the sink: a part that lists every
/// report (a unit's files, the problems found) is megabytes at 100 000.
constexpr std::size_t flush_bytes = 1u << 16;

/// Hands `out` to `sink` and empties it, once it holds flush_bytes or more.
inline void flush_if_full(std::string& out, const page_sink& sink) {
    if (out.size() < flush_bytes) return;
    sink(out);
    out.clear();
}

/// The headline counts: received x/y, on time, late, missing, unreadable,
/// rejected inputs.
std::string headline_section(const page_data& d);
/// Statuses by level (a stacked bar chart) and the timeline of submissions
/// against deadlines.
std::string status_section(const page_data& d);
/// The unit × plan item grid; a covered cell links to the unit's excerpt.
std::string coverage_section(const page_data& d);
/// Figures by unit: a table with the province's totals and coverage, and one
/// chart per indicator.
std::string figures_section(const page_data& d);
/// The rejected inputs with their reasons, and the problems found in the
/// reports, appended to `out`, which goes to `sink` whenever it is full.
void write_rejections_section(const page_data& d, std::string& out, const page_sink& sink);
/// Every unit in a table that filters and sorts, its files and excerpts folded
/// in <details>. Written to `sink` a few units at a time: with 100 000
/// reports it is most of the page, which never sits in memory whole.
void write_units_section(const page_data& d, const page_sink& sink);

}  // namespace baocao::html
