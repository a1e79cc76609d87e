// Totals are computed in roster order so the table reads like the compliance table.
#include "indicator_totals.hpp"

#include <baocao/sdk/record_list.hpp>

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace baocao::indicators {

namespace {

/// (indicator id, value) of each figure a submission carries: the plugin's own
/// record_list, or a JSON array of objects from another producer. Nothing when
/// the extension has another form.
std::optional<std::vector<std::pair<std::string, double>>> read_figures(const Poco::Dynamic::Var& ext) {
    std::vector<std::pair<std::string, double>> out;
    if (ext.type() == typeid(record_list_ptr)) {
        const auto& list = ext.extract<record_list_ptr>();
        if (!list) return std::nullopt;
        const auto id_field = list->field_index("indicator");
        const auto value_field = list->field_index("value");
        if (!id_field || !value_field) return std::nullopt;
        for (std::size_t r = 0; r < list->size(); ++r) {
            const auto* id = std::get_if<std::string>(&list->at(r, *id_field));
            const auto* value = std::get_if<double>(&list->at(r, *value_field));
            if (id && value) out.emplace_back(*id, *value);
        }
        return out;
    }
    if (ext.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto& figures = ext.extract<Poco::JSON::Array::Ptr>();
        if (!figures) return std::nullopt;
        for (std::size_t i = 0; i < figures->size(); ++i) {
            auto f = figures->getObject(static_cast<unsigned>(i));
            out.emplace_back(f->getValue<std::string>("indicator"), f->getValue<double>("value"));
        }
        return out;
    }
    return std::nullopt;
}

}  // namespace

Poco::JSON::Object::Ptr totals(const run_result& run, const std::vector<definition>& defs) {
    // unit id → indicator id → largest figure
    std::map<std::string, std::map<std::string, double>> by_unit;
    std::map<std::string, std::string> names;
    for (const auto& sub : run.submissions) {
        if (sub.superseded_by || !sub.unit) continue;
        auto ext = sub.extensions.find("indicators");
        if (ext == sub.extensions.end()) continue;
        const auto figures = read_figures(ext->second);
        if (!figures) continue;
        names[sub.unit->id] = sub.unit->name;
        auto& values = by_unit[sub.unit->id];
        for (const auto& [id, v] : *figures) {
            auto it = values.find(id);
            if (it == values.end() || v > it->second) values[id] = v;
        }
    }

    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr indicators = new Poco::JSON::Array;
    for (const auto& d : defs) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("id", d.id);
        o->set("label", d.label);
        o->set("unit", d.units.front().text);
        indicators->add(o);
    }
    out->set("indicators", indicators);

    std::vector<std::string> order;
    for (const auto& u : run.units) order.push_back(u.id);
    for (const auto& [id, values] : by_unit)
        if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);

    Poco::JSON::Array::Ptr units = new Poco::JSON::Array;
    std::map<std::string, double> province;
    for (const auto& id : order) {
        auto it = by_unit.find(id);
        if (it == by_unit.end() || it->second.empty()) continue;
        Poco::JSON::Object::Ptr row = new Poco::JSON::Object;
        row->set("id", id);
        row->set("name", names[id]);
        Poco::JSON::Object::Ptr values = new Poco::JSON::Object;
        for (const auto& [indicator, v] : it->second) {
            values->set(indicator, v);
            province[indicator] += v;
        }
        row->set("values", values);
        units->add(row);
    }
    out->set("units", units);
    Poco::JSON::Object::Ptr prov = new Poco::JSON::Object;
    for (const auto& [indicator, v] : province) prov->set(indicator, v);
    out->set("province", prov);
    return out;
}

}  // namespace baocao::indicators
