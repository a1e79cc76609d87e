// SPDX-License-Identifier: Apache-2.0
// Registers the folder source.
#include "fs_source.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {
void register_stages(baocao::registry& reg) {
    reg.add_source(std::make_shared<baocao::plugins::fs_source>());
}
}  // namespace

BAOCAO_PLUGIN(source_fs, "source-fs", "1.0.0", "Walks folders (and Maildirs) recursively into their files",
              register_stages)
