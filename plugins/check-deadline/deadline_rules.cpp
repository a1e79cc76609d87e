// SPDX-License-Identifier: Apache-2.0
// Deadline arithmetic. The plan says "xong trước ngày 05/10/2013": finished
// before the 5th, so the 5th itself is already late; "chậm nhất ngày 05/10"
// makes the 5th the last day on time. Each deadline carries its own rule.

#include "deadline_rules.hpp"

#include "key_text.hpp"

#include <baocao/sdk/text.hpp>

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
    if (s->has("subject_check")) {
        const Poco::Dynamic::Var v = s->get("subject_check");
        if (v.isBoolean())
            p.subject_check = v.extract<bool>();
        else
            ctx.log(log_level::warning, "setting \"subject_check\" must be true or false; ignored");
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

namespace {

std::optional<due_rule> from_plan(const plan_deadline& d, const std::string& origin) {
    const auto due = dates::from_iso(d.due);
    if (!due) return std::nullopt;
    return due_rule{*due, d.rule == "by" ? "by" : "before", d.month_only, origin};
}

/// A roster date without a rule keeps the plan's wording when the plan sets
/// the same day for the level: the roster repeats the plan, it does not reword it.
std::string rule_of_roster_date(const std::string& rule, const std::string& due, const plan_spec& plan, const std::string& level) {
    if (!rule.empty()) return rule == "by" ? "by" : "before";
    for (const plan_deadline& d : plan.deadlines)
        if (d.level == level && d.due == due && d.report.empty()) return d.rule == "by" ? "by" : "before";
    return "before";
}

}  // namespace

std::string vietnamese_day(const dates::civil_date& d) {
    auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    return two(d.day) + "/" + two(d.month) + "/" + std::to_string(d.year);
}

bool group_includes(const std::string& group, const roster_unit& unit) {
    const std::string g = text::match_key(group);
    const std::string name = text::match_key(unit.name);
    const auto has = [](const std::string& key, const char* words) { return has_words(key, words); };
    const bool front = has(name, "mat tran") || has(name, "mttq");
    // The mass organizations go by these words in their names.
    const bool union_body = has(name, "hoi") || has(name, "doan") || has(name, "lien doan") || has(name, "cong doan");
    const bool department = name.rfind("so ", 0) == 0 || name.rfind("ban ", 0) == 0 || has(name, "nganh");
    if ((has(g, "mat tran") || has(g, "mttq")) && front) return true;
    if ((has(g, "doan the") || has(g, "chinh tri xa hoi")) && (front || union_body)) return true;
    if ((has(g, "so") || has(g, "nganh")) && department) return true;
    return false;
}

std::optional<due_rule> deadline_for(const plan_spec& plan, const roster& r, const policy& p, const roster_unit* unit,
                                     const std::string& level) {
    if (unit && !unit->deadline.empty())
        if (const auto due = dates::from_iso(unit->deadline))
            return due_rule{*due, rule_of_roster_date(unit->deadline_rule, unit->deadline, plan, level), false, "roster_unit"};
    if (level.empty()) return std::nullopt;
    for (const plan_deadline& d : r.deadlines)
        if (d.level == level)
            if (const auto due = dates::from_iso(d.due))
                return due_rule{*due, rule_of_roster_date(d.rule, d.due, plan, level), false, "roster_level"};
    // Of the plan's deadlines for the level (quick reports aside): the one for
    // a group the unit belongs to, else one for the whole level, else the first.
    const plan_deadline* whole = nullptr;
    const plan_deadline* first = nullptr;
    for (const plan_deadline& d : plan.deadlines) {
        if (d.level != level || !d.report.empty()) continue;
        if (!first) first = &d;
        if (d.group.empty()) {
            if (!whole) whole = &d;
        } else if (unit && group_includes(d.group, *unit)) {
            return from_plan(d, "plan_group");
        }
    }
    if (whole) return from_plan(*whole, "plan");
    if (first) return from_plan(*first, first->group.empty() ? "plan" : "plan_group");
    if (const auto it = p.deadlines.find(level); it != p.deadlines.end())
        if (const auto due = dates::from_iso(it->second)) return due_rule{*due, "before", false, "settings"};
    return std::nullopt;
}

std::string effective_rule(const due_rule& d, const policy& p) {
    if (p.inclusive) return *p.inclusive ? "by" : "before";
    return d.rule;
}

std::string deadline_text(const due_rule& d, const policy& p) {
    if (d.month_only) return "trong tháng " + std::to_string(d.due.month) + "/" + std::to_string(d.due.year);
    const std::string day = vietnamese_day(d.due);
    return effective_rule(d, p) == "by" ? "chậm nhất ngày " + day : "trước " + day;
}

std::optional<dates::civil_date> submission_day(const submission& s, int utc_offset_minutes) {
    if (s.received_at) return dates::date_at_offset(*s.received_at, utc_offset_minutes);
    if (s.document_date) return dates::from_iso(*s.document_date);
    return std::nullopt;
}

dates::civil_date last_on_time_day(const due_rule& d, const policy& p) {
    const int before = effective_rule(d, p) == "by" ? 0 : 1;
    return dates::civil_from_days(dates::days_from_civil(d.due) - before + p.grace_days);
}

verdict judge(const std::optional<dates::civil_date>& day, const std::optional<due_rule>& due, const policy& p) {
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
