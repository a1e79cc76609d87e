// SPDX-License-Identifier: Apache-2.0
#pragma once
/// List numbering (numbering.xml): definitions, and the counters that turn
/// a paragraph's (numId, ilvl) into the label Word shows ("I.", "1.", "a)").

#include "zip_package.hpp"
#include "styles.hpp"

#include <array>
#include <climits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace baocao::docx {

/// One level (w:lvl) of a list definition.
struct num_level {
    bool defined = false;
    int start = 0;                 ///< ECMA-376: 0 when w:start is absent
    std::string format = "decimal";
    std::string text;              ///< lvlText template ("%1.", "%1.%2)", a bullet glyph)
    int restart = -1;              ///< lvlRestart: -1 default (after any shallower level), 0 never, n after level n
    bool is_legal = false;         ///< isLgl: show every number in decimal
    std::string pstyle;            ///< paragraph style bound to this level
    std::string font;              ///< the level's rFonts, for bullet glyphs of symbol fonts
};

/// w:abstractNum.
struct abstract_num {
    int id = -1;
    std::array<num_level, 9> levels{};
    std::string num_style_link;    ///< the definition lives in the list a numbering style points to
};

/// w:num: an instance of an abstract definition, with per-level overrides.
struct num_def {
    int id = -1;
    int abstract_id = -1;
    std::array<int, 9> start_override;
    std::array<std::optional<num_level>, 9> level_override{};
    bool has_overrides = false;
    num_def() { start_override.fill(INT_MIN); }
};

/// Every list definition of the document.
class numbering_definitions {
public:
    /// Reads numbering.xml.
    void read(plugins::zip_package& pkg, std::string_view part, std::uint32_t max_depth);
    const num_def* num(int id) const;
    /// The abstract definition a num uses, following numStyleLink through the styles.
    const abstract_num* abstract_of(const num_def& n, const style_sheet& styles) const;
    /// The level whose w:pStyle names `style_id`, -1 when none.
    int level_for_style(const num_def& n, const style_sheet& styles, std::string_view style_id) const;

    std::unordered_map<int, abstract_num>& abstracts() { return abstracts_; }
    std::unordered_map<int, num_def>& nums() { return nums_; }

private:
    std::unordered_map<int, abstract_num> abstracts_;
    std::unordered_map<int, num_def> nums_;
};

/// The label of one numbered paragraph.
struct numbering_label {
    std::string text;
    int level = 0;
};

/// Counters of one story, advanced paragraph by paragraph in document order.
class numbering_counters {
public:
    numbering_counters(const numbering_definitions& defs, const style_sheet& styles) : defs_(defs), styles_(styles) {}
    /// Advances the list of `num_id` at `ilvl` (-1: from the style's bound level, else 0)
    /// and returns the label; nullopt when the num is undefined or 0.
    std::optional<numbering_label> next(int num_id, int ilvl, std::string_view style_id);

private:
    struct list_state {
        std::array<int, 9> value{};
        std::array<bool, 9> started{};
    };
    const numbering_definitions& defs_;
    const style_sheet& styles_;
    std::unordered_map<int, list_state> lists_;   ///< by abstract id: nums of one abstract share counters
    std::unordered_set<int> used_nums_;
};

/// Formats a number in a w:numFmt ("upperRoman", "lowerLetter", ...); unknown formats fall back to decimal.
std::string format_number(int value, std::string_view format);

}  // namespace baocao::docx
