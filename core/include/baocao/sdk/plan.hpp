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

/// The due date of one unit level ("grassroots", "district", "organization").
struct plan_deadline {
    std::string level;
    std::string due;                      ///< ISO date "2013-10-05"
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

    /// The due date for a level, "" when the plan sets none.
    std::string due_for(const std::string& level) const {
        for (const auto& d : deadlines)
            if (d.level == level) return d.due;
        return {};
    }
};

}  // namespace baocao
