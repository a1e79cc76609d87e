// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The table of units' compliance as every output shows it: its columns, a
/// status as a staffer writes it, and the order of the units. compliance.csv
/// (emit-csv), compliance.xlsx (emit-xlsx) and report.html (emit-html) share it.

#include <baocao/sdk/result.hpp>

#include <unicode/coll.h>

#include <memory>
#include <string>
#include <vector>

namespace baocao::compliance {

/// The header row; the columns keep this order.
inline constexpr const char* columns[] = {"unit_id",  "unit",          "level",       "deadline",    "submitted_on", "days_late",
                                          "status",   "source",        "deadline_rule", "deadline_text", "status_text", "note",
                                          "items_not_covered"};

/// A unit's status as a staffer writes it: "Đúng hạn", "Chậm 2 ngày",
/// "Chưa nộp", "Chưa đến hạn", "Đã gửi, tệp không đọc được", "Chưa xác định".
std::string status_text(const unit_status& u);

/// Rank of a level in the table: district, organization, grassroots, then any other.
int level_rank(const std::string& level);

/// run.units in the order every table of units is shown in: by level rank, then
/// by name in Vietnamese collation ("Can Lộc" < "Đức Thọ" < "Hồng Lĩnh"), then by id.
std::vector<const unit_status*> sorted_units(const run_result& run, const icu::Collator& collator);

/// A collator for locale "vi"; throws std::runtime_error when ICU has no data for it.
std::unique_ptr<icu::Collator> vietnamese_collator();

}  // namespace baocao::compliance
