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

#include <cstdint>
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

/// One sentence of one unit, routed. A run of thousands of units holds
/// hundreds of thousands of these at once, so a statement keeps its text and
/// small numbers only: where it was written is one shared origin per heading,
/// and its match key is made again where it is compared word by word.
struct statement {
    synthesis::role role = role::results;
    std::int16_t item = -1;               ///< index of the plan item for results, -1 otherwise
    std::uint32_t unit = 0;               ///< index into the reporters
    std::uint32_t origin = 0;             ///< index into the statements' origins
    std::int32_t paragraph = -1;          ///< 0-based paragraph of the origin's text
    std::uint64_t key_hash = 0;           ///< key_hash_of(text): sentences alike but for case, marks and punctuation hash alike
    std::string text;                     ///< the sentence as written, list marker and enumerator removed
};

/// The hash of a sentence's match key (text::match_key).
std::uint64_t key_hash_of(std::string_view key);

/// Where statements were written: a reporter's submission and the heading over them.
struct statement_origin {
    std::uint32_t unit = 0;               ///< index into the reporters
    const submission* from = nullptr;
    std::string heading;                  ///< the section's heading or a sub-heading in its text, as written
};

/// The statements of a run, with their origins.
struct statement_list {
    std::vector<statement> all;
    std::vector<statement_origin> origins;
};

/// Every statement of the reporters' counted submissions, in reporter order,
/// then report order. A sentence a unit repeats (a section counted for two
/// items, a pasted paragraph) is kept once per role. Each unit's statements
/// are one task of `tasks`.
statement_list statements_of(const std::vector<reporter>& reporters, const plan_spec& plan,
                             const task_runner& tasks = one_by_one);

/// The source of a statement, for the draft's notes.
draft::source_ref source_of(const statement_list& list, const std::vector<reporter>& reporters, const statement& st);

}  // namespace baocao::synthesis
