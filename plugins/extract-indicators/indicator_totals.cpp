// SPDX-License-Identifier: Apache-2.0
// Totals are computed in roster order so the table reads like the compliance table.
#include "indicator_totals.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/record_list.hpp>

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <utility>
#include <variant>
#include <vector>

namespace baocao::indicators {

namespace {

struct read_figure {
    std::string indicator;
    double value = 0;
    std::string role = "result";
    bool total = false;
    std::string about;
};

/// The figures a submission carries: the plugin's own record_list, or a JSON
/// array of objects from another producer. Nothing when the extension has another form.
std::optional<std::vector<read_figure>> read_figures(const Poco::Dynamic::Var& ext) {
    std::vector<read_figure> out;
    if (ext.type() == typeid(record_list_ptr)) {
        const auto list = record_list::load(ext.extract<record_list_ptr>());
        if (!list) return std::nullopt;
        const auto id_field = list->field_index("indicator");
        const auto value_field = list->field_index("value");
        if (!id_field || !value_field) return std::nullopt;
        const auto role_field = list->field_index("role");
        const auto total_field = list->field_index("total");
        const auto about_field = list->field_index("about");
        for (std::size_t r = 0; r < list->size(); ++r) {
            const auto* id = std::get_if<std::string>(&list->at(r, *id_field));
            const auto* value = std::get_if<double>(&list->at(r, *value_field));
            if (!id || !value) continue;
            read_figure f;
            f.indicator = *id;
            f.value = *value;
            if (role_field)
                if (const auto* role = std::get_if<std::string>(&list->at(r, *role_field))) f.role = *role;
            if (total_field)
                if (const auto* total = std::get_if<bool>(&list->at(r, *total_field))) f.total = *total;
            if (about_field)
                if (const auto* about = std::get_if<std::string>(&list->at(r, *about_field))) f.about = *about;
            out.push_back(std::move(f));
        }
        return out;
    }
    if (ext.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto& figures = ext.extract<Poco::JSON::Array::Ptr>();
        if (!figures) return std::nullopt;
        for (std::size_t i = 0; i < figures->size(); ++i) {
            auto o = figures->getObject(static_cast<unsigned>(i));
            read_figure f;
            f.indicator = o->getValue<std::string>("indicator");
            f.value = o->getValue<double>("value");
            f.role = o->optValue<std::string>("role", "result");
            f.total = o->optValue<bool>("total", false);
            if (o->has("about") && !o->isNull("about")) f.about = o->getValue<std::string>("about");
            out.push_back(std::move(f));
        }
        return out;
    }
    return std::nullopt;
}

/// Values of one indicator for one unit, by how they were stated.
struct stated_values {
    std::vector<double> totals, results, credited;
};

void add_distinct(std::vector<double>& values, double v) {
    if (std::none_of(values.begin(), values.end(), [&](double x) { return std::fabs(x - v) <= 1e-9 * std::max(1.0, std::fabs(v)); }))
        values.push_back(v);
}

double sum(const std::vector<double>& values) {
    double s = 0;
    for (double v : values) s += v;
    return s;
}

std::string list_values(const std::vector<double>& values) {
    std::ostringstream s;
    for (std::size_t i = 0; i < values.size(); ++i) s << (i ? ", " : "") << values[i];
    return s.str();
}

}  // namespace

Poco::JSON::Object::Ptr totals(run_result& run, const std::vector<definition>& defs) {
    std::map<std::string, std::map<std::string, stated_values>> by_unit;  // unit → indicator → values
    std::map<std::string, std::string> names;
    std::map<std::string, submission*> report_of;
    for (const auto& u : run.units) names[u.id] = u.name;
    for (auto& sub : run.submissions) {
        // A superseded version, or a report on another subject, is not what the unit reported on this plan.
        if (sub.superseded_by || sub.off_topic) continue;
        auto ext = sub.extensions.find("indicators");
        if (ext == sub.extensions.end()) continue;
        const auto figures = read_figures(ext->second);
        if (!figures) continue;
        const std::string own = sub.unit ? sub.unit->id : "";
        if (!own.empty()) {
            names[own] = sub.unit->name;
            report_of[own] = &sub;
        }
        for (const auto& f : *figures) {
            if (f.role != "result") continue;
            if (!f.about.empty() && f.about != own) {
                add_distinct(by_unit[f.about][f.indicator].credited, f.value);
                continue;
            }
            if (own.empty()) continue;
            auto& values = by_unit[own][f.indicator];
            add_distinct(f.total ? values.totals : values.results, f.value);
        }
    }

    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr indicators = new Poco::JSON::Array;
    for (const auto& d : defs) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("id", d.id);
        o->set("label", d.label);
        o->set("unit", d.unit);
        Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
        for (const auto& item : d.items) items->add(item);
        o->set("items", items);
        indicators->add(o);
    }
    out->set("indicators", indicators);

    std::vector<std::string> order;
    for (const auto& u : run.units) order.push_back(u.id);
    for (const auto& [id, values] : by_unit)
        if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);

    Poco::JSON::Array::Ptr units = new Poco::JSON::Array;
    std::map<std::string, double> province;
    std::map<std::string, int> with_value;
    for (const auto& id : order) {
        auto it = by_unit.find(id);
        if (it == by_unit.end()) continue;
        Poco::JSON::Object::Ptr values = new Poco::JSON::Object;
        for (const auto& [indicator, v] : it->second) {
            double value;
            if (!v.totals.empty()) {
                value = v.totals.front();
                if (v.totals.size() > 1 && report_of.count(id))
                    report_of[id]->problems.push_back(
                        {error_code::conflicting_figures,
                         "the report states different totals of '" + indicator + "': " + list_values(v.totals) +
                             "; the first is counted"});
            } else if (!v.results.empty()) {
                value = sum(v.results);
            } else {
                value = sum(v.credited);
            }
            values->set(indicator, value);
            province[indicator] += value;
            ++with_value[indicator];
        }
        if (values->size() == 0) continue;
        Poco::JSON::Object::Ptr row = new Poco::JSON::Object;
        row->set("id", id);
        row->set("name", names[id]);
        row->set("values", values);
        units->add(row);
    }
    out->set("units", units);
    Poco::JSON::Object::Ptr prov = new Poco::JSON::Object;
    for (const auto& [indicator, v] : province) prov->set(indicator, v);
    out->set("province", prov);

    // Units reporting: those with a current report, whether or not it gives any
    // figure, and those another report gives a figure about.
    std::set<std::string> reporting;
    for (const auto& sub : run.submissions)
        if (!sub.superseded_by && !sub.off_topic && sub.unit) reporting.insert(sub.unit->id);
    for (const auto& [id, values] : by_unit)
        for (const auto& [indicator, v] : values)
            if (!v.totals.empty() || !v.results.empty() || !v.credited.empty()) reporting.insert(id);
    Poco::JSON::Object::Ptr coverage = new Poco::JSON::Object;
    for (const auto& d : defs) {
        Poco::JSON::Object::Ptr c = new Poco::JSON::Object;
        c->set("units", with_value.count(d.id) ? with_value[d.id] : 0);
        c->set("of", static_cast<int>(reporting.size()));
        coverage->set(d.id, c);
    }
    out->set("coverage", coverage);
    return out;
}

}  // namespace baocao::indicators
