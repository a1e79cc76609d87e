// SPDX-License-Identifier: Apache-2.0
#include "expected_writer.hpp"

#include <baocao/sdk/json.hpp>
#include "roster_data.hpp"

#include <algorithm>

namespace baocao::samplegen {

namespace {

// The plan dates the grassroots and district levels only; the roster gives
// the Front and mass organizations the districts' date.
constexpr const char* due_date = "2013-10-05";

bool has_deadline(const std::string& unit_id) {
    const roster_unit* u = find_unit(unit_id);
    return u && (u->level == "district" || u->level == "organization");
}

std::string submission_day(const expected_submission& s) {
    return s.received_at ? s.received_at->substr(0, 10) : s.document_date;
}

std::string judge(const std::string& day) { return day < due_date ? "on_time" : "late"; }

}  // namespace

void finalize(expected_run& run) {
    for (expected_submission& s : run.submissions) {
        const bool dated = has_deadline(s.unit);
        s.deadline = dated ? due_date : "";
        s.status = dated ? judge(submission_day(s)) : "undetermined";
    }
    run.units.clear();
    for (const roster_unit& u : roster_units()) {
        expected_unit row{u.id, "missing", std::nullopt, {}};
        std::string earliest;
        expected_submission* counting = nullptr;
        for (expected_submission& s : run.submissions) {
            if (s.unit != u.id || s.off_topic) continue;
            if (s.side_report) {
                row.other_reports.push_back(s.source);
                continue;
            }
            const std::string day = submission_day(s);
            if (earliest.empty() || day < earliest) earliest = day;
            if (!s.superseded_by) counting = &s;
        }
        if (counting) {
            counting->status = has_deadline(u.id) ? judge(earliest) : "undetermined";
            row.status = counting->status;
            row.submission = counting->source;
        } else if (std::any_of(run.rejected.begin(), run.rejected.end(),
                               [&](const expected_rejection& r) { return r.unit == u.id; })) {
            row.status = "unreadable";
        }
        run.units.push_back(std::move(row));
    }
}

std::string expected_json(const expected_run& run) {
    baocao::json_writer j;
    j.begin_object();
    j.key("schema").value("baocao.samples.expected/1");
    j.key("note").value("Ground truth of the sample inbox. Run from this folder: baocao run --plan plan-99-KH-TU.docx "
                        "--roster roster.json --out OUT inbox. Paragraph items are plan item numbers 1-4 (null: none).");
    j.key("seed").value(static_cast<std::int64_t>(run.seed));
    j.key("plan").begin_object();
    j.key("number").value("99-KH/TU");
    j.key("deadlines").begin_array();
    j.begin_object().key("level").value("grassroots").key("due").value("2013-09-10").end_object();
    j.begin_object().key("level").value("district").key("due").value("2013-10-05").end_object();
    j.end_array();
    j.key("roster_deadlines").begin_array();
    j.begin_object().key("level").value("organization").key("due").value("2013-10-05").end_object();
    j.end_array();
    j.end_object();
    j.key("submissions").begin_array();
    for (const expected_submission& s : run.submissions) {
        j.begin_object();
        j.key("source").value(s.source);
        j.key("unit").value(s.unit);
        j.key("document_date").value(s.document_date);
        j.key("received_at");
        if (s.received_at) j.value(*s.received_at);
        else j.null();
        j.key("deadline");
        if (s.deadline.empty()) j.null();
        else j.value(s.deadline);
        j.key("status").value(s.status);
        j.key("superseded_by");
        if (s.superseded_by) j.value(*s.superseded_by);
        else j.null();
        j.key("off_topic").value(s.off_topic);
        j.key("side_report").value(s.side_report);
        j.key("features").begin_array();
        for (const std::string& f : s.features) j.value(f);
        j.end_array();
        j.key("paragraphs").begin_array();
        for (const expected_block& b : s.body) {
            j.begin_object();
            j.key("kind").value(b.kind);
            if (b.level >= 0) j.key("level").value(b.level);
            j.key("text").value(b.text);
            j.key("item");
            if (b.item) j.value(*b.item);
            else j.null();
            j.end_object();
        }
        j.end_array();
        j.end_object();
    }
    j.end_array();
    j.key("rejected").begin_array();
    for (const expected_rejection& r : run.rejected) {
        j.begin_object().key("source").value(r.source).key("code").value(r.code).key("why").value(r.why).key("unit");
        if (r.unit.empty()) j.null();
        else j.value(r.unit);
        j.end_object();
    }
    j.end_array();
    j.key("units").begin_array();
    for (const expected_unit& u : run.units) {
        j.begin_object().key("id").value(u.id).key("status").value(u.status).key("submission");
        if (u.submission) j.value(*u.submission);
        else j.null();
        j.key("other_reports").begin_array();
        for (const std::string& o : u.other_reports) j.value(o);
        j.end_array();
        j.end_object();
    }
    j.end_array();
    j.end_object();
    return j.take() + "\n";
}

}  // namespace baocao::samplegen
