// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The plan spec written as JSON, in the two places it is written: the
/// editable spec `baocao plan` prints, and the `plan` object of result.json.

#include <baocao/sdk/json.hpp>
#include <baocao/sdk/plan.hpp>

namespace baocao {

enum class plan_json_layout {
    spec,    ///< the editable spec: its schema name first, then every field, items with their phrases
    result,  ///< result.json's `plan`: the contract's fields first (number, items, deadlines), then the rest; no phrases
};

/// Writes the plan as one JSON object at the writer's current position.
void write_plan_json(json_writer& w, const plan_spec& plan, plan_json_layout layout);

/// The schema name of the editable spec ("baocao.plan/1").
inline constexpr const char* plan_spec_schema = "baocao.plan/1";

}  // namespace baocao
