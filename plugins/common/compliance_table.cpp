// SPDX-License-Identifier: Apache-2.0
// Sorting happens here rather than in the checker because run.units keeps
// roster order for result.json; a reader of the table wants units grouped by
// level and alphabetical the Vietnamese way (Đ after D).

#include "compliance_table.hpp"

#include <algorithm>
#include <stdexcept>

namespace baocao::compliance {

int level_rank(const std::string& level) {
    if (level == "district") return 0;
    if (level == "organization") return 1;
    if (level == "grassroots") return 2;
    return 3;
}

std::string status_text(const unit_status& u) {
    if (u.status == "on_time") return "Đúng hạn";
    if (u.status == "late") return u.days_late ? "Chậm " + std::to_string(*u.days_late) + " ngày" : "Chậm";
    if (u.status == "missing") return "Chưa nộp";
    if (u.status == "not_yet_due") return "Chưa đến hạn";
    if (u.status == "unreadable")
        return u.days_late.value_or(0) > 0 ? "Đã gửi, tệp không đọc được, chậm " + std::to_string(*u.days_late) + " ngày"
                                           : "Đã gửi, tệp không đọc được";
    if (u.status == "undetermined") return "Chưa xác định";
    return u.status;
}

std::unique_ptr<icu::Collator> vietnamese_collator() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status) || !c) throw std::runtime_error(std::string("no ICU collator for Vietnamese: ") + u_errorName(status));
    return c;
}

std::vector<const unit_status*> sorted_units(const run_result& run, const icu::Collator& collator) {
    std::vector<const unit_status*> rows;
    rows.reserve(run.units.size());
    for (const auto& u : run.units) rows.push_back(&u);
    std::stable_sort(rows.begin(), rows.end(), [&](const unit_status* a, const unit_status* b) {
        const int ra = level_rank(a->level), rb = level_rank(b->level);
        if (ra != rb) return ra < rb;
        if (ra == 3 && a->level != b->level) return a->level < b->level;
        UErrorCode status = U_ZERO_ERROR;
        const UCollationResult r = collator.compareUTF8(a->name, b->name, status);
        if (U_SUCCESS(status) && r != UCOL_EQUAL) return r == UCOL_LESS;
        return a->id < b->id;
    });
    return rows;
}

}  // namespace baocao::compliance
