// SPDX-License-Identifier: Apache-2.0
#pragma once
/// expected.json: the ground truth of a generated inbox, for tests and for
/// the section-matching evaluation.

#include "report_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace baocao::samplegen {

struct expected_submission {
    std::string source;                       ///< as baocao names it, relative to the demo folder
    std::string unit;
    std::string document_date;
    std::optional<std::string> received_at;   ///< ISO 8601 in +07:00
    std::string deadline;                     ///< filled by finalize(); "" (null) for levels the plan does not date
    std::string status;                       ///< filled by finalize()
    std::optional<std::string> superseded_by;
    bool off_topic = false;                   ///< on another subject: not the unit's report
    bool side_report = false;                 ///< another report of the unit beside its review (a thematic one)
    std::vector<std::string> features;        ///< what this report exercises, for people reading the file
    std::vector<expected_block> body;
};

struct expected_rejection {
    std::string source;
    std::string code;
    std::string why;
    std::string unit;                         ///< the roster unit that sent it, "" when none tells
};

struct expected_unit {
    std::string id;
    std::string status;
    std::optional<std::string> submission;
    std::vector<std::string> other_reports;
};

struct expected_run {
    std::vector<expected_submission> submissions;
    std::vector<expected_rejection> rejected;
    std::vector<expected_unit> units;
    std::uint64_t seed = 0;
};

/// Fills deadlines, statuses (the contract's rules: the roster dates the
/// district and organization levels 05/10 and the plan says "trước ngày",
/// so a day strictly before it is on time; a newer version takes the
/// earliest day of its chain) and one row per roster unit: unreadable when
/// it sent only rejected files, missing when it sent nothing on the subject.
void finalize(expected_run& run);

/// The JSON text of `run`.
std::string expected_json(const expected_run& run);

}  // namespace baocao::samplegen
