// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reads office:text, the body of an OpenDocument text, into the document
/// model: paragraphs and headings with their runs, list labels counted from
/// the list styles, tables with their merged cells, text boxes after the
/// paragraph that anchors them, notes and comments as parts of their own.
/// Tracked deletions (kept in text:tracked-changes) are left out, which shows
/// the document with its changes accepted, as the Word readers do by default.

#include "list_labels.hpp"
#include "odf_styles.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/model.hpp>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace baocao::odt {

class body_reader {
public:
    body_reader(const style_sheet& styles, const baocao::limits& lim, document& out);
    /// Events from inside office:body.
    void start(const xml_element& e);
    void end(const xml_end& e);
    void text(std::string_view chars);
    /// Sends the paragraphs that follow, until end_part(), into a part of
    /// their own (a page header or footer, read from styles.xml's master pages).
    void begin_part(std::string kind, std::string id);
    void end_part();
    /// Moves the notes, comments and other parts read into the document's parts.
    void finish();

private:
    struct para_state {
        paragraph p;
        bool heading = false;
        int heading_level = 0;            ///< text:outline-level of a text:h, 1-based
        bool list_header = false;         ///< text:is-list-header on a text:h
        const paragraph_style* style = nullptr;
        std::vector<text_properties> props;   ///< the span stack, the paragraph's own at the bottom
        std::string run;                  ///< text of the run being gathered
        text_properties run_props;
        bool after_space = true;          ///< the last character was white space, or none was written yet
        std::size_t bytes = 0;
        bool cut = false;                 ///< past max_paragraph_bytes: the rest is dropped
        std::optional<std::string> typed_number;   ///< the label a text:number child gives
        std::vector<block> after;         ///< text boxes anchored here, placed after it
    };
    struct table_state {
        table t;
        std::size_t column = 0;
        std::size_t covered_left = 0;     ///< covered cells still to come of a cell spanning columns in this row
        std::vector<int> rows_below;      ///< column → rows still covered by a cell spanning rows
        std::vector<int> width_from;      ///< column → columns a row-spanning cell starting there covers
        bool border = false;
        int row_repeat = 1;
        int cell_repeat = 1;
        std::size_t row_text_from = 0;    ///< text_total_ when the row began: what its copies repeat
        std::size_t cell_text_from = 0;   ///< and when the cell began
    };
    struct list_state {
        std::string style;                ///< the list style's name
        list_counters* counters = nullptr;
        std::string id;                   ///< the list's identity: numbering_id of its paragraphs
        int level = 0;
        std::size_t container = 0;        ///< containers_.size() at its start: paragraphs in a note are not items
        bool item_open = false;
        bool label_pending = false;       ///< the open item's first paragraph is still to come
        std::optional<int> restart_at;
    };

    const style_sheet& styles_;
    baocao::limits limits_;
    document& out_;
    std::vector<std::vector<block>*> containers_;
    std::vector<std::unique_ptr<para_state>> paras_;
    std::vector<table_state> tables_;
    std::vector<list_state> lists_;
    std::deque<document_part> notes_;     ///< a deque: open notes' blocks must not move
    std::unordered_map<std::string, list_counters> counters_;       ///< list identity → its counters
    std::unordered_map<std::string, std::string> list_of_id_;        ///< a text:list's xml:id → the identity it counts in
    std::unordered_map<std::string, std::string> last_list_of_style_;  ///< style → identity of its last list
    list_counters outline_counters_;
    std::unordered_map<std::string, list_counters> heading_counters_;  ///< a headings' list style → its counters
    std::size_t text_total_ = 0;          ///< text bytes read, copies of repeated rows and cells included
    std::size_t cells_total_ = 0;         ///< table cells made, copies included
    std::size_t skip_depth_ = 0;          ///< depth of the element being skipped with all it holds, 0 when none
    bool in_number_ = false;              ///< inside text:number: its text is the label
    int generated_ids_ = 0;

    void skip(const xml_element& e) { skip_depth_ = e.depth + 1; }
    /// Adds text bytes to the document's total; throws too_large past max_document_text.
    void count_text(std::size_t bytes);
    void open_paragraph(const xml_element& e);
    void close_paragraph();
    void flush_run(para_state& ps);
    /// Adds text to the paragraph's run; with `white`, white space in character data right after it is dropped.
    void append(para_state& ps, std::string_view s, bool white);
    void open_list(const xml_element& e);
    void open_cell(const xml_element& e, bool covered);
    void close_cell();
    void close_row();
    void close_table();
    std::string label_for(para_state& ps);
};

}  // namespace baocao::odt
