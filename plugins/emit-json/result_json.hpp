#pragma once
// result.json, schema "baocao.result/1": a plain serializer of run_result.

#include <baocao/sdk/result.hpp>

#include <string>

namespace baocao::emit_json {

/// The whole result as the contract writes it, times in the given UTC offset.
std::string result_to_json(const run_result& run, int utc_offset_minutes);

}  // namespace baocao::emit_json
