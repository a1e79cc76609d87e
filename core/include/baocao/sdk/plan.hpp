// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The plan spec: what a plan asks every unit's report to cover and by when.

#include <string>
#include <vector>

namespace baocao {

/// One content item of the plan's section "II. NỘI DUNG".
struct plan_item {
    std::string id;                       ///< 1-based position as a string ("1")
    std::string title;                    ///< the item's full text
    std::vector<std::string> phrases;     ///< extra phrasings that signal the item (from the synonym file or an edited spec)
};

/// The due date of one unit level ("grassroots", "district", "organization"), with the plan's wording.
struct plan_deadline {
    std::string level;
    std::string due;                      ///< ISO date "2013-10-05"; for a month only, the month's last day
    std::string rule = "before";          ///< "before": the due day itself is late ("trước ngày"); "by": it is on time ("chậm nhất ngày")
    std::string wording{};                  ///< the plan's words for it ("xong trước ngày 05/10/2013"), "" when unknown
    std::string report{};                   ///< "" for the report itself, "quick" for a quick report due earlier ("báo cáo nhanh")
    std::string group{};                    ///< the group as the plan names it ("các sở, ban, ngành"), "" when it names the level
    bool month_only = false;              ///< the plan gives a month only ("trong tháng 6/2024")
};

/// A dated event the plan names (the provincial conference).
struct plan_event {
    std::string name;
    std::string date;                     ///< ISO date
};

struct plan_spec {
    std::string number;                   ///< "99-KH/TU"
    std::string date;                     ///< ISO date of issue, "" when unknown
    std::string place;                    ///< place of issue ("Hà Tĩnh")
    std::string issuing_body;             ///< "TỈNH UỶ HÀ TĨNH"
    std::string kind;                     ///< "KẾ HOẠCH"
    std::string title;                    ///< the line(s) after the kind
    std::vector<plan_item> items;
    std::vector<plan_deadline> deadlines;
    std::vector<plan_event> events;

    /// The deadline of a level's report (not of a quick report), nullptr when the plan sets none.
    const plan_deadline* deadline_for(const std::string& level) const {
        const plan_deadline* quick = nullptr;
        for (const auto& d : deadlines) {
            if (d.level != level) continue;
            if (d.report.empty()) return &d;
            if (!quick) quick = &d;
        }
        return quick;
    }

    /// The due date of a level's report, "" when the plan sets none.
    std::string due_for(const std::string& level) const {
        const plan_deadline* d = deadline_for(level);
        return d ? d->due : std::string();
    }
};

}  // namespace baocao
