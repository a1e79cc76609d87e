// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every fuzz target shares: the built-in plugins registered once, a
// context with default limits, and an item holding the fuzzer's bytes.

#include <baocao/engine/registry.hpp>
#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/stages.hpp>

#include "builtin_plugins.hpp"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace baocao::fuzz {

struct harness {
    engine::stage_registry registry;
    std::shared_ptr<engine::run_state> state = std::make_shared<engine::run_state>();

    harness() {
        for (const auto* info : builtin_plugins()) registry.add_plugin(*info, "(linked)");
        // Smaller limits keep each execution fast; the checks are the same.
        state->limits.max_input_bytes = 4u << 20;
        state->limits.max_part_bytes = 16u << 20;
        state->limits.max_total_inflated = 32u << 20;
        state->quiet = true;
    }

    template <typename Stage>
    const Stage& stage_of(const std::vector<engine::registered<Stage>>& list, const std::string& plugin) {
        for (const auto& r : list)
            if (r.plugin == plugin) {
                r.stage->prepare(context(plugin));
                return *r.stage;
            }
        throw std::logic_error("no stage from plugin " + plugin);
    }

    engine::run_context context(const std::string& plugin) const { return engine::run_context(state, plugin); }
};

/// The one harness of a fuzz target, made on first use.
inline harness& shared_harness() {
    static harness h;
    return h;
}

inline item bytes_item(const std::uint8_t* data, std::size_t size, const std::string& name) {
    item it;
    it.name = name;
    it.source = "fuzz#" + name;
    it.bytes = std::make_shared<const std::string>(reinterpret_cast<const char*>(data), size);
    return it;
}

/// Expands a container and every child it emits, recursively, as the core would.
inline void expand_all(harness& h, const source& src, const context& ctx, const item& it, int depth) {
    if (depth > 4) return;
    src.expand(
        it, ctx,
        [&](item child) {
            if (src.probe(child, child.head(4096)) > 0) {
                try {
                    expand_all(h, src, ctx, child, depth + 1);
                } catch (const rejection_error&) {
                }
            }
        },
        [](const std::string&, error_code, const std::string&) {});
}

}  // namespace baocao::fuzz
