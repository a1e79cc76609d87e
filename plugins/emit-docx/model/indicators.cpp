// The indicator tables of the appendix. extract-indicators attaches to each
// submission an "indicators" record list of {"indicator","label","value","unit",
// "evidence"} ("unit" is the unit of measure; a JSON array of such objects is
// read too), and its checker puts the
// totals on the run as "indicator_totals": {"indicators":[{id,label,unit}],
// "units":[{id,name,values:{id:value}}], "province":{id:value}}. The totals
// are used when present, so the draft shows the same figures as result.json;
// otherwise they are computed from the submissions the same way: a unit's
// figure is the largest its current report gives (reports state the total
// first and its parts after), the province's is the sum over units.

#include "model/draft_builder.hpp"
#include "model/draft_text.hpp"

#include <baocao/sdk/record_list.hpp>
#include <baocao/sdk/text.hpp>

#include <Poco/Dynamic/Struct.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <type_traits>
#include <variant>

namespace baocao::draft {

namespace {

using Poco::Dynamic::Var;

constexpr std::size_t max_indicator_columns = 5;

std::string field_string(const Var& v) {
    if (v.isEmpty()) return {};
    try {
        return text::sanitize_utf8(v.convert<std::string>());
    } catch (const Poco::Exception&) {
        return {};
    }
}

/// A field of an object held in a Var, whichever object type it is.
Var field(const Var& obj, const std::string& key) {
    if (obj.type() == typeid(Poco::JSON::Object::Ptr)) {
        const auto o = obj.extract<Poco::JSON::Object::Ptr>();
        return o && o->has(key) ? o->get(key) : Var();
    }
    if (obj.type() == typeid(Poco::JSON::Object)) {
        const auto& o = obj.extract<Poco::JSON::Object>();
        return o.has(key) ? o.get(key) : Var();
    }
    if (obj.type() == typeid(Poco::Dynamic::Struct<std::string>)) {
        const auto& o = obj.extract<Poco::Dynamic::Struct<std::string>>();
        return o.contains(key) ? o[key] : Var();
    }
    return {};
}

/// The keys of an object held in a Var, in the object's own order.
std::vector<std::string> keys(const Var& obj) {
    std::vector<std::string> out;
    if (obj.type() == typeid(Poco::JSON::Object::Ptr)) {
        const auto o = obj.extract<Poco::JSON::Object::Ptr>();
        if (o) o->getNames(out);
    } else if (obj.type() == typeid(Poco::Dynamic::Struct<std::string>)) {
        for (const auto& k : obj.extract<Poco::Dynamic::Struct<std::string>>().members()) out.push_back(k);
    }
    return out;
}

/// The elements of an array held in a Var; empty for anything else.
std::vector<Var> elements(const Var& v) {
    std::vector<Var> out;
    if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto a = v.extract<Poco::JSON::Array::Ptr>();
        for (std::size_t i = 0; a && i < a->size(); ++i) out.push_back(a->get(i));
    } else if (v.type() == typeid(Poco::JSON::Array)) {
        const auto& a = v.extract<Poco::JSON::Array>();
        for (std::size_t i = 0; i < a.size(); ++i) out.push_back(a.get(i));
    } else if (v.type() == typeid(std::vector<Var>)) {
        out = v.extract<std::vector<Var>>();
    } else if (v.type() == typeid(record_list_ptr)) {
        // Each record as an object, so the readers above need no third form.
        const auto& list = v.extract<record_list_ptr>();
        for (std::size_t r = 0; list && r < list->size(); ++r) {
            Poco::Dynamic::Struct<std::string> record;
            for (std::size_t f = 0; f < list->fields().size(); ++f)
                std::visit(
                    [&](const auto& cell) {
                        if constexpr (!std::is_same_v<std::decay_t<decltype(cell)>, std::monostate>)
                            record[list->fields()[f]] = cell;
                    },
                    list->at(r, f));
            out.emplace_back(std::move(record));
        }
    }
    return out;
}

std::optional<double> numeric(const Var& v) {
    try {
        if (v.isNumeric()) return v.convert<double>();
        if (v.isString()) return parse_number(v.convert<std::string>());
    } catch (const Poco::Exception&) {
    }
    return std::nullopt;
}

struct column {
    std::string id;
    std::string header;
};

/// What the tables show, whichever source it came from.
struct figures {
    std::vector<column> columns;
    std::vector<std::pair<std::string, std::map<std::string, double>>> rows;  ///< unit name → values
    std::map<std::string, double> province;
};

/// "Label (unit)", unless the label already ends with its unit in brackets ("Đất hiến (m²)" with "m2").
std::string header_of(const std::string& id, const std::string& label, const std::string& measure) {
    const auto name = label.empty() ? id : label;
    if (measure.empty()) return name;
    const auto open = name.rfind('(');
    const auto close = name.rfind(')');
    if (open != std::string::npos && close != std::string::npos && close > open &&
        text::match_key(name.substr(open + 1, close - open - 1)) == text::match_key(measure))
        return name;
    return name + " (" + measure + ")";
}

/// From the run's "indicator_totals"; empty when it is absent or holds no unit.
figures from_totals(const run_result& run) {
    figures f;
    const auto it = run.extensions.find("indicator_totals");
    if (it == run.extensions.end()) return f;
    const auto& totals = it->second;
    for (const auto& u : elements(field(totals, "units"))) {
        const auto values = field(u, "values");
        std::map<std::string, double> row;
        for (const auto& k : keys(values))
            if (const auto n = numeric(field(values, k))) row.emplace(k, *n);
        if (!row.empty()) f.rows.emplace_back(field_string(field(u, "name")), std::move(row));
    }
    if (f.rows.empty()) return f;
    // Columns in the definitions' order, only those some unit reported.
    for (const auto& d : elements(field(totals, "indicators"))) {
        const auto id = field_string(field(d, "id"));
        bool reported = false;
        for (const auto& r : f.rows) reported = reported || r.second.count(id);
        if (reported)
            f.columns.push_back({id, header_of(id, field_string(field(d, "label")), field_string(field(d, "unit")))});
    }
    const auto province = field(totals, "province");
    for (const auto& k : keys(province))
        if (const auto n = numeric(field(province, k))) f.province.emplace(k, *n);
    return f;
}

/// From the counted submissions' own "indicators".
figures from_submissions(const run_result& run) {
    figures f;
    std::map<std::string, bool> seen;
    for (const auto& r : reporters(run)) {
        std::map<std::string, double> row;
        for (const auto* s : r.submissions) {
            const auto ext = s->extensions.find("indicators");
            if (ext == s->extensions.end()) continue;
            for (const auto& e : elements(ext->second)) {
                auto id = field_string(field(e, "indicator"));
                const auto label = field_string(field(e, "label"));
                if (id.empty()) id = label;
                const auto value = numeric(field(e, "value"));
                if (id.empty() || !value) continue;
                if (!seen[id]) {
                    seen[id] = true;
                    f.columns.push_back({id, header_of(id, label, field_string(field(e, "unit")))});
                }
                auto [pos, added] = row.emplace(id, *value);
                if (!added && *value > pos->second) pos->second = *value;
            }
        }
        if (!row.empty()) f.rows.emplace_back(r.name, std::move(row));
    }
    for (const auto& r : f.rows)
        for (const auto& [id, v] : r.second) f.province[id] += v;
    return f;
}

}  // namespace

