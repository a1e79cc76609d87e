// SPDX-License-Identifier: Apache-2.0
#pragma once
/// emit-csv: compliance.csv, one row per roster unit.

#include "compliance_table.hpp"

#include <baocao/sdk/stages.hpp>

#include <unicode/coll.h>

#include <memory>
#include <string>
#include <vector>

namespace baocao::compliance {

/// The whole file: BOM, header row, then sorted_units(run). Empty cells for missing values.
std::string render(const run_result& run, const icu::Collator& collator);

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
