// SPDX-License-Identifier: Apache-2.0
// The emit-csv plugin: registers the compliance table emitter.

#include "compliance_csv.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {

void register_emit_csv(baocao::registry& reg) {
    reg.add_emitter(std::make_shared<baocao::compliance::csv_emitter>());
}

}  // namespace

BAOCAO_PLUGIN(emit_csv, "emit-csv", "1.0.0",
              "Writes compliance.csv: deadline status of every roster unit",
              register_emit_csv)
