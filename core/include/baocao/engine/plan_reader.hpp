// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reading a plan: from its lines of text (a .txt, or a .docx's paragraphs
/// with their numbering labels), and to and from the editable JSON spec.

#include <baocao/sdk/plan.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace baocao::engine {

/// Builds a plan spec from the plan's lines in reading order. Finds the
/// number ("Số 99-KH/TU"), the place-and-date line, the issuing body, the
/// kind and title, the items of the content section ("II. NỘI DUNG" or its
/// equivalent) and the deadlines per level and dated events of the section on
/// timing. Throws std::runtime_error when no content item is found.
plan_spec read_plan_lines(const std::vector<std::string>& lines);

/// The spec as JSON, the form `baocao plan` prints and `--plan` accepts.
std::string plan_to_json(const plan_spec& plan);
/// Parses a spec printed by plan_to_json (possibly edited). Throws
/// json_syntax_failure (with its place) when it is not JSON, and
/// json_value_error (with the value's JSON Pointer) when a field is wrong;
/// both are std::runtime_error with a clear message.
plan_spec plan_from_json(std::string_view json);

}  // namespace baocao::engine
