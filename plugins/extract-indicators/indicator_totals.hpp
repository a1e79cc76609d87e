#pragma once
// Totals of the indicators by unit and for the province, from the figures each
// submission carries.

#include "indicator_definitions.hpp"

#include <baocao/sdk/result.hpp>

#include <Poco/JSON/Object.h>

namespace baocao::indicators {

/// {"indicators":[{id,label,unit}], "units":[{"id","name","values":{id:value}}], "province":{id:value}}.
/// A unit's value is the largest figure its current report gives for the
/// indicator (reports state the total first and its parts after); the
/// province's is the sum over units. Superseded versions and reports of no
/// known unit are left out.
Poco::JSON::Object::Ptr totals(const run_result& run, const std::vector<definition>& defs);

}  // namespace baocao::indicators
