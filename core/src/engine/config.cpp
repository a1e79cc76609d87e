// SPDX-License-Identifier: Apache-2.0
// The optional pipeline file. Every key is checked: a mistyped key or plugin
// name silently ignored would leave a person believing a setting holds.
#include <baocao/engine/config.hpp>
#include <baocao/engine/json_location.hpp>
#include <baocao/engine/registry.hpp>
#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>

#include <algorithm>
#include <fstream>
#include <functional>
#include <limits>
#include <set>
#include <sstream>
#include <stdexcept>

namespace baocao::engine {

namespace {

const std::set<std::string> known_keys = {"comment",  "plugin_paths", "extractors", "checkers", "emitters",
                                          "composers", "disabled", "now", "limits", "settings"};

struct limit_field {
    const char* name;
    std::uint64_t max;
    std::function<void(baocao::limits&, std::uint64_t)> set;
};

template <typename T>
limit_field limit(const char* name, T baocao::limits::*field) {
    return {name, std::numeric_limits<T>::max(),
            [field](baocao::limits& l, std::uint64_t v) { l.*field = static_cast<T>(v); }};
}

const std::vector<limit_field>& limit_fields() {
    static const std::vector<limit_field> fields = {
        limit("max_input_bytes", &limits::max_input_bytes),
        limit("max_part_bytes", &limits::max_part_bytes),
        limit("max_total_inflated", &limits::max_total_inflated),
        limit("max_compression_ratio", &limits::max_compression_ratio),
        limit("max_zip_entries", &limits::max_zip_entries),
        limit("max_container_depth", &limits::max_container_depth),
        limit("max_xml_depth", &limits::max_xml_depth),
        limit("max_mime_depth", &limits::max_mime_depth),
        limit("max_mime_parts", &limits::max_mime_parts),
        limit("max_paragraph_bytes", &limits::max_paragraph_bytes),
        limit("max_document_text", &limits::max_document_text),
    };
    return fields;
}

std::string names_of(const std::set<std::string>& keys) {
    std::string out;
    for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
    return out;
}

Poco::JSON::Object::Ptr object_at(const Poco::Dynamic::Var& v, const std::string& pointer, const std::string& what) {
    if (v.type() != typeid(Poco::JSON::Object::Ptr)) throw json_value_error(pointer, what + " must be an object {...}");
    return v.extract<Poco::JSON::Object::Ptr>();
}

std::vector<std::string> string_list(const Poco::JSON::Object::Ptr& root, const std::string& key) {
    std::vector<std::string> out;
    if (!root->has(key)) return out;
    const std::string pointer = json_pointer("", key);
    auto arr = root->getArray(key);
    if (!arr) throw json_value_error(pointer, "\"" + key + "\" must be a list of names");
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const auto v = arr->get(static_cast<unsigned>(i));
        if (!v.isString()) throw json_value_error(json_pointer(pointer, i), "\"" + key + "\" must hold names in double quotes");
        out.push_back(v.extract<std::string>());
    }
    return out;
}

void read_limits(const Poco::JSON::Object::Ptr& lim, baocao::limits& out) {
    std::set<std::string> known;
    for (const auto& f : limit_fields()) known.insert(f.name);
    std::vector<std::string> names;
    lim->getNames(names);
    for (const auto& name : names) {
        const std::string pointer = json_pointer("/limits", name);
        const auto field = std::find_if(limit_fields().begin(), limit_fields().end(),
                                        [&](const limit_field& f) { return name == f.name; });
        if (field == limit_fields().end())
            throw json_value_error(pointer, "unknown limit \"" + name + "\"; the limits are " + names_of(known));
        const Poco::Dynamic::Var v = lim->get(name);
        const std::string range = "from 1 to " + std::to_string(field->max);
        if (!v.isInteger()) throw json_value_error(pointer, "the limit \"" + name + "\" must be a whole number " + range);
        // Poco keeps a number as signed unless it needs the 64th bit.
        const bool negative = v.isSigned() && v.convert<std::int64_t>() < 0;
        const std::uint64_t value = negative ? 0 : v.convert<std::uint64_t>();
        if (negative || value < 1 || value > field->max)
            throw json_value_error(pointer, "the limit \"" + name + "\" is " + v.convert<std::string>() +
                                                ", out of range: it must be " + range);
        field->set(out, value);
    }
}

/// The first config list that names something `known` does not hold, with its pointer.
void require_known(const pipeline_config& cfg, const std::string& key, const std::vector<std::string>& names,
                   const std::set<std::string>& known, const std::string& what) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (!known.count(names[i]))
            throw std::runtime_error(located_message(
                cfg.file, cfg.text,
                json_value_error(json_pointer(json_pointer("", key), i),
                                 "\"" + key + "\" names " + what + " '" + names[i] + "', which no loaded plugin provides" +
                                     (known.empty() ? "" : "; loaded: " + names_of(known)))));
}

}  // namespace

