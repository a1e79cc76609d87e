// SPDX-License-Identifier: Apache-2.0
#pragma once
// Scoring figures found against labelled figures: precision and recall of
// (unit, indicator, role, value), report by report.

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace baocao::testing {

/// One figure: what a label says, or what a run found.
struct scored_figure {
    std::string source;     ///< the report's file name (the part of `source` after the last '#' and '/')
    std::string unit;       ///< roster unit id the figure is credited to; the report's file stem when none
    std::string indicator;
    std::string role;       ///< result, target, proposal, registered, part
    double value = 0;
    std::string evidence;
};

/// Labels from a tab-separated file with a header line (source, unit, indicator,
/// role, value, level, evidence); lines starting with '#' are comments.
/// Throws std::runtime_error on a malformed line.
std::vector<scored_figure> read_labels(const std::filesystem::path& tsv);

/// The figures a result.json holds: every submission's "indicators", credited
/// to "about" when set, else to the submission's unit, else to the file stem.
/// A figure without "role" counts as a result. Only submissions whose file
/// name some label names are read when `only_sources` is not empty.
std::vector<scored_figure> figures_of_result(const Poco::JSON::Object::Ptr& result);

struct figure_score {
    std::size_t labelled = 0, found = 0, matched = 0;
    std::vector<scored_figure> missed;     ///< labelled, not found
    std::vector<scored_figure> spurious;   ///< found, not labelled
    double precision() const { return found ? double(matched) / double(found) : 1.0; }
    double recall() const { return labelled ? double(matched) / double(labelled) : 1.0; }
};

/// Matches found figures to labels as multisets of (source, unit, indicator,
/// role, value); values equal within a millionth. Reports absent from the
/// labels are skipped.
figure_score score_figures(const std::vector<scored_figure>& labels, const std::vector<scored_figure>& found);

/// "precision=0.973 recall=0.912 (matched 365 of 400 labelled, 375 found)".
std::string summary_line(const figure_score& s);

/// One line per error, "missed …" or "spurious …", with the evidence.
std::string error_lines(const figure_score& s);

}  // namespace baocao::testing
