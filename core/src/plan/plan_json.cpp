// SPDX-License-Identifier: Apache-2.0
// The plan spec as editable JSON. Reading it back checks every field a person
// may have mistyped and says which one, so that `--plan` fails clearly.
#include <baocao/engine/json_location.hpp>
#include <baocao/engine/plan_reader.hpp>

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/json.hpp>
#include <baocao/sdk/plan_json.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <set>
#include <stdexcept>

namespace baocao::engine {

namespace {

// `at` is the JSON Pointer of the value the message is about, so that the
// reader of the file can say on which line and column it is.
[[noreturn]] void fail(const std::string& at, const std::string& what) {
    throw json_value_error(at, "plan spec: " + what);
}

/// The pointer of `where` ("items[2]." or "") and member `name`: "/items/2/name".
std::string pointer_of(const std::string& at, const std::string& name) { return json_pointer(at, name); }

std::string string_field(const Poco::JSON::Object::Ptr& obj, const std::string& name, const std::string& where,
                         const std::string& at, bool required) {
    if (!obj->has(name) || obj->isNull(name)) {
        if (required) fail(at, where + "\"" + name + "\" is missing");
        return {};
    }
    const Poco::Dynamic::Var v = obj->get(name);
    if (!v.isString()) fail(pointer_of(at, name), where + "\"" + name + "\" must be a string");
    return v.extract<std::string>();
}

Poco::JSON::Array::Ptr array_field(const Poco::JSON::Object::Ptr& obj, const std::string& name, const std::string& where,
                                   const std::string& at) {
    if (!obj->has(name) || obj->isNull(name)) return new Poco::JSON::Array;
    Poco::JSON::Array::Ptr a = obj->getArray(name);
    if (a.isNull()) fail(pointer_of(at, name), where + "\"" + name + "\" must be an array");
    return a;
}

Poco::JSON::Object::Ptr object_at(const Poco::JSON::Array::Ptr& a, std::size_t i, const std::string& where,
                                  const std::string& at) {
    Poco::JSON::Object::Ptr o = a->getObject(static_cast<unsigned>(i));
    if (o.isNull()) fail(at, where + " must be an object");
    return o;
}

std::string iso_date(const std::string& s, const std::string& where, const std::string& at) {
    if (!dates::from_iso(s)) fail(at, where + " is not a valid date YYYY-MM-DD: \"" + s + "\"");
    return s;
}

}  // namespace

std::string plan_to_json(const plan_spec& plan) {
    json_writer w;
    write_plan_json(w, plan, plan_json_layout::spec);
    return w.str() + "\n";
}

plan_spec plan_from_json(std::string_view json) {
    if (const auto err = json_syntax_error(json))
        throw json_syntax_failure(err->first, "plan spec: not valid JSON: " + err->second);
    Poco::Dynamic::Var root;
    try {
        Poco::JSON::Parser parser;
        root = parser.parse(std::string(json.starts_with("\xEF\xBB\xBF") ? json.substr(3) : json));
    } catch (const Poco::Exception& e) {
        fail("", "not valid JSON: " + e.displayText());
    }
    if (root.type() != typeid(Poco::JSON::Object::Ptr)) fail("", "the top level must be an object {...}");
    const Poco::JSON::Object::Ptr obj = root.extract<Poco::JSON::Object::Ptr>();
    if (obj.isNull()) fail("", "the top level must be an object {...}");

    const std::string schema = string_field(obj, "schema", "", "", false);
    if (!schema.empty() && schema != plan_spec_schema)
        fail("/schema", "unknown schema \"" + schema + "\" (expected \"" + plan_spec_schema + "\")");

    plan_spec plan;
    plan.number = string_field(obj, "number", "", "", false);
    plan.date = string_field(obj, "date", "", "", false);
    if (!plan.date.empty()) iso_date(plan.date, "\"date\"", "/date");
    plan.place = string_field(obj, "place", "", "", false);
    plan.issuing_body = string_field(obj, "issuing_body", "", "", false);
    plan.kind = string_field(obj, "kind", "", "", false);
    plan.title = string_field(obj, "title", "", "", false);

    const auto items = array_field(obj, "items", "", "");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string where = "items[" + std::to_string(i) + "]";
        const std::string at = json_pointer("/items", i);
        const auto o = object_at(items, i, where, at);
        plan_item it;
        it.id = string_field(o, "id", where + ".", at, false);
        if (it.id.empty()) it.id = std::to_string(i + 1);
        if (!ids.insert(it.id).second) fail(pointer_of(at, "id"), where + ".id \"" + it.id + "\" is used twice");
        it.title = string_field(o, "title", where + ".", at, true);
        if (it.title.empty()) fail(pointer_of(at, "title"), where + ".title is empty");
        const auto phrases = array_field(o, "phrases", where + ".", at);
        for (std::size_t k = 0; k < phrases->size(); ++k) {
            const Poco::Dynamic::Var v = phrases->get(static_cast<unsigned>(k));
            if (!v.isString())
                fail(json_pointer(pointer_of(at, "phrases"), k), where + ".phrases[" + std::to_string(k) + "] must be a string");
            it.phrases.push_back(v.extract<std::string>());
        }
        plan.items.push_back(std::move(it));
    }
    if (plan.items.empty())
        fail(obj->has("items") ? "/items" : "", "\"items\" is missing or empty: a plan needs at least one content item");

