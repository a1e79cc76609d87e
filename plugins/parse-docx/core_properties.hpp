// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Core properties (docProps/core.xml): title, subject, author, dates.

#include "zip_package.hpp"

#include <baocao/sdk/model.hpp>

namespace baocao::docx {

/// Reads the core-properties part into `out`; fields absent stay "".
void read_core_properties(plugins::zip_package& pkg, std::string_view part, std::uint32_t max_depth, document_metadata& out);

}  // namespace baocao::docx
