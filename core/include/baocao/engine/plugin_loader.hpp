// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Finding and loading plugin libraries with Poco's SharedLibrary.

#include <baocao/engine/registry.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace baocao::engine {

/// Why a library was refused; each case has its own message.
struct load_failure {
    std::string path;
    std::string message;
};

class plugin_loader {
public:
    plugin_loader();
    ~plugin_loader();
    plugin_loader(const plugin_loader&) = delete;
    plugin_loader& operator=(const plugin_loader&) = delete;

    /// Loads one library into `reg`. Throws std::runtime_error with a message that
    /// says which check failed: the file does not load (naming the missing
    /// dependency), it has no entry point, its API version differs, or its name
    /// is already taken.
    void load(const std::filesystem::path& library, stage_registry& reg);

    /// Loads every `*.so` in the folders, in name order; failures are collected, not thrown.
    std::vector<load_failure> load_all(const std::vector<std::filesystem::path>& folders, stage_registry& reg);

    /// The default search path: `plugins/` beside the running executable (a
    /// build), `../<libdir>/baocao/plugins/` (installed), then each folder of
    /// BAOCAO_PLUGIN_PATH. Never the executable's own folder.
    static std::vector<std::filesystem::path> default_search_path();

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

}  // namespace baocao::engine
