// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The host side of plugin registration: every stage with the plugin that added it.

#include <baocao/sdk/plugin.hpp>

#include <memory>
#include <string>
#include <vector>

namespace baocao::engine {

/// What loaded, for `baocao plugins`.
struct plugin_record {
    std::string name;
    std::string version;
    std::string description;
    std::string path;          ///< the library file, "(built in)" for linked plugins
    std::vector<std::string> kinds;  ///< "source", "parser", ...
};

template <typename Stage>
struct registered {
    std::shared_ptr<Stage> stage;
    std::string plugin;        ///< name of the plugin that added it
};

class stage_registry : public registry {
public:
    void add_source(std::shared_ptr<source> s) override;
    void add_parser(std::shared_ptr<parser> p) override;
    void add_extractor(std::shared_ptr<extractor> e) override;
    void add_checker(std::shared_ptr<checker> c) override;
    void add_emitter(std::shared_ptr<emitter> e) override;
    void add_composer(std::shared_ptr<composer> c) override;

    /// Registers a plugin's stages; throws std::runtime_error on a duplicate plugin name
    /// or a different API version.
    void add_plugin(const baocao_plugin_info& info, const std::string& path);

    const std::vector<plugin_record>& plugins() const { return plugins_; }
    const std::vector<registered<source>>& sources() const { return sources_; }
    const std::vector<registered<parser>>& parsers() const { return parsers_; }
    const std::vector<registered<extractor>>& extractors() const { return extractors_; }
    const std::vector<registered<checker>>& checkers() const { return checkers_; }
    const std::vector<registered<emitter>>& emitters() const { return emitters_; }
    const std::vector<registered<composer>>& composers() const { return composers_; }

    /// Orders the stages of each kind: those a list names first, in its order,
    /// then the others as registered; then moves any stage after the stages its
    /// runs_after() names. Drops only what `disabled` names. Throws on an
    /// unknown name, or when the stages' needs form a cycle.
    void select(const std::vector<std::string>& extractors, const std::vector<std::string>& checkers,
                const std::vector<std::string>& emitters, const std::vector<std::string>& disabled,
                const std::vector<std::string>& composers = {});

private:
    std::string current_plugin_;
    plugin_record* current_record_ = nullptr;
    std::vector<plugin_record> plugins_;
    std::vector<registered<source>> sources_;
    std::vector<registered<parser>> parsers_;
    std::vector<registered<extractor>> extractors_;
    std::vector<registered<checker>> checkers_;
    std::vector<registered<emitter>> emitters_;
    std::vector<registered<composer>> composers_;
};

}  // namespace baocao::engine
