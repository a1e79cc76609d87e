// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The phrase bank: many alternative sentences and paragraphs per topic of a
/// review report, with placeholders filled per unit, so that reports differ in
/// wording, order and figures rather than being one template with names swapped.
///
/// Placeholders: {name} takes a report variable (see report_vars); {n:a-b} a
/// number in [a, b]; {k:a-b} the same with thousands dots ("12.500"); {d:a-b}
/// a decimal in tenths ("125,6"); {loc} and {loc2} two distinct localities of
/// the unit; {model} and {model2} two distinct model names (each the same
/// wherever it recurs in one template). A template starting "@d " suits only
/// district-level committees (report variable "district" set).

#include "random.hpp"

#include <map>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// Topics of the bank, in roughly the order a report uses them.
enum class topic {
    opening, context, dissemination, documents, steering,
    models, fields, commendation, front_organizations, new_countryside,
    strengths, weaknesses, causes, lessons, direction, solutions, recommendations, closing
};

/// Named values a report substitutes into the templates.
struct report_vars {
    std::map<std::string, std::string> values;
    std::vector<std::string> localities;
    std::vector<std::string> models;
};

/// All alternatives of a topic.
const std::vector<std::string>& phrases(topic t);

/// Sections and subsections a report can have.
enum class heading_kind {
    context, leadership, dissemination, documents, steering, results, models, commendation, front,
    assessment, strengths, weaknesses, causes, lessons, direction, solutions, recommendations
};

/// Heading alternatives of a section ("Công tác lãnh đạo, chỉ đạo ..."), in sentence case.
const std::vector<std::string>& heading_variants(heading_kind k);

/// Model names shared by every kind of unit ("Dân vận khéo" trong dồn điền đổi thửa ...).
const std::vector<std::string>& common_models();

/// `tmpl` with every placeholder replaced; unknown names are left visible as {name}.
std::string expand(const std::string& tmpl, const report_vars& vars, random_source& rng);

/// `count` distinct alternatives of `t`, expanded, in random order (repeats
/// only when the topic has fewer alternatives than asked).
std::vector<std::string> compose(topic t, std::size_t count, const report_vars& vars, random_source& rng);

}  // namespace baocao::samplegen
