// SPDX-License-Identifier: Apache-2.0
// The workbook's creation time is the run's now (--now, the config's now,
// SOURCE_DATE_EPOCH, else the plan's last date), never the clock: libxlsxwriter
// takes the clock when `created` is 0, which would change the bytes every run.

#include "compliance_workbook.hpp"

#include "compliance_table.hpp"  // sorted_units, vietnamese_collator
#include "sheets.hpp"
#include "reporters.hpp"  // reporters(run)

namespace baocao::xlsx {

void write_workbook(const run_result& run, const icu::Collator& collator, std::int64_t created,
                    const std::filesystem::path& target) {
    const auto units = compliance::sorted_units(run, collator);
    // 0 would make libxlsxwriter read the clock; one second after the epoch stays
    // fixed.
    workbook book(target, created > 0 ? created : 1,
                  "Tình hình báo cáo" + (run.plan.number.empty() ? std::string() : " " + run.plan.number));
    write_compliance_sheet(book, units);
    write_coverage_sheet(book, run, units);
    write_figures_sheet(book, synthesis::read_figures(run, synthesis::reporters(run)), units);
    book.commit();
}

void xlsx_emitter::prepare(const context&) { collator_ = compliance::vietnamese_collator(); }

void xlsx_emitter::emit(const run_result& run, const context& ctx, const std::filesystem::path& out_dir) const {
    std::unique_ptr<icu::Collator> local;
    const icu::Collator* collator = collator_.get();
    if (!collator) {
        local = compliance::vietnamese_collator();
        collator = local.get();
    }
    write_workbook(run, *collator, ctx.now(), out_dir / "compliance.xlsx");
}

}  // namespace baocao::xlsx
