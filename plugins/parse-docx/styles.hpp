// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Styles (styles.xml), the theme's fonts (theme1.xml), and the property
/// records that the style chain and direct formatting resolve through.

#include "zip_package.hpp"
#include "tags.hpp"

#include <baocao/sdk/model.hpp>

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace baocao::docx {

/// An on/off property that a level may leave unset.
enum class tri : std::int8_t { unset = -1, off = 0, on = 1 };

/// The theme font an rFonts *Theme attribute names.
enum class theme_font : std::uint8_t { none, major_latin, minor_latin, major_east_asia, minor_east_asia, major_bidi, minor_bidi };

/// One font slot of rFonts: a name, a theme font, or unset.
struct font_ref {
    std::string_view name;             ///< points into storage that outlives the record
    theme_font theme = theme_font::none;
    bool set = false;
};

/// The four rFonts slots.
enum font_slot : int { slot_ascii = 0, slot_hansi = 1, slot_east_asia = 2, slot_cs = 3 };

/// Run properties as one level (defaults, a style, direct formatting) states them.
struct run_props {
    tri bold = tri::unset;
    tri italic = tri::unset;
    tri underline = tri::unset;
    tri caps = tri::unset;
    tri complex = tri::unset;          ///< w:cs or w:rtl: the cs font applies to all text
    std::array<font_ref, 4> fonts{};
    /// Overrides every property `over` sets.
    void apply(const run_props& over);
};

/// Paragraph properties as one level states them.
struct para_props {
    int outline = -2;                  ///< -2 unset, 0..8, 9 = body text
    int num_id = -1;                   ///< -1 unset, 0 = numbering removed
    int ilvl = -1;                     ///< -1 unset
    alignment align = alignment::unspecified;
    bool align_set = false;
    /// Overrides every property `over` sets.
    void apply(const para_props& over);
};

/// Border edges of a table (top, left, bottom, right, insideH, insideV): -1 unset, 0 none, 1 visible.
using border_set = std::array<std::int8_t, 6>;

/// One style definition and its resolved view, filled when the sheet is finished.
struct style_def {
    std::string id;
    std::string name;
    std::string based_on;
    char type = 'p';                   ///< 'p' paragraph, 'c' character, 't' table, 'n' numbering
    bool is_default = false;
    para_props ppr;
    run_props rpr;
    border_set borders{-1, -1, -1, -1, -1, -1};

    bool resolved = false;
    bool resolving = false;
    run_props resolved_rpr;
    para_props resolved_ppr;
    border_set resolved_borders{-1, -1, -1, -1, -1, -1};
    run_props with_defaults_rpr;
    para_props with_defaults_ppr;
    int heading_level = -1;            ///< 0-based level of the built-in heading it is or is based on, -1 for none
};

/// The theme's major and minor fonts by script.
struct theme_fonts {
    std::string major_latin, minor_latin, major_east_asia, minor_east_asia, major_bidi, minor_bidi;
    /// The name a theme font resolves to ("" when the theme does not say).
    std::string_view of(theme_font f) const;
};

/// Reads theme1.xml's font scheme.
theme_fonts read_theme(plugins::zip_package& pkg, std::string_view part, std::uint32_t max_depth);

/// Parses an ST_OnOff value ("", "1", "true", "on" → on; "0", "false", "off" → off).
tri on_off(std::string_view val);
/// Parses a decimal attribute, `fallback` when it is not a number.
int to_int(std::string_view s, int fallback);
/// Reads one rPr child (b, i, u, caps, rFonts, cs, rtl) into `props`;
/// font names are copied into `store` (one string per slot) so the views stay valid.
void read_run_property(int tag, const xml_element& e, run_props& props, std::array<std::string, 4>* store,
                       std::deque<std::string>* pool);
/// Reads one pPr child (outlineLvl, jc) into `props`.
void read_para_property(int tag, const xml_element& e, para_props& props);
/// Reads one border edge element: -1 when it is not an edge we track, else its index in a border_set.
int border_edge_index(std::string_view local);
/// 0 for val none/nil, 1 for any drawn border.
std::int8_t border_visibility(const xml_element& e);

/// All styles of the document. Once finish() has resolved every chain the
/// sheet is immutable, so documents whose styles part is byte-identical can
/// share one sheet, on any thread.
class style_sheet {
public:
    style_sheet() = default;
    // Styles point into one another and into the pool: moving keeps the
    // storage in place, a copy would not.
    style_sheet(const style_sheet&) = delete;
    style_sheet& operator=(const style_sheet&) = delete;
    style_sheet(style_sheet&&) = default;
    style_sheet& operator=(style_sheet&&) = default;

    /// Reads styles.xml.
    void read(plugins::zip_package& pkg, std::string_view part, std::uint32_t max_depth);
    /// The style by id, nullptr when unknown.
    const style_def* find(std::string_view id) const;
    /// The paragraph style a pStyle value selects: the id's style, else the default paragraph style.
    const style_def* paragraph_style(std::string_view id) const;
    /// The default table style (w:default="1" of type table), nullptr when none.
    const style_def* default_table_style() const { return default_table_; }
    /// docDefaults then the paragraph style's basedOn chain, root first.
    const run_props& paragraph_run_props(const style_def* s) const;
    /// docDefaults' pPr then the paragraph style's chain.
    const para_props& paragraph_props(const style_def* s) const;
    /// A character style's chain alone (no defaults).
    const run_props& character_run_props(const style_def* s) const;
    /// The level of a built-in heading style ("heading 1".."heading 9") the
    /// style is or is based on; -1 for none or no style.
    int heading_level(const style_def* s) const { return s ? s->heading_level : -1; }
    /// A table style's borders through its chain.
    const border_set& table_borders(const style_def* s) const;
    /// Document defaults.
    const run_props& default_run_props() const { return doc_rpr_; }
    const para_props& default_para_props() const { return doc_ppr_; }

    std::deque<std::string>& pool() { return pool_; }
    std::deque<style_def>& styles() { return styles_; }
    run_props& doc_rpr() { return doc_rpr_; }
    para_props& doc_ppr() { return doc_ppr_; }
    /// Indexes the styles after reading (ids, defaults) and resolves every chain.
    void finish();

private:
    void resolve(style_def& s, int depth);
    int builtin_heading_level(const style_def* s) const;

    std::deque<style_def> styles_;
    std::unordered_map<std::string_view, style_def*> by_id_;
    std::deque<std::string> pool_;
    run_props doc_rpr_;
    para_props doc_ppr_;
    const style_def* default_paragraph_ = nullptr;
    const style_def* default_table_ = nullptr;
    run_props empty_rpr_;
};

}  // namespace baocao::docx
