// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The page's charts, written as inline SVG: no script draws them, so they
/// print and show in a mail client's preview as they are.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace baocao::html {

/// One bar of the status chart: a level and its units counted by status.
struct level_statuses {
    std::string level;
    std::map<std::string, std::size_t> counts;  ///< status → units
};

/// A horizontal stacked bar per level, segments in status order, with a legend.
std::string status_chart(const std::vector<level_statuses>& levels);

/// A unit's submission on the timeline.
struct timeline_mark {
    std::string date;  ///< ISO date submitted
    bool late = false;
    std::string title;  ///< tooltip: unit and date
};

/// One lane of the timeline: a level, its deadline and its units' marks.
struct timeline_lane {
    std::string label;
    std::optional<std::string> deadline;  ///< ISO date
    std::string deadline_rule;            ///< "before" or "by"
    std::vector<timeline_mark> marks;
};

/// Submissions against each lane's deadline: a dot per unit on its day
/// (stacked when several share a day), late ones larger and red, the last
/// day on time as a dashed line. Empty when no lane has a dated mark or
/// deadline.
std::string timeline_chart(const std::vector<timeline_lane>& lanes);

struct bar {
    std::string label;
    double value = 0;
};

/// One indicator (`title` its column title, "Đất hiến (m²)"): a horizontal bar
/// per unit, largest first, at most `max_bars` (the rest summed into one last
/// bar), with the total and the coverage ("12/16 đơn vị có số liệu") in the
/// caption.
std::string indicator_chart(const std::string& title, const std::string& measure, std::vector<bar> bars, double total,
                            const std::string& coverage, std::size_t max_bars);

}  // namespace baocao::html
