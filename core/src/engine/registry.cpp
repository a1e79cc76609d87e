// SPDX-License-Identifier: Apache-2.0
// Keeps every stage with the plugin that added it, and applies the config's selection.
#include <baocao/engine/registry.hpp>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace baocao::engine {

namespace {
void note_kind(plugin_record* rec, const char* kind) {
    if (rec && std::find(rec->kinds.begin(), rec->kinds.end(), kind) == rec->kinds.end()) rec->kinds.push_back(kind);
}

template <typename Stage>
void add_stage(std::vector<registered<Stage>>& list, std::shared_ptr<Stage> s, const std::string& plugin,
               const char* kind) {
    if (!s) throw std::runtime_error("plugin '" + plugin + "' registered a null " + kind);
    for (const auto& r : list)
        if (r.stage->name() == s->name())
            throw std::runtime_error("plugin '" + plugin + "' registers " + kind + " '" + s->name() +
                                     "', already registered by plugin '" + r.plugin + "'");
    list.push_back({std::move(s), plugin});
}

/// Stages in an order that honours every stage's runs_after(), otherwise
/// keeping the order of `preferred`: the first stage whose needs are met goes next.
template <typename Stage>
std::vector<registered<Stage>> order_by_needs(std::vector<registered<Stage>> preferred, const char* kind) {
    std::vector<registered<Stage>> ordered;
    auto present = [&](const std::string& name) {
        return std::any_of(preferred.begin(), preferred.end(), [&](const auto& r) { return r.stage->name() == name; });
    };
    while (!preferred.empty()) {
        auto ready = std::find_if(preferred.begin(), preferred.end(), [&](const auto& r) {
            const auto needs = r.stage->runs_after();
            return std::none_of(needs.begin(), needs.end(), [&](const std::string& n) { return n != r.stage->name() && present(n); });
        });
        if (ready == preferred.end()) {
            std::string names;
            for (const auto& r : preferred) names += (names.empty() ? "'" : ", '") + r.stage->name() + "'";
            throw std::runtime_error(std::string("the ") + kind + "s " + names +
                                     " each need to run after another of them: no order satisfies them all");
        }
        ordered.push_back(std::move(*ready));
        preferred.erase(ready);
    }
    return ordered;
}

/// The config's list puts the stages it names first, in its order; the stages
/// it does not name follow in the order they were registered. Nothing is
/// dropped but what `disabled` names.
template <typename Stage>
void keep_selected(std::vector<registered<Stage>>& list, const std::vector<std::string>& wanted,
                   const std::vector<std::string>& disabled, const char* kind) {
    std::vector<registered<Stage>> preferred;
    auto taken = [&](const registered<Stage>& r) {
        return std::any_of(preferred.begin(), preferred.end(), [&](const auto& p) { return p.stage == r.stage; });
    };
    for (const auto& name : wanted) {
        bool found = false;
        for (const auto& r : list)
            if (r.stage->name() == name || r.plugin == name) {
                found = true;
                if (!taken(r)) preferred.push_back(r);
            }
        if (!found)
            throw std::runtime_error(std::string("the config names ") + kind + " '" + name +
                                     "', which no loaded plugin provides");
    }
    for (const auto& r : list)
        if (!taken(r)) preferred.push_back(r);
    std::erase_if(preferred, [&](const auto& r) {
        return std::find(disabled.begin(), disabled.end(), r.stage->name()) != disabled.end() ||
               std::find(disabled.begin(), disabled.end(), r.plugin) != disabled.end();
    });
    list = order_by_needs(std::move(preferred), kind);
}
}  // namespace

void stage_registry::add_source(std::shared_ptr<source> s) {
    add_stage(sources_, std::move(s), current_plugin_, "source");
    note_kind(current_record_, "source");
}
void stage_registry::add_parser(std::shared_ptr<parser> p) {
    add_stage(parsers_, std::move(p), current_plugin_, "parser");
    note_kind(current_record_, "parser");
}
void stage_registry::add_extractor(std::shared_ptr<extractor> e) {
    add_stage(extractors_, std::move(e), current_plugin_, "extractor");
    note_kind(current_record_, "extractor");
}
void stage_registry::add_checker(std::shared_ptr<checker> c) {
    add_stage(checkers_, std::move(c), current_plugin_, "checker");
    note_kind(current_record_, "checker");
}
void stage_registry::add_emitter(std::shared_ptr<emitter> e) {
    add_stage(emitters_, std::move(e), current_plugin_, "emitter");
    note_kind(current_record_, "emitter");
}

void stage_registry::add_composer(std::shared_ptr<composer> c) {
    add_stage(composers_, std::move(c), current_plugin_, "composer");
    note_kind(current_record_, "composer");
}

void stage_registry::add_plugin(const baocao_plugin_info& info, const std::string& path) {
    if (info.api_version != BAOCAO_API_VERSION)
        throw std::runtime_error(path + ": plugin API version " + std::to_string(info.api_version) +
                                 ", but this baocao speaks version " + std::to_string(BAOCAO_API_VERSION) +
                                 "; rebuild the plugin against this SDK");
    if (!info.name || !*info.name) throw std::runtime_error(path + ": the plugin has no name");
    if (!info.register_stages) throw std::runtime_error(path + ": the plugin has no register function");
    const std::string name = info.name;
    for (const auto& p : plugins_)
        if (p.name == name)
            throw std::runtime_error(path + ": a plugin named '" + name + "' is already loaded from " + p.path);
    plugins_.push_back({name, info.version ? info.version : "", info.description ? info.description : "", path, {}});
    current_plugin_ = name;
    current_record_ = &plugins_.back();
    const auto sizes = std::array<std::size_t, 6>{sources_.size(), parsers_.size(), extractors_.size(),
                                                   checkers_.size(), emitters_.size(), composers_.size()};
    // A plugin that fails half-way leaves nothing behind, and the refusal names its library.
    auto forget_plugin = [&] {
        sources_.resize(sizes[0]);
        parsers_.resize(sizes[1]);
        extractors_.resize(sizes[2]);
        checkers_.resize(sizes[3]);
        emitters_.resize(sizes[4]);
        composers_.resize(sizes[5]);
        plugins_.pop_back();
        current_record_ = nullptr;
        current_plugin_.clear();
    };
    try {
        info.register_stages(*this);
    } catch (const std::exception& e) {
        forget_plugin();
        throw std::runtime_error(path + ": the register function of plugin '" + name + "' failed: " + e.what());
    } catch (...) {
        forget_plugin();
        throw std::runtime_error(path + ": the register function of plugin '" + name +
                                 "' failed with an exception that is not a std::exception");
    }
    current_record_ = nullptr;
    current_plugin_.clear();
}

void stage_registry::select(const std::vector<std::string>& extractors, const std::vector<std::string>& checkers,
                            const std::vector<std::string>& emitters, const std::vector<std::string>& disabled,
                            const std::vector<std::string>& composers) {
    keep_selected(extractors_, extractors, disabled, "extractor");
    keep_selected(checkers_, checkers, disabled, "checker");
    keep_selected(emitters_, emitters, disabled, "emitter");
    keep_selected(composers_, composers, disabled, "composer");
    keep_selected(sources_, {}, disabled, "source");
    keep_selected(parsers_, {}, disabled, "parser");
}

}  // namespace baocao::engine
