// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The units' text cut into statements (sentences) and routed to the part of
/// the provincial report they feed: results go to their plan item; a unit's
/// "Ưu điểm", "Hạn chế", "Nguyên nhân", "Bài học", "Phương hướng" and
/// "Kiến nghị" go to the shared parts, whatever item they were written under.

#include "reporters.hpp"
#include "tasks.hpp"

#include <baocao/sdk/draft.hpp>
#include <baocao/sdk/plan.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::synthesis {

/// The part of the provincial report a statement feeds.
enum class role : std::uint8_t {
    results,
    strengths,
    weaknesses,
    strength_causes,  ///< what the strengths are owed to ("Nguyên nhân của ưu điểm")
    causes,           ///< causes of the weaknesses, objective and subjective
    lessons,
    directions,
    recommendations,
};

/// The role a heading announces ("Hạn chế, tồn tại" → weaknesses), nullopt for any other heading.
std::optional<role> role_of_heading(std::string_view heading);

/// True for a plan item about what comes next (solutions, directions), whose text feeds Part two.
bool is_forward_item(const plan_item& item);

/// One sentence of one unit, routed.
struct statement {
    synthesis::role role = role::results;
    std::string item;                     ///< the plan item for results, "" otherwise
    std::string text;                     ///< the sentence as written, list marker and enumerator removed
    std::string key;                      ///< text::match_key(text), made once for every comparison
    std::size_t unit = 0;                 ///< index into the reporters
    draft::source_ref source;
};

/// Every statement of the reporters' counted submissions, in reporter order,
/// then report order. A sentence a unit repeats (a section counted for two
/// items, a pasted paragraph) is kept once per role. Each unit's statements
/// are one task of `tasks`.
std::vector<statement> statements_of(const std::vector<reporter>& reporters, const plan_spec& plan,
                                     const task_runner& tasks = one_by_one);

}  // namespace baocao::synthesis
