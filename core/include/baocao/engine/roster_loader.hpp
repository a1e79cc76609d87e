// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reading the roster JSON: {"units":[{"id","name","level","aliases","emails"}]}.

#include <baocao/sdk/roster.hpp>

#include <filesystem>

namespace baocao::engine {

/// Throws std::runtime_error naming the file and the problem (missing id, unknown level, duplicate id).
roster load_roster(const std::filesystem::path& file);

}  // namespace baocao::engine
