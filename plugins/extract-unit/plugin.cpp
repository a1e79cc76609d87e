// SPDX-License-Identifier: Apache-2.0
// The extract-unit plugin: registers the unit extractor.

#include "unit_extractor.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {

void register_extract_unit(baocao::registry& reg) {
    reg.add_extractor(std::make_shared<baocao::unit_match::unit_extractor>());
}

}  // namespace

BAOCAO_PLUGIN(extract_unit, "extract-unit", "1.0.0",
              "Identifies the roster unit that issued a report (header, sender, file name)",
              register_extract_unit)
