// The run-wide check. Statuses use the reporting time zone's calendar: a
// message that reached the server at 00:30 on 5 October in Vietnam is a
// 5 October submission even though UTC still says 4 October.

#include "deadline_checker.hpp"

#include "deadline_rules.hpp"
#include "versions.hpp"

#include <algorithm>

namespace baocao::deadline {

namespace {

std::optional<std::string> iso(const std::optional<dates::civil_date>& d) {
    if (!d) return std::nullopt;
    return dates::to_iso(*d);
}

}  // namespace

void deadline_checker::check(run_result& run, const context& ctx) const {
    const policy pol = policy::from_settings(ctx);
    const int offset = ctx.utc_offset_minutes();
    // The run result carries the plan the emitters print; a result assembled
    // without one (a re-check of stored submissions) falls back to the context's.
    const plan_spec& plan = run.plan.deadlines.empty() ? ctx.plan() : run.plan;

    for (submission& s : run.submissions) {
        if (!s.unit) {
            s.deadline.reset();
            s.status = "undetermined";
            continue;
        }
        const auto due = due_date(plan, pol, s.unit->level);
        s.deadline = iso(due);
        s.status = judge(submission_day(s, offset), due, pol).status;
    }

    const std::map<std::string, version_chain> chains = resolve_versions(run.submissions);

    run.units.clear();
    for (const roster_unit& u : ctx.roster().units) {
        unit_status row;
        row.id = u.id;
        row.name = u.name;
        row.level = u.level;
        const auto due = due_date(plan, pol, u.level);
        row.deadline = iso(due);
        const auto chain = chains.find(u.id);
        if (chain == chains.end()) {
            row.status = "missing";
            run.units.push_back(std::move(row));
            continue;
        }
        // The earliest known day of any version: the first sending's day, or,
        // when it carries none, the earliest day a later one proves.
        std::optional<dates::civil_date> first_day;
        for (const auto& sending : chain->second.sendings) {
            for (std::size_t i : sending) {
                const auto d = submission_day(run.submissions[i], offset);
                if (d && (!first_day || *d < *first_day)) first_day = d;
            }
            if (first_day) break;
        }
        const verdict v = judge(first_day, due, pol);
        submission& counting = run.submissions[chain->second.counting];
        counting.status = v.status;
        row.status = v.status;
        row.submission = counting.source;
        row.submitted_on = iso(first_day);
        row.days_late = v.days_late;
        run.units.push_back(std::move(row));
    }
}

}  // namespace baocao::deadline
