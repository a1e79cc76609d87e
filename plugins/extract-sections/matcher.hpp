// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The matcher: assigns the sections of a report to plan items, with a
/// confidence, from the words of headings and, where a heading says little,
/// of the body.

#include "lexicon.hpp"
#include "sectionizer.hpp"

#include <string>
#include <vector>

namespace baocao::sections {

/// A part of the report as it goes into result.json.
struct matched_part {
    int item = -1;                      ///< index of the plan item, -1 when it matched none
    std::string heading;                ///< as written, label included ("" for a part without heading)
    std::string text;                   ///< body lines joined by "\n", nested headings as lines
    double confidence = 0.0;            ///< 0..1 (0 for unmatched parts)
    std::vector<std::size_t> lines;     ///< every report line the part covers, headings included
};

/// True when the report's header names the Front or a mass organization as its issuer.
bool issued_by_organization(const sectioned_report& report, const lexicon& lex);

/// Assigns every section and every unheaded body line of a report, and lists
/// each appendix after the signature as a part with no item. Parts come
/// in report order of their first line; a part that would be empty is dropped.
/// `organization`: the report comes from the Front or a mass organization,
/// whose own results are its role in the movement.
std::vector<matched_part> match_sections(const sectioned_report& report, const lexicon& lex, bool organization = false);

}  // namespace baocao::sections
