// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A compliance row for tests: the fields a test sets, the rest left empty.

#include <baocao/sdk/result.hpp>

#include <optional>
#include <string>
#include <utility>

namespace baocao::testing {

inline unit_status unit_row(std::string id, std::string name, std::string level, std::string status,
                            std::optional<std::string> submission = std::nullopt,
                            std::optional<std::string> deadline = std::nullopt,
                            std::optional<std::string> submitted_on = std::nullopt,
                            std::optional<int> days_late = std::nullopt) {
    unit_status row;
    row.id = std::move(id);
    row.name = std::move(name);
    row.level = std::move(level);
    row.status = std::move(status);
    row.submission = std::move(submission);
    row.deadline = std::move(deadline);
    row.submitted_on = std::move(submitted_on);
    row.days_late = days_late;
    return row;
}

}  // namespace baocao::testing
