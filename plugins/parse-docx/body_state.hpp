// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The state body_reader keeps while a story is read: open containers
/// (story, table, text box) and open paragraphs.

#include "body_reader.hpp"

#include <array>
#include <string>
#include <vector>

namespace baocao::docx {

struct body_reader::frame {
    enum kind_t { story, table_frame, textbox } kind = story;
    std::vector<block>* target = nullptr;   ///< story: where its blocks go
    std::vector<block> own;                 ///< textbox: its blocks until it closes
    table tbl;
    bool in_row = false;
    bool in_cell = false;
    bool row_removed = false;
    int extra_rows = 0;
    int extra_cells = 0;
    border_set borders{-1, -1, -1, -1, -1, -1};
    bool cell_borders = false;
    std::vector<text_run> carry;            ///< runs of paragraphs whose mark was deleted
    bool has_carry = false;
};

struct body_reader::para_state {
    paragraph_builder b;
    std::string pstyle;
    para_props direct;
    bool props_done = false;
    bool numbering_suppressed = false;
    const style_def* style = nullptr;
    const run_props* base = nullptr;
    bool mark_deleted = false;
    bool mark_inserted = false;
    bool drop_cap = false;                  ///< a dropped initial: its text begins the next paragraph
    bool in_run = false;
    int nested_runs = 0;
    run_props direct_rpr;
    std::array<std::string, 4> fonts;
    const style_def* rstyle = nullptr;
    std::vector<block> pending;             ///< text boxes anchored in this paragraph
    std::size_t frame_depth = 0;
};

}  // namespace baocao::docx
