// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the words around a figure say about it: whether it is a result, a
// target, a proposal, a registration or a part; whether it is a stated total;
// the level and the place it is about.

#include "indicator_definitions.hpp"
#include "sentence_tokens.hpp"

#include <string>

namespace baocao::indicators {

struct figure_setting {
    figure_role role = figure_role::result;
    bool total = false;     ///< stated as the unit's total ("toàn huyện", "tổng số")
    std::string level;      ///< "province", "district", "grassroots" or ""
    std::string place;      ///< as written ("huyện Vũ Quang"), or ""
    bool change = false;    ///< a difference ("giảm 24 người"), not a figure
};

/// Reads the setting of the figure whose number is token `number` and whose
/// counted noun ends before token `counted_end`. A part cue ("trong đó")
/// names a sub-count only beside a figure of the same indicator: earlier in
/// the sentence and before the cue (its number is token `same_before`, npos
/// when none), or, for a sentence opening with the cue, earlier in the
/// paragraph (`same_in_paragraph`); otherwise the next cue decides.
figure_setting read_setting(sentence_tokens& tokens, const catalogue& cat, std::size_t number, std::size_t counted_end,
                            std::size_t same_before, bool same_in_paragraph);

}  // namespace baocao::indicators
