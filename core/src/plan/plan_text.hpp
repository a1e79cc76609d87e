// SPDX-License-Identifier: Apache-2.0
#pragma once
// Line-level helpers of the plan reader: list markers, headings and the
// timing clauses of a plan. Private to core/src/plan.

#include <baocao/sdk/plan.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::engine::plan_detail {

/// The kind of marker a plan line starts with.
enum class marker { none, part, roman, upper_letter, arabic, decimal, letter, bullet };

/// A marker at the start of a line and how many bytes it takes (spaces after it included).
struct line_marker {
    marker kind = marker::none;
    std::size_t length = 0;
};

/// Finds the list or heading marker at the start of a trimmed line.
line_marker marker_of(std::string_view line);

/// A line of the plan, cleaned (tabs and space runs collapsed, trimmed), with its key.
struct plan_line {
    std::string raw;      ///< as given, tabs kept (they separate header cells)
    std::string text;     ///< collapsed and trimmed
    std::string key;      ///< match key of `text`
    line_marker mark;
    std::string body;     ///< `text` without its marker
    std::string body_key; ///< match key of `body`
};

/// Reads the deadlines per level and the dated events from the lines after
/// the content section. `issue_date` (ISO or "") gives the year of dates
/// written without one.
void read_timing(const std::vector<plan_line>& lines, const std::string& issue_date, plan_spec& out);

/// True when `key` contains `phrase` as whole words (both are match keys).
bool has_phrase(std::string_view key, std::string_view phrase);

}  // namespace baocao::engine::plan_detail
