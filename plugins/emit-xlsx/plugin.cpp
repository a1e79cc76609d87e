// SPDX-License-Identifier: Apache-2.0
// The emit-xlsx plugin: registers the compliance workbook emitter.

#include "compliance_workbook.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {

void register_emit_xlsx(baocao::registry& reg) { reg.add_emitter(std::make_shared<baocao::xlsx::xlsx_emitter>()); }

}  // namespace

BAOCAO_PLUGIN(emit_xlsx, "emit-xlsx", "1.0.0",
              "Writes compliance.xlsx: the compliance table, unit × item "
              "coverage and figures with totals",
              register_emit_xlsx)
