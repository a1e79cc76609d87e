// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The deadline rules: which deadline holds for a unit, which day a
/// submission counts for, and the verdict (on time, late, undetermined)
/// with days late, counted from the deadline's own rule.

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/result.hpp>

#include <map>
#include <optional>
#include <string>

namespace baocao::deadline {

/// The checker's settings ("settings": {"check-deadline": {...}} in the config).
struct policy {
    std::optional<bool> inclusive;                ///< "inclusive": overrides every deadline's own rule when set
    int grace_days = 0;                           ///< "grace_days": days added after the last day on time
    std::map<std::string, std::string> deadlines; ///< "deadlines": {"organization": "2013-10-05"}, for levels nothing else dates
    bool subject_check = true;                    ///< "subject_check": flag reports on another subject (off_topic)

    /// Reads the settings object; malformed values are reported through `ctx.log` and ignored.
    static policy from_settings(const context& ctx);
};

/// A deadline that holds for a unit, and where it comes from.
struct due_rule {
    dates::civil_date due;
    std::string rule = "before";      ///< "before": the due day is late; "by": it is on time
    bool month_only = false;          ///< the plan gave a month only
    std::string origin;               ///< roster_unit, roster_level, plan, plan_group, settings
};

/// The deadline of a unit: the roster's for the unit, else the roster's for
/// its level, else the plan's for its level (a deadline for a group the unit
/// belongs to first), else the settings'. `unit` may be null (level only).
std::optional<due_rule> deadline_for(const plan_spec& plan, const roster& r, const policy& p, const roster_unit* unit,
                                     const std::string& level);

/// True when a plan's group ("các sở, ban, ngành", "Mặt trận Tổ quốc và các đoàn thể") takes in the unit.
bool group_includes(const std::string& group, const roster_unit& unit);

/// The rule in force: the settings' "inclusive" when set, else the deadline's own.
std::string effective_rule(const due_rule& d, const policy& p);

/// A day as Vietnamese documents write it: "05/10/2013".
std::string vietnamese_day(const dates::civil_date& d);

/// The deadline as the appendix writes it: "trước 05/10/2013", "chậm nhất ngày 30/04/2024", "trong tháng 6/2024".
std::string deadline_text(const due_rule& d, const policy& p);

/// The day a submission was made: the calendar date of received_at at the
/// run's UTC offset, else its document_date, else none.
std::optional<dates::civil_date> submission_day(const submission& s, int utc_offset_minutes);

struct verdict {
    std::string status = "undetermined";   ///< on_time, late, undetermined
    std::optional<int> days_late;          ///< 0 when on time, >= 1 when late, none when undetermined
};

/// The last day still on time: due − 1 ("before") or due ("by"), plus the grace days.
dates::civil_date last_on_time_day(const due_rule& d, const policy& p);

/// Compares a submission day with a deadline; undetermined when either is missing.
verdict judge(const std::optional<dates::civil_date>& day, const std::optional<due_rule>& due, const policy& p);

}  // namespace baocao::deadline
