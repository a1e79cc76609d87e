// Deadline arithmetic. The plan says "xong trước ngày 05/10/2013": finished
// before the 5th, so by default the 5th itself is already late.

#include "deadline_rules.hpp"

#include <Poco/JSON/Object.h>

#include <exception>

namespace baocao::deadline {

policy policy::from_settings(const context& ctx) {
    policy p;
    const Poco::JSON::Object::Ptr s = ctx.settings();
    if (!s) return p;
    // Only real JSON booleans and integers count: Poco would read the string
    // "maybe" as true and "2x" as a number.
    if (s->has("inclusive")) {
        const Poco::Dynamic::Var v = s->get("inclusive");
        if (v.isBoolean())
            p.inclusive = v.extract<bool>();
        else
            ctx.log(log_level::warning, "setting \"inclusive\" must be true or false; ignored");
    }
    if (s->has("grace_days")) {
        const Poco::Dynamic::Var v = s->get("grace_days");
        const auto days = v.isInteger() ? v.convert<std::int64_t>() : std::int64_t{-1};
        if (days < 0 || days > 366)
            ctx.log(log_level::warning, "setting \"grace_days\" must be a whole number from 0 to 366; ignored");
        else
            p.grace_days = static_cast<int>(days);
    }
    if (s->has("deadlines")) {
        const Poco::JSON::Object::Ptr d = s->getObject("deadlines");
        if (!d) {
            ctx.log(log_level::warning, "setting \"deadlines\" must be an object {\"level\": \"YYYY-MM-DD\"}; ignored");
        } else {
            for (const auto& [level, value] : *d) {
                std::string iso;
                try {
                    iso = value.convert<std::string>();
                } catch (const std::exception&) {
                }
                if (dates::from_iso(iso))
                    p.deadlines[level] = iso;
                else
                    ctx.log(log_level::warning, "setting \"deadlines\": \"" + level + "\" is not an ISO date; ignored");
            }
        }
    }
    return p;
}

std::optional<dates::civil_date> due_date(const plan_spec& plan, const policy& p, const std::string& level) {
    if (level.empty()) return std::nullopt;
    if (auto d = dates::from_iso(plan.due_for(level))) return d;
    if (const auto it = p.deadlines.find(level); it != p.deadlines.end()) return dates::from_iso(it->second);
    return std::nullopt;
}

std::optional<dates::civil_date> submission_day(const submission& s, int utc_offset_minutes) {
    if (s.received_at) return dates::date_at_offset(*s.received_at, utc_offset_minutes);
    if (s.document_date) return dates::from_iso(*s.document_date);
    return std::nullopt;
}

dates::civil_date last_on_time_day(const dates::civil_date& due, const policy& p) {
    const std::int64_t last = dates::days_from_civil(due) - (p.inclusive ? 0 : 1) + p.grace_days;
    return dates::civil_from_days(last);
}

verdict judge(const std::optional<dates::civil_date>& day, const std::optional<dates::civil_date>& due, const policy& p) {
    verdict v;
    if (!day || !due) return v;
    const std::int64_t late_by = dates::days_from_civil(*day) - dates::days_from_civil(last_on_time_day(*due, p));
    if (late_by <= 0) {
        v.status = "on_time";
        v.days_late = 0;
    } else {
        v.status = "late";
        v.days_late = static_cast<int>(late_by);
    }
    return v;
}

}  // namespace baocao::deadline
