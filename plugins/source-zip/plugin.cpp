// SPDX-License-Identifier: Apache-2.0
// Registers the zip bundle source.
#include "zip_source.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {
void register_stages(baocao::registry& reg) {
    reg.add_source(std::make_shared<baocao::plugins::zip_source>());
}
}  // namespace

BAOCAO_PLUGIN(source_zip, "source-zip", "1.0.0", "Opens .zip bundles into their files (not OOXML/ODF packages)",
              register_stages)
