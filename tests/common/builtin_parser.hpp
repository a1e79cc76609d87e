// SPDX-License-Identifier: Apache-2.0
#pragma once
// A built-in parser plugin run on bytes in memory, as a run would run it: the
// plugin's stages in a registry of their own, a run context with the limits
// given. And the paragraph texts of what it read.

#include <baocao/engine/registry.hpp>
#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/model.hpp>
#include <baocao/sdk/plugin.hpp>

#include <memory>
#include <string>
#include <vector>

namespace baocao::testing {

/// Parses `bytes`, an item named `name`, with the first parser stage of the
/// built-in plugin `info`, under `lim`.
inline document parse_with_builtin(const baocao_plugin_info& info, const std::string& bytes, const std::string& name,
                                   const baocao::limits& lim) {
    engine::stage_registry reg;
    reg.add_plugin(info, "(built in)");
    auto state = std::make_shared<engine::run_state>();
    state->limits = lim;
    state->now = 1380000000;
    state->quiet = true;
    engine::run_context ctx(state, info.name);
    item it;
    it.bytes = std::make_shared<const std::string>(bytes);
    it.name = name;
    it.source = name;
    return reg.parsers().at(0).stage->parse(it, ctx);
}

/// The text of every paragraph of a block list in reading order (tables included), without labels.
inline std::vector<std::string> paragraph_texts(const std::vector<block>& blocks) {
    std::vector<std::string> out;
    for_each_paragraph(blocks, [&](const paragraph& p) { out.push_back(p.text()); });
    return out;
}

}  // namespace baocao::testing
