// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The three sheets of compliance.xlsx.

#include "xlsx_workbook.hpp"

#include <baocao/sdk/result.hpp>

#include "run_figures.hpp"  // the run's figures, as the draft gives them

#include <vector>

namespace baocao::xlsx {

/// The sheets' names, in order.
inline constexpr const char* compliance_sheet_name = "Tình hình nộp";
inline constexpr const char* coverage_sheet_name = "Nội dung";
inline constexpr const char* figures_sheet_name = "Số liệu";

/// compliance.csv's rows and columns under Vietnamese titles: dates typed,
/// the header frozen with a filter, the status in words coloured.
void write_compliance_sheet(workbook& book, const std::vector<const unit_status*>& units);

/// Unit × plan item: "x" where the unit's reports cover the item, "thiếu"
/// where they do not, blank where the unit sent no report that counts.
void write_coverage_sheet(workbook& book, const run_result& run, const std::vector<const unit_status*>& units);

/// Unit × indicator with the province's totals as SUM formulas (their
/// computed values stored too) and each indicator's coverage.
void write_figures_sheet(workbook& book, const synthesis::figure_set& figures,
                         const std::vector<const unit_status*>& units);

}  // namespace baocao::xlsx
