// Totals are computed in roster order so the table reads like the compliance table.
#include "indicator_totals.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>

namespace baocao::indicators {

Poco::JSON::Object::Ptr totals(const run_result& run, const std::vector<definition>& defs) {
    // unit id → indicator id → largest figure
    std::map<std::string, std::map<std::string, double>> by_unit;
    std::map<std::string, std::string> names;
    for (const auto& sub : run.submissions) {
        if (sub.superseded_by || !sub.unit) continue;
        auto ext = sub.extensions.find("indicators");
        if (ext == sub.extensions.end() || ext->second.type() != typeid(Poco::JSON::Array::Ptr)) continue;
        auto figures = ext->second.extract<Poco::JSON::Array::Ptr>();
        names[sub.unit->id] = sub.unit->name;
        auto& values = by_unit[sub.unit->id];
        for (std::size_t i = 0; i < figures->size(); ++i) {
            auto f = figures->getObject(static_cast<unsigned>(i));
            const auto id = f->getValue<std::string>("indicator");
            const double v = f->getValue<double>("value");
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
