// SPDX-License-Identifier: Apache-2.0
#pragma once
/// check-deadline: deadlines, statuses, versions and the per-unit table.

#include <baocao/sdk/stages.hpp>

namespace baocao::deadline {

/// Fills each submission's deadline, status and superseded_by, then rebuilds
/// run.units: one row per roster unit in roster order, `missing` for a unit
/// that sent nothing. A unit's row takes its status and submitted_on from
/// the earliest version and names the newest version as its submission; that
/// newest submission carries the same status. Other submissions are judged on
/// their own day. Settings: "inclusive", "grace_days", "deadlines" (see deadline_rules.hpp).
class deadline_checker : public checker {
public:
    std::string name() const override { return "check-deadline"; }
    /// Judges every submission, resolves versions and rebuilds run.units.
    void check(run_result& run, const context& ctx) const override;
};

}  // namespace baocao::deadline
