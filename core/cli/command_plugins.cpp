// SPDX-License-Identifier: Apache-2.0
// baocao plugins: what loaded, and checking one library.
#include "commands.hpp"
#include "host.hpp"

#include <iomanip>
#include <iostream>

namespace baocao::cli {

namespace {
const char* const help_text =
    "usage: baocao plugins [--check LIBRARY]\n"
    "\n"
    "Lists the plugins found next to the baocao binary, in BAOCAO_PLUGIN_PATH (folders\n"
    "separated by ':'), in the config's plugin_paths and in each --plugin-path: name, kinds\n"
    "of stage, version and file. Libraries that were refused are listed with the reason.\n"
    "--check LIBRARY loads that one file alone and says whether baocao accepts it\n"
    "(exit 0) or why not (exit 1).\n";

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ",") + p;
    return out;
}
}  // namespace

int command_plugins(const std::vector<std::string>& args) {
    auto a = parse_args(args, {{"--check", "", true, false}});
    if (a.help) {
        std::cout << help_text;
        return 0;
    }
    if (!a.positional.empty()) throw usage_error("unexpected argument '" + a.positional.front() + "'");
    if (a.has("--check")) {
        engine::plugin_loader loader;
        engine::stage_registry reg;
        try {
            loader.load(a.get("--check"), reg);
        } catch (const std::exception& e) {
            std::cerr << "baocao plugins: refused: " << e.what() << '\n';
            return 1;
        }
        const auto& p = reg.plugins().front();
        std::cout << "ok: " << p.name << " " << p.version << " (" << join(p.kinds) << "): " << p.description << '\n';
        return 0;
    }
    host h(a);
    std::cout << std::left << std::setw(22) << "name" << std::setw(24) << "kind" << std::setw(10) << "version"
              << "path\n";
    for (const auto& p : h.registry.plugins())
        std::cout << std::setw(22) << p.name << std::setw(24) << join(p.kinds) << std::setw(10) << p.version
                  << p.path << '\n';
    for (const auto& f : h.failures) std::cout << "refused: " << f.message << '\n';
    return 0;
}

}  // namespace baocao::cli
