// SPDX-License-Identifier: Apache-2.0
#pragma once
/// emit-csv: compliance.csv, one row per roster unit.

#include <baocao/sdk/stages.hpp>

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

/// Rank of a level in the file: district, organization, grassroots, then any other.
int level_rank(const std::string& level);

/// run.units in the order every table of units is shown in: by level rank, then
/// by name in Vietnamese collation ("Can Lộc" < "Đức Thọ" < "Hồng Lĩnh"), then by id.
/// emit-html and emit-xlsx show their rows in this order too.
std::vector<const unit_status*> sorted_units(const run_result& run, const icu::Collator& collator);

/// The whole file: BOM, header row, then sorted_units(run). Empty cells for missing values.
std::string render(const run_result& run, const icu::Collator& collator);

/// A collator for locale "vi"; throws std::runtime_error when ICU has no data for it.
std::unique_ptr<icu::Collator> vietnamese_collator();

class csv_emitter : public emitter {
public:
    std::string name() const override { return "emit-csv"; }
    /// Creates the collator once.
    void prepare(const context& ctx) override;
    /// Writes out_dir/compliance.csv atomically.
    void emit(const run_result& run, const context& ctx, const std::filesystem::path& out_dir) const override;

private:
    std::unique_ptr<icu::Collator> collator_;
};

}  // namespace baocao::compliance
