// SPDX-License-Identifier: Apache-2.0
// Field for field the contract in spec/interface.md; fields beyond it only
// ever get added after the contract's own, so readers of the contract are
// never surprised.
#include "result_json.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/json.hpp>
#include <baocao/sdk/plan_json.hpp>

namespace baocao::emit_json {

namespace {

/// The body of the draft synthesis: one object per paragraph drawn from the
/// units' text, with the part it is in, the heading above it and its sources.
/// `drain_when_full` runs after each paragraph, since a finding many units
/// share cites each of their sentences.
template <typename drain_fn>
void write_synthesis(json_writer& w, const draft::document& d, const drain_fn& drain_when_full) {
    w.key("synthesis").begin_array();
    for (const auto* part : d.in_zone(draft::zone::body)) {
        std::string heading;
        for (const auto& b : part->blocks) {
            if (b.kind == draft::block_kind::heading) heading = b.text;
            if (b.kind != draft::block_kind::paragraph || b.sources.empty()) continue;
            w.begin_object();
            w.key("part").value(part->id);
            w.key("heading").value(heading);
            w.key("text").value(b.lead.empty() ? b.text : b.lead + " " + b.text);
            w.key("sources").begin_array();
            for (const auto& s : b.sources) {
                w.begin_object();
                w.key("unit_id").value(s.unit_id);
                w.key("unit").value(s.unit_name);
                w.key("submission").value(s.submission);
                w.key("section").value(s.section);
                w.key("paragraph");
                if (s.paragraph >= 0)
                    w.value(s.paragraph);
                else
                    w.null();
                w.end_object();
            }
            w.end_array();
            w.end_object();
            drain_when_full();
        }
    }
    w.end_array();
}

void write_strings(json_writer& w, const char* key, const std::vector<std::string>& list) {
    w.key(key).begin_array();
    for (const auto& s : list) w.value(s);
    w.end_array();
}

/// An optional text written as null when empty.
void write_text_or_null(json_writer& w, const char* key, const std::string& s) {
    w.key(key);
    if (s.empty())
        w.null();
    else
        w.value(s);
}

void write_unit_ref(json_writer& w, const std::optional<unit_ref>& unit) {
    w.key("unit");
    if (unit) {
        w.begin_object();
        w.key("id").value(unit->id);
        w.key("name").value(unit->name);
        w.key("level").value(unit->level);
        w.end_object();
    } else {
        w.null();
    }
}

void write_unit(json_writer& w, const unit_status& u) {
    w.begin_object();
    w.key("id").value(u.id);
    w.key("name").value(u.name);
    w.key("level").value(u.level);
    w.key("status").value(u.status);
    w.key("submission").value(u.submission);
    w.key("deadline").value(u.deadline);
    w.key("submitted_on").value(u.submitted_on);
    w.key("days_late");
    if (u.days_late)
        w.value(*u.days_late);
    else
        w.null();
    write_text_or_null(w, "deadline_rule", u.deadline_rule);
    write_text_or_null(w, "deadline_origin", u.deadline_origin);
    write_text_or_null(w, "deadline_text", u.deadline_text);
    write_text_or_null(w, "note", u.note);
    write_strings(w, "other_reports", u.other_reports);
    write_strings(w, "rejected", u.rejected);
    write_strings(w, "off_topic", u.off_topic);
    w.key("versions").begin_array();
    for (const auto& v : u.versions) {
        w.begin_object();
        w.key("source").value(v.source);
        w.key("submitted_on").value(v.submitted_on);
        w.key("after_deadline").value(v.after_deadline);
        w.end_object();
    }
    w.end_array();
    write_strings(w, "items_not_covered", u.items_not_covered);
    w.end_object();
}

void write_submission(json_writer& w, const submission& s, int offset) {
    w.begin_object();
    w.key("source").value(s.source);
    w.key("sha256").value(s.sha256);
    write_unit_ref(w, s.unit);
    w.key("document_date").value(s.document_date);
    w.key("received_at");
    if (s.received_at)
        w.value(dates::to_iso_datetime(*s.received_at, offset));
    else
        w.null();
    w.key("deadline").value(s.deadline);
    w.key("status").value(s.status);
    w.key("superseded_by").value(s.superseded_by);
    w.key("sections").begin_array();
    for (const auto& sec : s.sections) {
        w.begin_object();
        w.key("item").value(sec.item);
        w.key("heading").value(sec.heading.str());
        w.key("text").value(sec.text.str());
        // Two decimals: enough to rank, and stable across compilers.
        w.key("confidence").value(static_cast<double>(static_cast<long long>(sec.confidence * 100 + 0.5)) / 100);
        w.end_object();
    }
    w.end_array();
    w.key("unmatched").begin_array();
    for (const auto& u : s.unmatched) {
        w.begin_object();
        w.key("heading").value(u.heading.str());
        w.key("text").value(u.text.str());
        w.end_object();
    }
    w.end_array();
    w.key("problems").begin_array();
    for (const auto& p : s.problems) {
        w.begin_object();
        w.key("code").value(to_string(p.code));
        w.key("message").value(p.message);
        w.end_object();
    }
    w.end_array();
    write_text_or_null(w, "deadline_rule", s.deadline_rule);
    w.key("off_topic").value(s.off_topic);
    for (const auto& [key, value] : s.extensions) w.key(key).value(value);
    w.end_object();
}

/// Pieces of about this size go to the sink.
constexpr std::size_t piece_bytes = 1 << 20;

}  // namespace

void write_result_json(const run_result& run, int offset, const json_sink& sink) {
    json_writer w;
    w.reserve(piece_bytes + piece_bytes / 2);
    auto drain_when_full = [&] {
        if (w.str().size() >= piece_bytes) w.drain(sink);
    };
    w.begin_object();
    w.key("schema").value("baocao.result/1");
    w.key("plan");
    write_plan_json(w, run.plan, plan_json_layout::result);
    w.key("submissions").begin_array();
    for (const auto& s : run.submissions) {
        write_submission(w, s, offset);
        drain_when_full();
    }
    w.end_array();
    w.key("rejected").begin_array();
    for (const auto& r : run.rejected) {
        w.begin_object();
        w.key("source").value(r.source);
        w.key("code").value(r.code);
        w.key("message").value(r.message);
        write_unit_ref(w, r.unit);
        w.end_object();
        drain_when_full();
    }
    w.end_array();
    w.key("skipped").begin_array();
    for (const auto& s : run.skipped) w.begin_object().key("source").value(s.source).key("reason").value(s.reason).end_object();
    w.end_array();
    w.key("units").begin_array();
    for (const auto& u : run.units) write_unit(w, u);
    w.end_array();
    w.key("summary").begin_object();
    w.key("inputs").value(run.summary.inputs);
    w.key("containers").value(run.summary.containers);
    w.key("submissions").value(run.summary.submissions);
    std::size_t rejected = 0;
    for (const auto& [code, n] : run.summary.rejected_by_code) rejected += n;
    w.key("rejected").value(rejected);
    w.key("rejected_by_code").begin_object();
    for (const auto& [code, n] : run.summary.rejected_by_code) w.key(code).value(n);
    w.end_object();
    w.key("skipped").value(run.skipped.size());
    w.end_object();
    for (const auto& [key, value] : run.extensions) w.key(key).value(value);
    write_synthesis(w, run.draft, drain_when_full);
    w.end_object();
    w.drain(sink);
    sink("\n");
}

std::string result_to_json(const run_result& run, int offset) {
    std::string out;
    write_result_json(run, offset, [&](std::string_view piece) { out.append(piece); });
    return out;
}

}  // namespace baocao::emit_json
