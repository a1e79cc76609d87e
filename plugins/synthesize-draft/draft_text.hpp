// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Wording helpers of the draft: headings from plan items, the summary line
/// from the plan title, labels; numbers and dates come from vietnamese_forms.hpp
/// (plugins/common).

#include "vietnamese_forms.hpp"

#include <baocao/sdk/plan.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::synthesis {

/// Roman numeral of 1..3999 ("IV"); decimal digits beyond that.
std::string roman(int n);

/// A short heading for a plan item: leading bullets and labels removed, the
/// first sentence only, no final period. The whole text when it has one sentence.
std::string item_heading(std::string_view item_title);

/// The summary line under "BÁO CÁO": the plan title without its leading
/// "tổ chức" when it names a review ("sơ kết ...", "tổng kết ..."), else
/// "tổng hợp kết quả thực hiện Kế hoạch số <number>".
std::string summary_from_plan(const plan_spec& plan);

/// The issuer abbreviation after "/" in a document number ("99-KH/TU" → "TU"), "" when none.
std::string number_suffix(std::string_view number);
/// Initials of a body's name without diacritics ("BAN DÂN VẬN" → "BDV").
std::string initials(std::string_view name);

/// "Kế hoạch" from "KẾ HOẠCH": lower case with the first letter capitalized.
std::string sentence_case(std::string_view text);

/// Vietnamese label of a unit level ("district" → "Cấp huyện"); unknown levels unchanged.
std::string level_label(std::string_view level);
/// Vietnamese label of a status ("late" → "Chậm"); unknown codes → "Chưa xác định".
std::string status_label(std::string_view status);

/// The non-empty, trimmed lines of a section text ("\n"-joined paragraphs).
std::vector<std::string> paragraphs_of(std::string_view text);

/// Joins with a separator.
std::string join(const std::vector<std::string>& parts, std::string_view sep);

}  // namespace baocao::synthesis
