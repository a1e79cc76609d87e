// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Writes Unicode Vietnamese the way a 2013 typist using TCVN3 (ABC) fonts
/// left it in a .docx: each letter stored as the Latin-1 character of its
/// TCVN3 byte, in runs whose font is .VnTime (regular) or .VnTimeH (capitals).

#include "docx_model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace baocao::samplegen {

/// The regular TCVN3 font name.
inline constexpr const char* tcvn3_font = ".VnTime";
/// The all-capitals TCVN3 font name.
inline constexpr const char* tcvn3_caps_font = ".VnTimeH";

/// Runs spelling `text` in .VnTime, copying the formatting of `style`.
/// Toned capitals have no code in a regular TCVN3 font: each such letter goes
/// into its own .VnTimeH run holding the lower-case code, as typists did.
std::vector<run_spec> tcvn3_runs(std::string_view text, const run_spec& style);

/// One .VnTimeH run for an all-capitals line ("ĐẢNG CỘNG SẢN VIỆT NAM" →
/// "®¶ng céng s¶n viÖt nam" in .VnTimeH).
run_spec tcvn3_caps_run(std::string_view text, const run_spec& style);

/// The TCVN3 spelling of lower-case or mixed text without any font switch;
/// letters the table lacks are kept as they are ("Hà Tĩnh" → "Hµ TÜnh").
std::string tcvn3_encode(std::string_view text);

}  // namespace baocao::samplegen
