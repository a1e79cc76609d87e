// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A .zip bundle as a unit's office sends it: a folder with reports inside,
/// Vietnamese UTF-8 file names (general purpose flag bit 11).

#include <string>
#include <utility>
#include <vector>

namespace baocao::samplegen {

/// The zip bytes: the folder entry "folder/" then each (name, bytes) inside it.
std::string write_bundle(const std::string& folder, const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace baocao::samplegen
