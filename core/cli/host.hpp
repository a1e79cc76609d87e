// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every subcommand sets up: the plugins and the config.

#include "cli_args.hpp"

#include <baocao/engine/config.hpp>
#include <baocao/engine/plugin_loader.hpp>
#include <baocao/engine/registry.hpp>
#include <baocao/engine/run_context.hpp>

#include <memory>
#include <optional>

namespace baocao::cli {

/// Loaded plugins and the config. The loader is declared before the registry
/// so the libraries outlive the stages that point into them.
struct host {
    engine::plugin_loader loader;
    engine::stage_registry registry;
    engine::pipeline_config config;
    std::vector<engine::load_failure> failures;

    /// Loads the config (--config, else, in a build for prefix /usr such as
    /// the Debian package, /etc/baocao/config.json when it exists) and the plugins: the default search path,
    /// then the config's plugin_paths, then each --plugin-path. Load failures
    /// are kept in `failures` (and printed as warnings by `report_failures`).
    /// Throws input_error for a config that cannot be used.
    explicit host(const parsed_args& args);

    /// Prints each failure on stderr as a warning.
    void report_failures() const;

    /// The shared run state with the config's limits, settings and clock.
    std::shared_ptr<engine::run_state> make_state() const;
};

}  // namespace baocao::cli
