// SPDX-License-Identifier: Apache-2.0
#pragma once
/// What the RTF reader keeps per group: where the group's text goes, and the
/// character and paragraph formatting in force. RTF scopes formatting by
/// groups, so every { saves this state and } restores it.

#include <baocao/sdk/model.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace baocao::rtf {

/// Where the text of a group goes.
enum class destination : std::uint8_t {
    text,          ///< the current story: the body, a page header, a note, a comment, a text box
    skip,          ///< nowhere: the group and all it holds is not read
    font_table,
    style_sheet,
    info,          ///< \info: only its properties' groups are read
    info_text,     ///< a property's text (\title ...)
    info_time,     ///< a property's date (\creatim, \revtim)
    label,         ///< the numbering label of the paragraph being read
    unicode_pair,  ///< \upr: only its \ud group is read
    drawing,       ///< \shp, \object: only the text groups inside are read
};

struct char_state {
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool caps = false;
    bool hidden = false;    ///< \v: not shown, not read
    bool deleted = false;   ///< \deleted: a tracked deletion, not read (changes accepted)
    int font = -1;
};

struct para_state {
    int style = 0;
    int outline_level = -1;   ///< \outlinelevelN, -1 when the paragraph gives none
    alignment align = alignment::unspecified;
    bool in_table = false;
    int nesting = 1;          ///< \itapN
    int list = -1;
    int list_level = 0;
};

/// What a group carries: formatting is scoped by groups, so every { saves it and } restores it.
struct group_state {
    destination dest = destination::text;
    destination outer = destination::text;   ///< for \upr: where its \ud group's text goes
    char_state chars;
    para_state para;
    int uc = 1;                  ///< \ucN: fallback characters after each \uN
    bool upr_copy = false;       ///< a group inside \upr: skipped unless it is the \ud one
    bool opened_story = false;   ///< the group opened a story, which ends with it
    bool nested_row = false;     ///< inside \nesttableprops
    bool table = false;          ///< the \fonttbl or \stylesheet group itself
    bool entry = false;          ///< a font or style entry's own group, a child of the table's
    std::string* property = nullptr;   ///< info_text: the property being read
    int time_field = 0;          ///< info_time: 1 created, 2 modified
};

/// True for the destinations whose text is read (a picture's hex data is not even decoded).
bool takes_text(destination d);

/// The alignment a paragraph word gives (\ql, \qc, \qr; \qj and \qd justify).
alignment alignment_of(std::string_view word);

/// True for the words that turn underlining on (\ul, \uldb, \ulwave …); \ulnone and \ulc are not among them.
bool is_underline_on(std::string_view word);

}  // namespace baocao::rtf
