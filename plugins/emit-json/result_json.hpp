// SPDX-License-Identifier: Apache-2.0
#pragma once
// result.json, schema "baocao.result/1": a plain serializer of run_result.

#include <baocao/sdk/result.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace baocao::emit_json {

/// Receives result.json piece by piece, in order.
using json_sink = std::function<void(std::string_view)>;

/// Writes the whole result as the contract has it, times in the given UTC
/// offset, into `sink` in pieces of about a megabyte: result.json of a
/// national review runs to hundreds of megabytes and is never held whole.
void write_result_json(const run_result& run, int utc_offset_minutes, const json_sink& sink);

/// The whole result as one string (tests, small runs).
std::string result_to_json(const run_result& run, int utc_offset_minutes);

}  // namespace baocao::emit_json
