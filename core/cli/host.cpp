// SPDX-License-Identifier: Apache-2.0
// Setting up plugins and config for a subcommand.
#include "host.hpp"

#include <iostream>

namespace baocao::cli {

host::host(const parsed_args& args) {
    // A config that cannot be used is bad input, like a bad plan or roster.
    try {
        if (args.has("--config")) {
            config = engine::load_config(args.get("--config"));
        } else {
#ifdef BAOCAO_DEFAULT_CONFIG
            std::error_code ec;
            if (std::filesystem::exists(BAOCAO_DEFAULT_CONFIG, ec)) config = engine::load_config(BAOCAO_DEFAULT_CONFIG);
#endif
        }
    } catch (const std::runtime_error& e) {
        throw input_error(e.what());
    }
    auto folders = engine::plugin_loader::default_search_path();
    for (const auto& p : config.plugin_paths) folders.push_back(p);
    for (const auto& p : args.all("--plugin-path")) folders.emplace_back(p);
    failures = loader.load_all(folders, registry);
    try {
        if (!config.file.empty()) engine::check_config_names(config, registry);
        registry.select(config.extractors, config.checkers, config.emitters, config.disabled, config.composers);
    } catch (const std::runtime_error& e) {
        throw input_error(e.what());
    }
}

void host::report_failures() const {
    for (const auto& f : failures) std::cerr << "baocao: warning: plugin not loaded: " << f.message << '\n';
}

std::shared_ptr<engine::run_state> host::make_state() const {
    auto state = std::make_shared<engine::run_state>();
    state->limits = config.limits;
    state->settings = config.settings;
    if (config.now) state->now = *config.now;
    return state;
}

}  // namespace baocao::cli
