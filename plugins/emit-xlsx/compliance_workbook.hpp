// SPDX-License-Identifier: Apache-2.0
#pragma once
/// emit-xlsx: compliance.xlsx for the office, beside compliance.csv for
/// scripts.

#include <baocao/sdk/stages.hpp>

#include <unicode/coll.h>

#include <filesystem>
#include <memory>

namespace baocao::xlsx {

/// Writes the workbook to `target`: the compliance, coverage and figures
/// sheets, units in compliance.csv's order; `created` (unix seconds) is the
/// only time in it.
void write_workbook(const run_result& run, const icu::Collator& collator, std::int64_t created,
                    const std::filesystem::path& target);

class xlsx_emitter : public emitter {
public:
    std::string name() const override { return "emit-xlsx"; }
    /// Creates the collator once.
    void prepare(const context& ctx) override;
    /// Writes out_dir/compliance.xlsx atomically, created at the run's now.
    void emit(const run_result& run, const context& ctx, const std::filesystem::path& out_dir) const override;

private:
    std::unique_ptr<icu::Collator> collator_;
};

}  // namespace baocao::xlsx
