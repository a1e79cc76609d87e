// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading the --plan argument: a plan document (.docx, .txt) or an edited spec (.json).

#include <baocao/engine/pipeline.hpp>
#include <baocao/sdk/plan.hpp>

#include <filesystem>

namespace baocao::cli {

/// Throws std::runtime_error naming the file and what is wrong with it.
plan_spec load_plan(const std::filesystem::path& file, const engine::pipeline& pipe);

}  // namespace baocao::cli