pipeline_config load_config(const std::filesystem::path& file) {
    std::string content;
    try {
        content = read_regular_file(file, max_settings_file_bytes);
    } catch (const rejection_error& e) {
        throw std::runtime_error("cannot read the config file " + file.string() + ": " + e.what());
    }
    pipeline_config cfg;
    cfg.file = file;
    cfg.text = std::move(content);
    const Poco::Dynamic::Var parsed = parse_json_text(file, cfg.text);
    try {
        const auto root = object_at(parsed, "", "the config");
        std::vector<std::string> keys;
        root->getNames(keys);
        for (const auto& key : keys)
            if (!known_keys.count(key))
                throw json_value_error(json_pointer("", key),
                                       "unknown key \"" + key + "\"; the config knows " + names_of(known_keys));
        for (const auto& p : string_list(root, "plugin_paths")) {
            std::filesystem::path path = p;
            cfg.plugin_paths.push_back(path.is_absolute() ? path : file.parent_path() / path);
        }
        cfg.extractors = string_list(root, "extractors");
        cfg.checkers = string_list(root, "checkers");
        cfg.emitters = string_list(root, "emitters");
        cfg.disabled = string_list(root, "disabled");
        cfg.composers = string_list(root, "composers");
        if (root->has("now")) {
            const auto v = root->get("now");
            const auto text = v.isString() ? v.extract<std::string>() : std::string();
            cfg.now = dates::parse_iso_datetime(text, 420);
            if (!cfg.now) throw json_value_error("/now", "\"now\" is not an ISO date-time: " + v.convert<std::string>());
        }
        if (root->has("limits")) read_limits(object_at(root->get("limits"), "/limits", "\"limits\""), cfg.limits);
        if (root->has("settings")) {
            const auto settings = object_at(root->get("settings"), "/settings", "\"settings\"");
            std::vector<std::string> names;
            settings->getNames(names);
            for (const auto& plugin : names)
                cfg.settings[plugin] = object_at(settings->get(plugin), json_pointer("/settings", plugin),
                                                 "the settings of '" + plugin + "'");
        }
    } catch (const json_value_error& e) {
        throw std::runtime_error(located_message(file, cfg.text, e));
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(file.string() + ": " + e.displayText());
    }
    return cfg;
}

void check_config_names(const pipeline_config& cfg, const stage_registry& reg) {
    std::set<std::string> plugins, any_stage;
    for (const auto& p : reg.plugins()) plugins.insert(p.name);
    auto names_of_kind = [&](const auto& list) {
        std::set<std::string> names;
        for (const auto& r : list) {
            names.insert(r.stage->name());
            names.insert(r.plugin);
            any_stage.insert(r.stage->name());
        }
        return names;
    };
    const auto extractors = names_of_kind(reg.extractors());
    const auto checkers = names_of_kind(reg.checkers());
    const auto emitters = names_of_kind(reg.emitters());
    const auto composers = names_of_kind(reg.composers());
    names_of_kind(reg.sources());
    names_of_kind(reg.parsers());
    require_known(cfg, "extractors", cfg.extractors, extractors, "the extractor");
    require_known(cfg, "checkers", cfg.checkers, checkers, "the checker");
    require_known(cfg, "emitters", cfg.emitters, emitters, "the emitter");
    require_known(cfg, "composers", cfg.composers, composers, "the composer");
    std::set<std::string> disableable = plugins;
    disableable.insert(any_stage.begin(), any_stage.end());
    require_known(cfg, "disabled", cfg.disabled, disableable, "the plugin");
    std::vector<std::string> configured;
    for (const auto& [plugin, settings] : cfg.settings) configured.push_back(plugin);
    for (const auto& plugin : configured)
        if (!plugins.count(plugin))
            throw std::runtime_error(located_message(
                cfg.file, cfg.text,
                json_value_error(json_pointer("/settings", plugin),
                                 "\"settings\" names the plugin '" + plugin + "', which is not loaded; loaded: " +
                                     names_of(plugins))));
}

}  // namespace baocao::engine
