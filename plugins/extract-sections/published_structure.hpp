// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The report's structure as the SDK publishes it (<baocao/sdk/report_structure.hpp>),
/// made from the sectionizer's own cut of the report.

#include "sectionizer.hpp"

#include <baocao/sdk/report_structure.hpp>

namespace baocao::sections {

/// The parts and section tree of `report`: its lines with their roles and
/// tables, its title, intro, sections and annex, with the same line numbers.
report_structure published_structure(const sectioned_report& report);

}  // namespace baocao::sections
