// SPDX-License-Identifier: Apache-2.0
#pragma once
/// What the control words this reader acts on mean: which open a
/// destination (a group whose text is no body text, or is another story's),
/// and which stand for one character.

#include <cstdint>
#include <string_view>

namespace baocao::rtf {

enum class destination_word : std::uint8_t {
    none,           ///< not a destination this reader knows
    skipped,        ///< a destination whose content is not read (\pict, \colortbl, \themedata, \fldinst ...)
    font_table,     ///< \fonttbl
    style_sheet,    ///< \stylesheet
    info,           ///< \info
    info_text,      ///< \title, \subject, \author, \operator
    info_time,      ///< \creatim, \revtim
    label,          ///< \listtext, \pntext: the label a numbered paragraph shows
    unicode_pair,   ///< \upr: an ANSI copy, then the Unicode one in \ud
    unicode_copy,   ///< \ud
    page_zone,      ///< \header, \footer and their left, right and first-page kinds
    footnote,       ///< \footnote (\ftnalt inside makes it an endnote)
    annotation,     ///< \annotation: a comment's text
    drawing,        ///< \shp, \shpinst, \object: only the text inside (\shptxt, \result) is read
    text_box,       ///< \shptxt: a shape's text
    result,         ///< \result, \fldrslt: shown text, read where it stands
    nested_table,   ///< \nesttableprops: a nested row's definition and its \nestrow
};

/// The kind of destination a control word opens.
destination_word destination_of(std::string_view word);

/// The text a control word stands for (\tab, \emdash, \ldblquote ...), or an
/// empty view for a word that stands for none. `found` tells an empty text
/// (\zwnbo, \ltrmark: a character that shows nothing) from a word that is no character.
std::string_view character_of(std::string_view word, bool& found);

/// The text a control symbol stands for (\~ a no-break space, \_ a hyphen,
/// \- a soft hyphen, \{ \} \\ themselves; the others nothing).
std::string_view character_of_symbol(char symbol);

/// True for a border style word (\brdrs, \brdrdb ...): a line is drawn.
bool is_drawn_border(std::string_view word);

}  // namespace baocao::rtf