std::vector<table> indicator_tables(const run_result& run) {
    auto f = from_totals(run);
    if (f.rows.empty() || f.columns.empty()) f = from_submissions(run);
    if (f.rows.empty() || f.columns.empty()) return {};

    std::vector<table> tables;
    for (std::size_t first = 0; first < f.columns.size(); first += max_indicator_columns) {
        const auto last = std::min(f.columns.size(), first + max_indicator_columns);
        table t;
        t.header.push_back("Đơn vị");
        t.widths.push_back(30);
        t.centered.push_back(false);
        for (std::size_t c = first; c < last; ++c) {
            t.header.push_back(f.columns[c].header);
            t.widths.push_back(70.0 / static_cast<double>(last - first));
            t.centered.push_back(true);
        }
        for (const auto& [name, values] : f.rows) {
            bool any = false;
            std::vector<std::string> cells{name};
            for (std::size_t c = first; c < last; ++c) {
                const auto it = values.find(f.columns[c].id);
                any = any || it != values.end();
                cells.push_back(it == values.end() ? std::string("-") : vn_number(it->second));
            }
            if (any) t.rows.push_back(std::move(cells));
        }
        std::vector<std::string> totals{"Toàn tỉnh"};
        for (std::size_t c = first; c < last; ++c) {
            const auto it = f.province.find(f.columns[c].id);
            totals.push_back(it == f.province.end() ? std::string("-") : vn_number(it->second));
        }
        t.rows.push_back(std::move(totals));
        tables.push_back(std::move(t));
    }
    return tables;
}

}  // namespace baocao::draft
