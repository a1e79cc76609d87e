// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The roster: the units expected to report, with the names they go by.

#include <baocao/sdk/plan.hpp>

#include <string>
#include <vector>

namespace baocao {

struct roster_unit {
    std::string id;                       ///< stable id ("can-loc")
    std::string name;                     ///< display name ("Huyện ủy Can Lộc")
    std::string level;                    ///< "grassroots", "district" or "organization"
    std::vector<std::string> aliases;     ///< other names, any case or tone placement
    std::vector<std::string> emails;      ///< sender addresses, lower case
    std::string symbol;                   ///< number suffix ("HU" in "25-BC/HU"), "" when unknown
    std::vector<std::string> place_names; ///< places on the unit's place-and-date line ("Nghèn")
    std::string deadline{};                 ///< ISO due date the roster sets for this unit, "" when none
    std::string deadline_rule{};            ///< "before" or "by" for that date, "" for the default ("before")
};

struct roster {
    std::vector<roster_unit> units;
    std::vector<plan_deadline> deadlines;  ///< per level; they override the plan's (rule "" when the roster gives none)

    /// The unit with this id, or nullptr.
    const roster_unit* find(const std::string& id) const {
        for (const auto& u : units)
            if (u.id == id) return &u;
        return nullptr;
    }
};

}  // namespace baocao
