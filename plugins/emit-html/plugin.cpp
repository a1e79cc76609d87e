// SPDX-License-Identifier: Apache-2.0
// The emit-html plugin: registers the report.html emitter.

#include "report_page.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {

void register_emit_html(baocao::registry& reg) { reg.add_emitter(std::make_shared<baocao::html::html_emitter>()); }

}  // namespace

BAOCAO_PLUGIN(emit_html, "emit-html", "1.0.0",
              "Writes report.html: the run at a glance, with charts, coverage "
              "grid and every unit's files",
              register_emit_html)
