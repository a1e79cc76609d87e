// SPDX-License-Identifier: Apache-2.0
// One writer for the plan in JSON, so that the spec and result.json never
// disagree on how a deadline or an item is written.
#include <baocao/sdk/plan_json.hpp>

namespace baocao {

namespace {

void write_items(json_writer& w, const plan_spec& plan, bool with_phrases) {
    w.key("items").begin_array();
    for (const plan_item& it : plan.items) {
        w.begin_object();
        w.key("id").value(it.id);
        w.key("title").value(it.title);
        if (with_phrases) {
            w.key("phrases").begin_array();
            for (const std::string& p : it.phrases) w.value(p);
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();
}

void write_deadlines(json_writer& w, const plan_spec& plan) {
    w.key("deadlines").begin_array();
    for (const plan_deadline& d : plan.deadlines) {
        w.begin_object();
        w.key("level").value(d.level);
        w.key("due").value(d.due);
        w.key("rule").value(d.rule);
        w.key("wording").value(d.wording);
        if (!d.report.empty()) w.key("report").value(d.report);
        if (!d.group.empty()) w.key("group").value(d.group);
        if (d.month_only) w.key("month_only").value(true);
        w.end_object();
    }
    w.end_array();
}

void write_events(json_writer& w, const plan_spec& plan) {
    w.key("events").begin_array();
    for (const plan_event& e : plan.events) {
        w.begin_object();
        w.key("name").value(e.name);
        w.key("date").value(e.date);
        w.end_object();
    }
    w.end_array();
}

}  // namespace

void write_plan_json(json_writer& w, const plan_spec& plan, plan_json_layout layout) {
    w.begin_object();
    if (layout == plan_json_layout::spec) {
        w.key("schema").value(plan_spec_schema);
        w.key("number").value(plan.number);
        w.key("date").value(plan.date);
        w.key("place").value(plan.place);
        w.key("issuing_body").value(plan.issuing_body);
        w.key("kind").value(plan.kind);
        w.key("title").value(plan.title);
        write_items(w, plan, true);
        write_deadlines(w, plan);
    } else {
        w.key("number").value(plan.number);
        write_items(w, plan, false);
        write_deadlines(w, plan);
        w.key("date").value(plan.date);
        w.key("issuing_body").value(plan.issuing_body);
        w.key("title").value(plan.title);
    }
    write_events(w, plan);
    w.end_object();
}

}  // namespace baocao