    const auto deadlines = array_field(obj, "deadlines", "", "");
    std::set<std::string> levels;
    for (std::size_t i = 0; i < deadlines->size(); ++i) {
        const std::string where = "deadlines[" + std::to_string(i) + "]";
        const std::string at = json_pointer("/deadlines", i);
        const auto o = object_at(deadlines, i, where, at);
        plan_deadline d;
        d.level = string_field(o, "level", where + ".", at, true);
        if (d.level != "grassroots" && d.level != "district" && d.level != "organization")
            fail(pointer_of(at, "level"), where + ".level \"" + d.level + "\" is not one of grassroots, district, organization");
        d.due = iso_date(string_field(o, "due", where + ".", at, true), where + ".due", pointer_of(at, "due"));
        d.rule = string_field(o, "rule", where + ".", at, false);
        if (d.rule.empty()) d.rule = "before";
        if (d.rule != "before" && d.rule != "by")
            fail(pointer_of(at, "rule"), where + ".rule \"" + d.rule + "\" is not \"before\" (the due day is late) or \"by\" (the due day is on time)");
        d.wording = string_field(o, "wording", where + ".", at, false);
        d.report = string_field(o, "report", where + ".", at, false);
        if (!d.report.empty() && d.report != "quick")
            fail(pointer_of(at, "report"), where + ".report \"" + d.report + "\" is not \"quick\" or absent");
        d.group = string_field(o, "group", where + ".", at, false);
        if (o->has("month_only") && !o->isNull("month_only")) {
            const Poco::Dynamic::Var v = o->get("month_only");
            if (!v.isBoolean()) fail(pointer_of(at, "month_only"), where + ".month_only must be true or false");
            d.month_only = v.extract<bool>();
        }
        if (!levels.insert(d.level + "\n" + d.report + "\n" + d.group).second)
            fail(pointer_of(at, "level"), where + ": level \"" + d.level + "\" has two deadlines" +
                 (d.report.empty() && d.group.empty() ? "" : " for the same report and group"));
        plan.deadlines.push_back(std::move(d));
    }

    const auto events = array_field(obj, "events", "", "");
    for (std::size_t i = 0; i < events->size(); ++i) {
        const std::string where = "events[" + std::to_string(i) + "]";
        const std::string at = json_pointer("/events", i);
        const auto o = object_at(events, i, where, at);
        plan_event e;
        e.name = string_field(o, "name", where + ".", at, false);
        e.date = iso_date(string_field(o, "date", where + ".", at, true), where + ".date", pointer_of(at, "date"));
        plan.events.push_back(std::move(e));
    }
    return plan;
}

}  // namespace baocao::engine
