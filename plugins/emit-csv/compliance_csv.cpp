// SPDX-License-Identifier: Apache-2.0
// compliance.csv: the compliance table (plugins/common/compliance_table.hpp)
// as comma-separated values, in the order of sorted_units.

#include "compliance_csv.hpp"

#include "csv.hpp"

namespace baocao::compliance {

std::string render(const run_result& run, const icu::Collator& collator) {
    const std::vector<const unit_status*> rows = sorted_units(run, collator);
    std::string out(csv::utf8_bom);
    out += csv::record(std::vector<std::string>(std::begin(columns), std::end(columns)));
    for (const unit_status* u : rows) {
        std::string items;
        for (const std::string& id : u->items_not_covered) items += (items.empty() ? "" : " ") + id;
        out += csv::record({u->id, u->name, u->level, u->deadline.value_or(""), u->submitted_on.value_or(""),
                            u->days_late ? std::to_string(*u->days_late) : std::string(), u->status,
                            u->submission.value_or(""), u->deadline_rule, u->deadline_text, status_text(*u), u->note,
                            items});
    }
    return out;
}

void csv_emitter::prepare(const context&) { collator_ = vietnamese_collator(); }

void csv_emitter::emit(const run_result& run, const context&, const std::filesystem::path& out_dir) const {
    // A host that skips prepare() still gets a correct file.
    std::unique_ptr<icu::Collator> local;
    const icu::Collator* collator = collator_.get();
    if (!collator) {
        local = vietnamese_collator();
        collator = local.get();
    }
    write_file_atomically(out_dir / "compliance.csv", render(run, *collator));
}

}  // namespace baocao::compliance
