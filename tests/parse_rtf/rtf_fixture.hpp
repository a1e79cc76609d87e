// SPDX-License-Identifier: Apache-2.0
#pragma once
// RTF documents for the tests: written as text in test code, so that every
// fixture says exactly what it exercises, and read with the parse-rtf
// plugin's parser stage.

#include "builtin_parser.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/model.hpp>

#include <string>
#include <vector>

namespace baocao::testing {

/// A whole RTF document around `body`: a font table (f0 Times New Roman,
/// f1 Symbol, f2 .VnTime, f3 .VnTimeH, f4 MS Mincho in Shift-JIS, f5 SimSun
/// in GBK), a style sheet (s0 Normal, s1 heading 1, s2 heading 2, s3 a style
/// based on s1), \ansicpg`codepage`, and `header` between the tables and the body.
std::string rtf_document(const std::string& body, const std::string& header = "", int codepage = 1252);

/// Parses RTF bytes with the parse-rtf plugin's parser stage.
document parse_rtf_bytes(const std::string& bytes, const std::string& name = "report.rtf", const baocao::limits& lim = {});

/// The paragraph at `i` of a block list; fails the test when it is no paragraph.
const paragraph& paragraph_at(const std::vector<block>& blocks, std::size_t i);

}  // namespace baocao::testing
