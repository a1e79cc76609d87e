// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Character and paragraph properties as far as the document model needs
/// them, and how each property modifier changes them.

#include "sprm.hpp"

#include <cstdint>

namespace baocao::doc {

struct char_props {
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool caps = false;
    char16_t symbol = 0;           ///< sprmCSymbol: the symbol-font character the run shows instead of its text, 0 none
    bool deleted = false;          ///< tracked deletion (sprmCFRMarkDel)
    bool inserted = false;         ///< tracked insertion (sprmCFRMarkIns)
    int font_ascii = -1;           ///< font table index for ASCII text, -1 unset
    int font_other = -1;           ///< for other text (hAnsi)
    int char_style = -1;           ///< sprmCIstd, -1 when the run names none
    std::int64_t pic_location = -1;///< sprmCPicLocation: an offset in the Data stream (a picture, a form field's FFData), -1 unset
};

struct para_props {
    int outline_level = -1;        ///< sprmPOutLvl: 0..8, 9 body text, -1 unset
    std::uint8_t jc = 0xFF;        ///< alignment, 0xFF unset
    int ilfo = 0;                  ///< list (LFO) index, 1-based; 0 none
    int ilvl = 0;
    bool in_table = false;
    bool row_end = false;          ///< the table terminating paragraph of a row
    int table_depth = 0;           ///< sprmPItap: nesting depth, 0 unset
    bool inner_cell = false;       ///< cell mark of a nested table
    bool inner_row_end = false;    ///< row mark of a nested table
    bool visible_borders = false;  ///< the row's table or cell borders draw a line (row marks only)
    bool drop_cap = false;         ///< sprmPDcs: a dropped initial, whose text begins the next paragraph
};

/// Applies one character modifier; toggles (0x80, 0x81) are resolved against `style`.
void apply_char_sprm(char_props& props, const sprm& s, const char_props& style);
/// Applies one paragraph modifier (sprmPIstd is read by the caller).
void apply_para_sprm(para_props& props, const sprm& s);

}  // namespace baocao::doc
