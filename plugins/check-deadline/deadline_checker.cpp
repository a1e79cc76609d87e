// SPDX-License-Identifier: Apache-2.0
// The run-wide check. Statuses use the reporting time zone's calendar: a
// message that reached the server at 00:30 on 5 October in Vietnam is a
// 5 October submission even though UTC still says 4 October.

#include "deadline_checker.hpp"

#include "deadline_rules.hpp"
#include "rejected_files.hpp"
#include "subject.hpp"
#include "key_text.hpp"
#include "versions.hpp"

#include <algorithm>
#include <set>

namespace baocao::deadline {

namespace {

std::optional<std::string> iso(const std::optional<dates::civil_date>& d) {
    if (!d) return std::nullopt;
    return dates::to_iso(*d);
}

bool has_problem(const submission& s, error_code code) {
    return std::any_of(s.problems.begin(), s.problems.end(), [&](const problem& p) { return p.code == code; });
}

/// The earliest known day of a report: its first sending's day, or, when it
/// carries none, the earliest day a later one proves.
std::optional<dates::civil_date> first_day_of(const report_versions& rep, const std::vector<submission>& subs, int offset) {
    std::optional<dates::civil_date> first;
    for (const auto& sending : rep.sendings) {
        for (std::size_t i : sending) {
            const auto d = submission_day(subs[i], offset);
            if (d && (!first || *d < *first)) first = d;
        }
        if (first) break;
    }
    return first;
}

std::optional<dates::civil_date> sending_day(const std::vector<std::size_t>& sending, const std::vector<submission>& subs, int offset) {
    std::optional<dates::civil_date> day;
    for (std::size_t i : sending) {
        const auto d = submission_day(subs[i], offset);
        if (d && (!day || *d < *day)) day = d;
    }
    return day;
}

/// The versions of the unit's main report, and the problem and note of a replacement that came after the deadline.
void note_versions(unit_status& row, const report_versions& rep, std::vector<submission>& subs, const std::optional<due_rule>& due,
                   const policy& pol, int offset) {
    if (rep.sendings.size() < 2) return;
    const dates::civil_date last_ok = due ? last_on_time_day(*due, pol) : dates::civil_date{};
    for (std::size_t n = 0; n < rep.sendings.size(); ++n) {
        const auto day = sending_day(rep.sendings[n], subs, offset);
        row.versions.push_back({subs[rep.mains[n]].source, iso(day), day && due && *day > last_ok});
    }
    const version_note& newest = row.versions.back();
    if (!newest.after_deadline) return;
    const auto day = dates::from_iso(*newest.submitted_on);
    row.note = "bản thay thế nhận ngày " + vietnamese_day(*day);
    submission& counting = subs[rep.counting];
    if (!has_problem(counting, error_code::late_replacement))
        counting.problems.push_back({error_code::late_replacement, "this replacement was received on " + *newest.submitted_on +
                                                             ", after the deadline; the first version came on " +
                                                             row.versions.front().submitted_on.value_or("an unknown day")});
}

/// Plan items none of the unit's counting reports answers, with a problem on its main report.
void note_items(unit_status& row, const version_chain& chain, std::vector<submission>& subs, const plan_spec& plan) {
    std::set<std::string> answered;
    for (const report_versions& rep : chain.reports)
        for (const auto& sec : subs[rep.counting].sections) answered.insert(sec.item);
    std::string listed;
    for (const plan_item& it : plan.items) {
        if (answered.count(it.id)) continue;
        row.items_not_covered.push_back(it.id);
        listed += (listed.empty() ? "" : "; ") + it.id + " (" + clipped(it.title, 80) + ")";
    }
    submission& main = subs[chain.reports[chain.main].counting];
    if (!row.items_not_covered.empty() && !has_problem(main, error_code::items_not_covered))
        main.problems.push_back({error_code::items_not_covered, "no part of the unit's reports answers plan item" +
                                                          std::string(row.items_not_covered.size() > 1 ? "s " : " ") + listed});
}

}  // namespace

void deadline_checker::check(run_result& run, const context& ctx) const {
    const policy pol = policy::from_settings(ctx);
    const int offset = ctx.utc_offset_minutes();
    // The run result carries the plan the emitters print; a result assembled
    // without one (a re-check of stored submissions) falls back to the context's.
    const plan_spec& plan = run.plan.deadlines.empty() ? ctx.plan() : run.plan;
    const roster& units = ctx.roster();

    if (pol.subject_check) {
        // Each report's subject is judged apart from the others'.
        const auto markers = subject_markers(plan);
        ctx.for_each_in_parallel(run.submissions.size(),
                                 [&](std::size_t i) { mark_off_topic(run.submissions[i], plan, markers); });
    }

    for (submission& s : run.submissions) {
        if (!s.unit) {
            s.deadline.reset();
            s.deadline_rule.clear();
            s.status = "undetermined";
            continue;
        }
        const auto due = deadline_for(plan, units, pol, units.find(s.unit->id), s.unit->level);
        s.deadline = due ? std::optional(dates::to_iso(due->due)) : std::nullopt;
        s.deadline_rule = due ? effective_rule(*due, pol) : std::string();
        s.status = judge(submission_day(s, offset), due, pol).status;
    }

    attribute_rejections(run.rejected, units, run.submissions);
    const std::map<std::string, version_chain> chains = resolve_versions(run.submissions, plan.items.size());
    const dates::civil_date today = dates::date_at_offset(ctx.now(), offset);

    run.units.clear();
    for (const roster_unit& u : units.units) {
        unit_status row;
        row.id = u.id;
        row.name = u.name;
        row.level = u.level;
        const auto due = deadline_for(plan, units, pol, &u, u.level);
        if (due) {
            row.deadline = dates::to_iso(due->due);
            row.deadline_rule = effective_rule(*due, pol);
            row.deadline_origin = due->origin;
            row.deadline_text = deadline_text(*due, pol);
        }
        std::vector<const rejection*> unreadable;
        for (const rejection& r : run.rejected)
            if (r.unit && r.unit->id == u.id) {
                unreadable.push_back(&r);
                row.rejected.push_back(r.source);
            }
        for (const submission& s : run.submissions)
            if (s.off_topic && s.unit && s.unit->id == u.id && !has_problem(s, error_code::duplicate)) row.off_topic.push_back(s.source);

        const auto chain = chains.find(u.id);
        if (chain == chains.end()) {
            if (!unreadable.empty()) {
                // It has sent something; what it owes is a readable copy.
                row.status = "unreadable";
                row.note = unreadable_note(unreadable);
                std::optional<dates::civil_date> first;
                for (const rejection* r : unreadable)
                    if (r->received_at) {
                        const auto d = dates::date_at_offset(*r->received_at, offset);
                        if (!first || d < *first) first = d;
                    }
                row.submitted_on = iso(first);
                // How late the unreadable sending came, by the same rule as a report.
                row.days_late = judge(first, due, pol).days_late;
            } else {
                row.status = due && today <= last_on_time_day(*due, pol) ? "not_yet_due" : "missing";
                if (!row.off_topic.empty()) row.note = "chỉ gửi báo cáo về chủ đề khác, đề nghị gửi báo cáo theo kế hoạch";
            }
            run.units.push_back(std::move(row));
            continue;
        }
        const version_chain& c = chain->second;
        const report_versions& main = c.reports[c.main];
        const auto first_day = first_day_of(main, run.submissions, offset);
        const verdict v = judge(first_day, due, pol);
        submission& counting = run.submissions[main.counting];
        counting.status = v.status;
        row.status = v.status;
        row.submission = counting.source;
        row.submitted_on = iso(first_day);
        row.days_late = v.days_late;
        for (std::size_t r = 0; r < c.reports.size(); ++r) {
            if (r == c.main) continue;
            submission& other = run.submissions[c.reports[r].counting];
            other.status = judge(first_day_of(c.reports[r], run.submissions, offset), due, pol).status;
            row.other_reports.push_back(other.source);
        }
        note_versions(row, main, run.submissions, due, pol, offset);
        note_items(row, c, run.submissions, plan);
        std::vector<const submission*> counted;
        for (const report_versions& rep : c.reports) counted.push_back(&run.submissions[rep.counting]);
        if (const std::string unread = unread_companions_note(unreadable, counted); !unread.empty())
            row.note += (row.note.empty() ? "" : "; ") + unread;
        run.units.push_back(std::move(row));
    }
}

}  // namespace baocao::deadline
