// SPDX-License-Identifier: Apache-2.0
// The figures of the draft. extract-indicators attaches to each
// submission an "indicators" record list of {"indicator","label","value","unit",
// "evidence"} ("unit" is the unit of measure; a JSON array of such objects is
// read too), and its checker puts the
// totals on the run as "indicator_totals": {"indicators":[{id,label,unit}],
// "units":[{id,name,values:{id:value}}], "province":{id:value}}. The totals
// are used when present (even when no unit is in them), so the draft shows
// the same figures as result.json; otherwise they are computed from the
// submissions the same way: a unit's figure is the largest its current report
// gives (reports state the total first and its parts after), the province's
// is the sum over units, and a report from no known unit adds nothing.

#include "run_figures.hpp"
#include "vietnamese_forms.hpp"

#include <baocao/sdk/record_list.hpp>
#include <baocao/sdk/text.hpp>

#include <Poco/Dynamic/Struct.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <type_traits>
#include <variant>

namespace baocao::synthesis {

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
        const auto list = record_list::load(v.extract<record_list_ptr>());
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

std::vector<std::string> strings_of(const Var& v) {
    std::vector<std::string> out;
    for (const auto& e : elements(v))
        if (auto s = field_string(e); !s.empty()) out.push_back(std::move(s));
    return out;
}

/// From the run's "indicator_totals"; empty when it is absent or holds no unit.
figure_set from_totals(const run_result& run) {
    figure_set f;
    const auto it = run.extensions.find("indicator_totals");
    if (it == run.extensions.end()) return f;
    const auto& totals = it->second;
    for (const auto& u : elements(field(totals, "units"))) {
        const auto values = field(u, "values");
        unit_figures row{field_string(field(u, "id")), field_string(field(u, "name")), {}};
        for (const auto& k : keys(values))
            if (const auto n = numeric(field(values, k))) row.values.emplace(k, *n);
        if (!row.values.empty()) f.units.push_back(std::move(row));
    }
    if (f.units.empty()) return f;
    const auto coverage = field(totals, "coverage");
    // Indicators in the definitions' order, only those some unit reported.
    for (const auto& d : elements(field(totals, "indicators"))) {
        indicator ind{field_string(field(d, "id")), field_string(field(d, "label")), field_string(field(d, "unit")),
                      strings_of(field(d, "items")), std::nullopt};
        bool reported = false;
        for (const auto& r : f.units) reported = reported || r.values.count(ind.id);
        if (!reported) continue;
        const auto c = field(coverage, ind.id);
        const auto units = numeric(field(c, "units")), of = numeric(field(c, "of"));
        if (units && of) ind.coverage = {static_cast<std::size_t>(*units), static_cast<std::size_t>(*of)};
        f.indicators.push_back(std::move(ind));
    }
    const auto province = field(totals, "province");
    for (const auto& k : keys(province))
        if (const auto n = numeric(field(province, k))) f.province.emplace(k, *n);
    return f;
}

/// From the counted submissions' own "indicators", counted as the totals
/// count them: a report from no known unit adds nothing.
figure_set from_submissions(const std::vector<reporter>& reporters) {
    figure_set f;
    std::map<std::string, bool> seen;
    for (const auto& r : reporters) {
        if (r.unit_id.empty()) continue;
        unit_figures row{r.unit_id, r.name, {}};
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
                    f.indicators.push_back({id, label, field_string(field(e, "unit")), {}, std::nullopt});
                }
                auto [pos, added] = row.values.emplace(id, *value);
                if (!added && *value > pos->second) pos->second = *value;
            }
        }
        if (!row.values.empty()) f.units.push_back(std::move(row));
    }
    for (const auto& r : f.units)
        for (const auto& [id, v] : r.values) f.province[id] += v;
    return f;
}

/// The plan item whose sections hold most of an indicator's evidence sentences.
/// The text of one field of every record of an indicators extension, as
/// field_string(field(e, name)) reads it, without turning each record into an object.
std::vector<std::string> column(const Var& v, const std::string& name) {
    std::vector<std::string> out;
    if (v.type() != typeid(record_list_ptr)) {
        for (const auto& e : elements(v)) out.push_back(field_string(field(e, name)));
        return out;
    }
    const auto list = record_list::load(v.extract<record_list_ptr>());
    if (!list) return out;
    const auto at = list->field_index(name);
    out.reserve(list->size());
    for (std::size_t r = 0; r < list->size(); ++r) {
        if (!at) {
            out.emplace_back();
            continue;
        }
        out.push_back(std::visit(
            [](const auto& cell) -> std::string {
                using cell_type = std::decay_t<decltype(cell)>;
                if constexpr (std::is_same_v<cell_type, std::monostate>) return {};
                else if constexpr (std::is_same_v<cell_type, std::string>) return text::sanitize_utf8(cell);
                else return field_string(Var(cell));
            },
            list->at(r, *at)));
    }
    return out;
}

