// SPDX-License-Identifier: Apache-2.0
#pragma once
// A labelled test set for the draft synthesis: reports of plan 99-KH/TU from
// 14 units in which a known set of findings is each stated by 4 to 8 units in
// genuinely different wording, alongside figures per unit and sentences only
// one unit writes. Made for the synthesis tests; a sibling of the samples
// generator (samples/generator), whose .docx writer it uses.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace baocao::synthesis_test {

/// A unit of the set, as the roster of samples/demo names it.
struct unit_truth {
    std::string id;
    std::string name;                     ///< "Huyện ủy Can Lộc"
    std::string short_name;               ///< how the draft names it ("Can Lộc")
    std::map<std::string, double> figures;  ///< indicator id → the value its report gives
};

/// A finding several units state, each in its own words.
struct finding_truth {
    std::string id;                       ///< "F1"
    std::string part;                     ///< where it belongs: "item1", "item2", "item3", "weaknesses", "lessons", "directions", "recommendations"
    std::vector<std::string> units;       ///< unit ids stating it
    std::vector<std::string> markers;     ///< per wording: the text after the unit's name, as in the report
};

struct corpus_truth {
    std::vector<unit_truth> units;
    std::vector<finding_truth> findings;
    std::map<std::string, double> province;  ///< indicator id → the true total
};

/// Writes the reports (one .docx per unit) into `dir` and returns the truth.
corpus_truth write_corpus(const std::filesystem::path& dir);

}  // namespace baocao::synthesis_test
