// SPDX-License-Identifier: Apache-2.0
#pragma once
// The catalogue of indicators figures are read for: for each, the nouns that
// name the thing counted, its measures, and the cue phrases that tell a
// result from a target, a proposal, a registration or a part. Read from JSON
// (the compiled-in catalogue or the file the plugin's settings name).

#include <string>
#include <string_view>
#include <vector>

namespace baocao::indicators {

/// One word of a catalogue phrase, in the two forms words are compared in.
struct phrase_word {
    std::string key;     ///< text::match_key: no case, no tone marks
    std::string folded;  ///< lower case with its tone marks ("hộ"), compared when the text has marks too
};

using phrase = std::vector<phrase_word>;

/// A measure an indicator is counted in ("tỷ đồng") and its factor to the indicator's unit.
struct measure {
    phrase words;
    double scale = 1.0;
};

struct definition {
    std::string id;
    std::string label;
    std::string unit;                 ///< the unit values are given in ("triệu đồng", "mô hình")
    std::vector<std::string> items;   ///< plan item ids the indicator belongs to
    std::vector<measure> measures;    ///< empty: the number is followed by a noun directly
    std::vector<phrase> nouns;        ///< the thing counted, right after the number or its measure
    std::vector<phrase> context;      ///< one must occur earlier in the sentence (none: any sentence)
    std::vector<phrase> exclude;      ///< after the number or its measure, these name another thing
};

/// Roles of a figure, as result.json writes them.
enum class figure_role { result, target, proposal, registered, part };

/// "result", "target", "proposal", "registered", "part".
const char* role_name(figure_role r);

/// A cue phrase and what it says about a figure after it.
struct role_cue {
    phrase words;
    figure_role role = figure_role::result;
};

/// A cue naming a level ("cấp huyện") and the level's name ("district").
struct level_cue {
    phrase words;
    std::string level;
};

struct catalogue {
    std::vector<definition> indicators;
    std::vector<role_cue> role_cues;     ///< the nearest one before a number decides its role
    std::vector<phrase> field_cues;      ///< "trên lĩnh vực": a count of one field only, a part
    std::vector<phrase> change_cues;     ///< right before a number, a difference ("giảm 24"): no figure
    std::vector<phrase> total_cues;      ///< "toàn huyện", "tổng số": the figure is a stated total
    std::vector<level_cue> level_cues;
};

/// The compiled-in catalogue's JSON text (plan 99-KH/TU).
extern const char* const default_definitions_json;

/// Parses a catalogue. Cue lists it leaves out are taken from the compiled-in
/// one. Throws std::runtime_error saying what is wrong.
catalogue parse_catalogue(std::string_view json);

/// The indicators of a catalogue (for callers that need only those).
std::vector<definition> parse_definitions(std::string_view json);

/// A phrase's words, keyed and folded.
phrase make_phrase(std::string_view text);

}  // namespace baocao::indicators
