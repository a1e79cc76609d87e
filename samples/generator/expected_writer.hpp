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
    std::vector<std::string> features;        ///< what this report exercises, for people reading the file
    std::vector<expected_block> body;
};

struct expected_rejection {
    std::string source;
    std::string code;
    std::string why;
};

struct expected_unit {
    std::string id;
    std::string status;
    std::optional<std::string> submission;
};

struct expected_run {
    std::vector<expected_submission> submissions;
    std::vector<expected_rejection> rejected;
    std::vector<expected_unit> units;
    std::uint64_t seed = 0;
};

/// Fills deadlines, statuses (the contract's rules: a day strictly before the
/// due date is on time; a newer version takes the earliest day of its chain;
/// undetermined for the organization level, which the plan gives no date)
/// and one row per roster unit.
void finalize(expected_run& run);

/// The JSON text of `run`.
std::string expected_json(const expected_run& run);

}  // namespace baocao::samplegen
