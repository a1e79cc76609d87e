// SPDX-License-Identifier: Apache-2.0
#pragma once
// A small roster and plan, submissions made to measure, and a run context with checker settings.

#include "test_paths.hpp"

#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/result.hpp>

#include <Poco/JSON/Object.h>

#include <memory>
#include <string>

namespace baocao::testing {

inline roster small_roster() {
    roster r;
    r.units.push_back(roster_unit{"can-loc", "Huyện ủy Can Lộc", "district", {}, {}, "HU", {}});
    r.units.push_back(roster_unit{"duc-tho", "Huyện ủy Đức Thọ", "district", {}, {}, "HU", {}});
    r.units.push_back(roster_unit{"hong-linh", "Thị ủy Hồng Lĩnh", "district", {}, {}, "TU", {}});
    r.units.push_back(roster_unit{"mttq", "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "organization", {}, {}, "", {}});
    r.units.push_back(roster_unit{"thien-loc", "Đảng ủy xã Thiên Lộc", "grassroots", {}, {}, "ĐU", {}});
    return r;
}

inline plan_spec small_plan() {
    plan_spec p;
    p.number = "99-KH/TU";
    p.deadlines = {{"grassroots", "2013-09-10"}, {"district", "2013-10-05"}};
    return p;
}

/// A context over the small roster and plan with the checker's settings.
inline engine::run_context checker_context(Poco::JSON::Object::Ptr settings = nullptr, const roster& r = small_roster()) {
    auto state = std::make_shared<engine::run_state>();
    state->roster = r;
    state->plan = small_plan();
    state->now = 1382000000;
    state->quiet = true;
    if (settings) state->settings["check-deadline"] = settings;
    return engine::run_context(state, "check-deadline");
}

/// Unix seconds of an ISO date-time ("2013-10-04T17:30:00Z").
inline std::int64_t at(const std::string& iso) {
    const auto t = dates::parse_iso_datetime(iso, 420);
    if (!t) throw std::runtime_error("bad test time " + iso);
    return *t;
}

inline submission sub(const std::string& source, const std::string& unit, const std::string& level,
                      std::optional<std::string> received = std::nullopt, std::optional<std::string> document_date = std::nullopt) {
    static std::uint64_t next_order = 0;
    submission s;
    s.source = source;
    s.sha256 = "sha-of-" + source;
    if (!unit.empty()) s.unit = unit_ref{unit, unit, level};
    if (received) s.received_at = at(*received);
    s.document_date = std::move(document_date);
    s.order = next_order++;
    return s;
}

}  // namespace baocao::testing
