// SPDX-License-Identifier: Apache-2.0
#pragma once
// Totals of the indicators by unit and for the province, from the figures each
// submission carries.

#include "indicator_definitions.hpp"

#include <baocao/sdk/result.hpp>

#include <Poco/JSON/Object.h>

namespace baocao::indicators {

/// {"indicators":[{id,label,unit,items}], "units":[{"id","name","values":{id:value}}],
///  "province":{id:value}, "coverage":{id:{"units":n,"of":m}}}.
/// Only `result` figures count. A unit's value is the total it states
/// ("toàn huyện…", "tổng số…") or else the sum of its distinct result figures;
/// a figure about another roster unit's area (its "about") counts for that
/// unit, and only when that unit's own report gives no figure of the
/// indicator. The province's value is the sum over units; coverage says how
/// many of the reporting units have a value. A unit stating two different
/// totals of one indicator keeps the first, and its submission gets a problem
/// `conflicting_figures`. Superseded versions and reports on another subject
/// (`off_topic`, which check-deadline marks first) are left out.
Poco::JSON::Object::Ptr totals(run_result& run, const std::vector<definition>& defs);

}  // namespace baocao::indicators