void infer_items(figure_set& f, const std::vector<reporter>& reporters) {
    // Only indicators with no item of their own take a vote; the others need none.
    std::set<std::string> wanted;
    for (const auto& ind : f.indicators)
        if (ind.items.empty()) wanted.insert(ind.id);
    if (wanted.empty()) return;
    std::map<std::string, std::map<std::string, std::size_t>> votes;  // indicator → item → evidence found there
    for (const auto& r : reporters)
        for (const auto* s : r.submissions) {
            const auto ext = s->extensions.find("indicators");
            if (ext == s->extensions.end()) continue;
            const auto ids = column(ext->second, "indicator");
            const auto evidences = column(ext->second, "evidence");
            // A sentence or table row holds several figures: find it in the sections once,
            // reading the sections' text back from the store once per report.
            std::unordered_map<std::string_view, const section_match*> found_in;
            std::vector<std::string> texts;
            for (std::size_t e = 0; e < ids.size() && e < evidences.size(); ++e) {
                const auto& id = ids[e];
                const auto& evidence = evidences[e];
                if (id.empty() || evidence.size() < 12 || !wanted.count(id)) continue;
                auto [at, fresh] = found_in.try_emplace(evidence, nullptr);
                if (fresh) {
                    if (texts.empty())
                        for (const auto& sec : s->sections) texts.push_back(sec.text.str());
                    for (std::size_t k = 0; k < texts.size(); ++k)
                        if (texts[k].find(evidence) != std::string::npos) {
                            at->second = &s->sections[k];
                            break;
                        }
                }
                if (at->second) ++votes[id][at->second->item];
            }
        }
    for (auto& ind : f.indicators) {
        if (!ind.items.empty()) continue;
        const auto it = votes.find(ind.id);
        if (it == votes.end()) continue;
        std::string best;
        std::size_t most = 0;
        for (const auto& [item, n] : it->second)
            if (n > most) most = n, best = item;
        if (!best.empty()) ind.items.push_back(best);
    }
}

/// "mô hình “Dân vận khéo”" from the label "Mô hình “Dân vận khéo”" when the label starts with the measure.
std::string lower_first(const std::string& s) {
    if (s.empty()) return s;
    const auto len = text::utf8_sequence_length(static_cast<unsigned char>(s[0]));
    return text::to_lower(s.substr(0, len)) + s.substr(len);
}

}  // namespace

std::string header_of(const indicator& ind) {
    const auto name = ind.label.empty() ? ind.id : ind.label;
    if (ind.measure.empty()) return name;
    const auto open = name.rfind('(');
    const auto close = name.rfind(')');
    if (open != std::string::npos && close != std::string::npos && close > open &&
        text::match_key(name.substr(open + 1, close - open - 1)) == text::match_key(ind.measure))
        return name;
    return name + " (" + ind.measure + ")";
}

figure_set read_figures(const run_result& run, const std::vector<reporter>& reporters) {
    // The totals, whenever the checker left them, even with no unit in them:
    // the draft must not add up what result.json does not.
    auto f = run.extensions.count("indicator_totals") ? from_totals(run) : from_submissions(reporters);
    infer_items(f, reporters);
    return f;
}

std::string figure_phrase(const indicator& ind, double value, std::size_t units_with_value, std::size_t reporting) {
    std::string phrase;
    const auto label_key = text::match_key(ind.label);
    const auto measure_key = text::match_key(ind.measure);
    if (!measure_key.empty() && label_key.rfind(measure_key + " ", 0) == 0) {
        phrase = vn_number(value) + " " + lower_first(ind.label);
    } else {
        auto label = ind.label.empty() ? ind.id : ind.label;
        // "Đất hiến (m²)": the bracket names the measure, which follows the number instead.
        std::string measure = ind.measure == "m2" ? "m²" : ind.measure;
        if (const auto open = label.rfind(" ("); open != std::string::npos && label.back() == ')') {
            if (measure.empty()) measure = label.substr(open + 2, label.size() - open - 3);
            label.resize(open);
        }
        phrase = lower_first(label) + " " + vn_number(value) + (measure.empty() ? "" : " " + measure);
    }
    const auto [n, of] = ind.coverage ? *ind.coverage : std::pair{units_with_value, reporting};
    return phrase + " (" + vn_number(static_cast<double>(n)) + "/" + vn_number(static_cast<double>(of)) +
           " đơn vị báo cáo số liệu)";
}

std::vector<draft::table> figure_tables(const figure_set& f) {
    std::vector<draft::table> tables;
    if (f.empty()) return tables;
    for (std::size_t first = 0; first < f.indicators.size(); first += max_indicator_columns) {
        const auto last = std::min(f.indicators.size(), first + max_indicator_columns);
        draft::table t;
        t.header.push_back("Đơn vị");
        t.widths.push_back(30);
        t.centered.push_back(false);
        for (std::size_t c = first; c < last; ++c) {
            t.header.push_back(header_of(f.indicators[c]));
            t.widths.push_back(70.0 / static_cast<double>(last - first));
            t.centered.push_back(true);
        }
        for (const auto& u : f.units) {
            bool any = false;
            draft::table_row row;
            row.cells.push_back(u.name);
            for (std::size_t c = first; c < last; ++c) {
                const auto it = u.values.find(f.indicators[c].id);
                any = any || it != u.values.end();
                row.cells.push_back(it == u.values.end() ? std::string("-") : vn_number(it->second));
            }
            row.sources.push_back({u.unit_id, u.name, {}, {}, -1});
            if (any) t.rows.push_back(std::move(row));
        }
        draft::table_row totals;
        totals.total = true;
        totals.cells.push_back("Toàn tỉnh");
        for (std::size_t c = first; c < last; ++c) {
            const auto it = f.province.find(f.indicators[c].id);
            totals.cells.push_back(it == f.province.end() ? std::string("-") : vn_number(it->second));
        }
        t.rows.push_back(std::move(totals));
        tables.push_back(std::move(t));
    }
    return tables;
}

}  // namespace baocao::synthesis
