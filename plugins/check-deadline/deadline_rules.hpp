#pragma once
/// The deadline rules: which day a submission counts for, the due date of a
/// level, and the verdict (on time, late, undetermined) with days late.

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/result.hpp>

#include <map>
#include <optional>
#include <string>

namespace baocao::deadline {

/// The checker's settings ("settings": {"check-deadline": {...}} in the config).
struct policy {
    bool inclusive = false;                       ///< "inclusive": the due date itself is on time
    int grace_days = 0;                           ///< "grace_days": days added after the due date
    std::map<std::string, std::string> deadlines; ///< "deadlines": {"organization": "2013-10-05"}, for levels the plan leaves without one

    /// Reads the settings object; malformed values are reported through `ctx.log` and ignored.
    static policy from_settings(const context& ctx);
};

/// The due date of a level: the plan's, else the settings', else none.
std::optional<dates::civil_date> due_date(const plan_spec& plan, const policy& p, const std::string& level);

/// The day a submission was made: the calendar date of received_at at the
/// run's UTC offset, else its document_date, else none.
std::optional<dates::civil_date> submission_day(const submission& s, int utc_offset_minutes);

struct verdict {
    std::string status = "undetermined";   ///< on_time, late, undetermined
    std::optional<int> days_late;          ///< 0 when on time, >= 1 when late, none when undetermined
};

/// The last day still on time: due − 1 (strict), or due (inclusive), plus the grace days.
dates::civil_date last_on_time_day(const dates::civil_date& due, const policy& p);

/// Compares a submission day with a due date; undetermined when either is missing.
verdict judge(const std::optional<dates::civil_date>& day, const std::optional<dates::civil_date>& due, const policy& p);

}  // namespace baocao::deadline
