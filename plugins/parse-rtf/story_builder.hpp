// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Builds the document model from what the RTF reader finds: text with its
/// character formatting, paragraph and cell ends, rows with their cell
/// definitions (merges, borders), and the stories text is written into (the
/// body, a page header or footer, a footnote, a comment, a text box). A
/// story opened inside another (a footnote in a paragraph) keeps the outer
/// one's paragraph open until it closes.

#include "rtf_tables.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/model.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::rtf {

/// The character formatting a run of text carries into the model.
struct run_style {
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool caps = false;
    const font_entry* font = nullptr;   ///< nullptr when the font table has no entry for the run's font
    bool operator==(const run_style&) const = default;
};

/// What a paragraph mark gives its paragraph.
struct paragraph_info {
    std::string style_id;
    std::string style_name;
    int outline_level = -1;
    alignment align = alignment::unspecified;
    int depth = 0;          ///< table nesting: 0 outside tables, 1 in a table, 2 in a table inside a cell ...
    int list = -1;          ///< \lsN, -1 when none
    int list_level = 0;     ///< \ilvlN
};

/// One cell of a row definition (\clmrg … \cellxN). The first cells of merges
/// (\clmgf, \clvmgf) need nothing: the cells merged into them say so.
struct cell_definition {
    bool merge_next = false;       ///< \clmrg: merged into the cell on its left
    bool vmerge_next = false;      ///< \clvmrg: continues the cell above
    std::int32_t right = 0;        ///< \cellxN: the cell's right edge in twips
};

/// A row definition (\trowd … \cellxN …).
struct row_definition {
    std::vector<cell_definition> cells;
    cell_definition pending;       ///< properties of the cell whose \cellx is still to come
    bool border = false;           ///< a border is drawn on the row or one of its cells
};

class story_builder {
public:
    story_builder(const baocao::limits& lim, document& out);

    /// Adds text (UTF-8, not yet normalized) to the open paragraph of the current story.
    void text(std::string_view utf8, const run_style& style);
    /// Adds text to the open paragraph's numbering label (\listtext, \pntext).
    void label_text(std::string_view utf8, const run_style& style);
    /// Ends the open paragraph (\par) with the given properties.
    void end_paragraph(const paragraph_info& info);
    /// Ends the open paragraph, if it holds anything or its cell nothing, and then the cell at `depth` (\cell, \nestcell).
    void end_cell(int depth, const paragraph_info& info);
    /// Ends the row of the table at `depth` (\row, \nestrow), its cells shaped by `row`.
    void end_row(int depth, const row_definition& row);
    /// Sends what follows to a new story: a part of `kind` ("header", "footer",
    /// "footnote", "endnote", "comment") or, for "textbox", blocks placed after
    /// the paragraph of the story it opens in.
    void begin_story(std::string kind, std::string id);
    /// Changes the current story's kind (\ftnalt makes a footnote an endnote).
    void set_story_kind(std::string kind) { stories_.back().kind = std::move(kind); }
    /// Ends the current story: its last paragraph (ended with `info` when it holds text) and its tables.
    void end_story(const paragraph_info& info);
    /// The depth of open stories, the body being 1.
    std::size_t stories() const { return stories_.size(); }
    /// Ends every story; the body's blocks and the parts are in the document.
    void finish(const paragraph_info& info);

private:
    struct open_paragraph {
        paragraph p;
        std::string run;                  ///< text of the run being gathered
        run_style run_format;
        std::string label;
        std::vector<block> after;         ///< text boxes anchored in the paragraph
        std::size_t bytes = 0;
        bool cut = false;
        bool has_content() const { return !p.runs.empty() || !run.empty() || !label.empty() || !after.empty(); }
    };
    struct open_table {
        table t;
        table_row row;
        table_cell cell;
        bool border = false;
        /// Per row of `t`: each cell's right edge, or empty when the row's
        /// definition did not give one per cell. The table's columns are
        /// the edges of all its rows.
        std::vector<std::vector<std::int32_t>> right_edges;
        std::vector<std::int32_t> column_edges;   ///< every such row's \cellx edges, merged cells' too
    };
    struct story {
        std::string kind;
        std::string id;
        std::vector<block> blocks;
        std::vector<open_table> tables;
        open_paragraph para;
    };

    baocao::limits limits_;
    document& out_;
    std::vector<story> stories_;
    std::size_t text_total_ = 0;

    /// Counts bytes against max_document_text; throws too_large past it.
    void count(std::size_t bytes);
    void flush_run(open_paragraph& para);
    std::vector<block>& container(story& s, int depth);
    /// Closes tables deeper than `depth` and opens those missing up to it.
    void set_depth(story& s, int depth);
    void close_table(story& s);
    void finish_row(open_table& t, const row_definition* row);
    /// Sets each cell's grid_span to the columns it covers (LibreOffice merges by one wider \cellx).
    static void span_columns(open_table& t);
    void place_paragraph(story& s, const paragraph_info& info, int depth);
};

}  // namespace baocao::rtf
