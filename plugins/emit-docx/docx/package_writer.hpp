// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Assembles the .docx package: content types, relationships, document
/// properties and the template's parts, zipped with fixed entry times so the
/// same draft always gives the same bytes.

#include "docx/docx_template.hpp"
#include <baocao/sdk/draft.hpp>

#include <string>
#include <utility>
#include <vector>

namespace baocao::docx {

/// One part of the package: its name inside the zip and its bytes.
using package_part = std::pair<std::string, std::string>;

/// Every part of the draft's package, in the order they are zipped.
std::vector<package_part> package_parts(const draft::document& d, const docx_template& t);

/// Zips parts (deflated, entry times set to `stamp` seen at `utc_offset_minutes`).
/// Throws std::runtime_error when libzip fails.
std::string zip_parts(const std::vector<package_part>& parts, std::int64_t stamp, int utc_offset_minutes);

/// The .docx bytes of the draft.
std::string build_docx(const draft::document& d, const docx_template& t);

}  // namespace baocao::docx
