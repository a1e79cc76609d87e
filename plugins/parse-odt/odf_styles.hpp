// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The styles of an OpenDocument text: paragraph and text styles with their
/// parents, list styles and the outline style, and the font faces they name.
/// Common styles come from styles.xml, automatic ones from content.xml; both
/// are read before the body, so the body reader asks for resolved values.

#include "odf_tags.hpp"

#include <bounded_text.hpp>

#include <baocao/sdk/model.hpp>

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

namespace baocao::odt {

using plugins::bounded;
using plugins::max_label_bytes;
using plugins::max_name_bytes;

/// Character formatting as a style states it; unset means "as the parent says".
struct text_properties {
    std::optional<bool> bold, italic, underline, caps, hidden;
    std::optional<std::string> font;   ///< the font family's name

    /// Fills what this leaves unset from `fallback`.
    void inherit(const text_properties& fallback);
};

/// One level of a list style.
struct list_level {
    enum class kind : std::uint8_t { none, number, bullet } type = kind::none;
    std::string format;          ///< style:num-format: "1", "a", "A", "i", "I", "" (no number)
    std::string prefix, suffix;  ///< style:num-prefix, style:num-suffix
    std::string template_text;   ///< loext:num-list-format ("%1%.%2%."), "" when absent
    int display_levels = 1;      ///< text:display-levels
    int start = 1;               ///< text:start-value
    std::string bullet;          ///< text:bullet-char
};

/// A list style (or the outline style): levels 1 to 10, at 0 to 9.
struct list_style {
    static constexpr int depth = 10;
    std::array<list_level, depth> levels;
};

/// What a paragraph's style chain resolves to.
struct paragraph_style {
    std::string style_id;      ///< the nearest common (named) style in the chain
    std::string style_name;    ///< its display name ("Heading 1")
    int outline_level = 0;     ///< style:default-outline-level, 1-based; 0 for none
    alignment align = alignment::unspecified;
    std::string list_style;    ///< style:list-style-name, "" when none
    /// Whether a style of the chain names a list style at all: one naming ""
    /// takes away the numbering a heading would have from the outline style.
    bool list_style_named = false;
    text_properties text;      ///< fully inherited down to the default style
};

class style_sheet {
public:
    /// Receives the events of styles.xml before its master pages, and of
    /// content.xml before its body.
    void start(const xml_element& e);
    void end(int tag);

    /// A paragraph's resolved style, by its text:style-name.
    const paragraph_style& paragraph(const std::string& name) const;
    /// A text style's own properties over `base` (the paragraph's), by its text:style-name.
    text_properties text(const std::string& name, const text_properties& base) const;
    /// A list style by name; nullptr when there is none of that name.
    const list_style* list(const std::string& name) const;
    /// The outline style headings are numbered by; nullptr when the document has none.
    const list_style* outline() const { return has_outline_ ? &outline_ : nullptr; }
    /// Whether a table-cell style draws a border.
    bool cell_has_border(const std::string& name) const;

private:
    struct raw_style {
        std::string display_name;
        std::string parent;
        bool automatic = false;
        int outline_level = 0;
        std::optional<alignment> align;
        std::optional<std::string> list_style;   ///< style:list-style-name when the attribute is there
        text_properties text;
        bool border = false;
    };
    /// Where the element being read belongs.
    raw_style* current_ = nullptr;
    list_style* current_list_ = nullptr;
    bool in_automatic_ = false;

    std::unordered_map<std::string, raw_style> paragraph_styles_, text_styles_, cell_styles_;
    raw_style default_paragraph_;
    std::unordered_map<std::string, list_style> lists_;
    list_style outline_;
    bool has_outline_ = false;
    std::unordered_map<std::string, std::string> font_families_;   ///< style:font-face name → family
    mutable std::unordered_map<std::string, paragraph_style> resolved_;

    void read_text_properties(const xml_element& e, text_properties& into) const;
    paragraph_style resolve(const std::string& name) const;
};

}  // namespace baocao::odt
