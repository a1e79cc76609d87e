// SPDX-License-Identifier: Apache-2.0
// Reading the roster.
#include <baocao/engine/json_location.hpp>
#include <baocao/engine/roster_loader.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace baocao::engine {

namespace {
std::vector<std::string> strings(const Poco::JSON::Object::Ptr& obj, const char* key) {
    std::vector<std::string> out;
    if (!obj->has(key)) return out;
    auto arr = obj->getArray(key);
    if (!arr) return out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        auto v = arr->get(static_cast<unsigned>(i));
        if (v.isString()) out.push_back(text::to_nfc(v.convert<std::string>()));
    }
    return out;
}

/// What a JSON value is, in words, for a message about the wrong one.
std::string json_kind(const Poco::Dynamic::Var& v) {
    if (v.type() == typeid(Poco::JSON::Array::Ptr)) return "a list [...]";
    if (v.isEmpty()) return "null";
    if (v.isString()) return "a string";
    if (v.isBoolean()) return "true or false";
    if (v.isNumeric()) return "a number";
    return "another kind of value";
}

bool valid_level(const std::string& level) {
    return level == "grassroots" || level == "district" || level == "organization";
}

/// A roster deadline: "2013-10-05", or {"due": "2013-10-05", "rule": "by"}; `where` names it in errors.
void read_due(const Poco::Dynamic::Var& v, const std::string& where, std::string& due, std::string& rule) {
    Poco::JSON::Object::Ptr obj;
    if (v.isString()) {
        due = v.convert<std::string>();
    } else if (v.type() == typeid(Poco::JSON::Object::Ptr) && (obj = v.extract<Poco::JSON::Object::Ptr>())) {
        due = obj->optValue<std::string>("due", "");
        rule = obj->optValue<std::string>("rule", "");
    } else {
        throw std::runtime_error(where + " must be a date \"YYYY-MM-DD\" or {\"due\": ..., \"rule\": ...}");
    }
    if (!dates::from_iso(due)) throw std::runtime_error(where + " has no valid due date YYYY-MM-DD: '" + due + "'");
    if (!rule.empty() && rule != "before" && rule != "by")
        throw std::runtime_error(where + " has rule '" + rule + "'; expected before (the due day is late) or by (it is on time)");
}
}  // namespace

roster load_roster(const std::filesystem::path& file) {
    std::string text;
    try {
        text = read_regular_file(file, max_settings_file_bytes);
    } catch (const rejection_error& e) {
        throw std::runtime_error("cannot read the roster " + file.string() + ": " + e.what());
    }
    roster r;
    try {
        const Poco::Dynamic::Var parsed = parse_json_text(file, text);
        if (parsed.type() != typeid(Poco::JSON::Object::Ptr))
            throw json_value_error("", "the roster must be an object {\"units\": [...]}, not " + json_kind(parsed));
        const auto root = parsed.extract<Poco::JSON::Object::Ptr>();
        auto units = root->getArray("units");
        if (!units)
            throw json_value_error(root->has("units") ? "/units" : "",
                                   root->has("units") ? "\"units\" must be a list [...]" : "it has no \"units\" list");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < units->size(); ++i) {
            const std::string at = json_pointer("/units", i);
            auto u = units->getObject(static_cast<unsigned>(i));
            if (!u) throw json_value_error(at, "unit " + std::to_string(i + 1) + " is not an object");
            for (const char* key : {"id", "name", "level", "symbol"})
                if (u->has(key) && !u->get(key).isString())
                    throw json_value_error(json_pointer(at, key), "unit " + std::to_string(i + 1) + ": \"" + key +
                                                                      "\" must be a string in double quotes");
            roster_unit unit;
            unit.id = u->optValue<std::string>("id", "");
            unit.name = text::to_nfc(u->optValue<std::string>("name", ""));
            unit.level = u->optValue<std::string>("level", "");
            unit.symbol = u->optValue<std::string>("symbol", "");
            unit.aliases = strings(u, "aliases");
            unit.place_names = strings(u, "place_names");
            for (auto& e : strings(u, "emails")) unit.emails.push_back(text::to_lower(text::trim(e)));
            const std::string where = "unit " + std::to_string(i + 1) + (unit.id.empty() ? "" : " ('" + unit.id + "')");
            if (unit.id.empty()) throw json_value_error(at, where + " has no id");
            if (unit.name.empty()) throw json_value_error(json_pointer(at, "name"), where + " has no name");
            if (!valid_level(unit.level))
                throw json_value_error(json_pointer(at, "level"), where + " has level '" + unit.level +
                                                                      "'; expected grassroots, district or organization");
            if (!ids.insert(unit.id).second) throw json_value_error(json_pointer(at, "id"), where + ": the id is used twice");
            if (u->has("deadline") && !u->isNull("deadline"))
                read_due(u->get("deadline"), where + " deadline", unit.deadline, unit.deadline_rule);
            r.units.push_back(std::move(unit));
        }
        // Deadlines per level: the roster's word over the plan's.
        if (auto levels = root->getArray("deadlines")) {
            for (std::size_t i = 0; i < levels->size(); ++i) {
                const std::string where = "deadlines[" + std::to_string(i) + "]";
                auto d = levels->getObject(static_cast<unsigned>(i));
                if (!d) throw std::runtime_error(where + " is not an object {\"level\", \"due\"}");
                plan_deadline pd;
                pd.level = d->optValue<std::string>("level", "");
                if (!valid_level(pd.level))
                    throw std::runtime_error(where + " has level '" + pd.level + "'; expected grassroots, district or organization");
                // No rule: the plan's for the same day, else strict (see check-deadline).
                pd.rule.clear();
                read_due(Poco::Dynamic::Var(d), where, pd.due, pd.rule);
                r.deadlines.push_back(std::move(pd));
            }
        }
    } catch (const json_value_error& e) {
        throw std::runtime_error("the roster " + located_message(file, text, e));
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("the roster " + file.string() + " is not valid JSON: " + e.displayText());
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("the roster " + std::string(e.what()));
    }
    return r;
}

}  // namespace baocao::engine
