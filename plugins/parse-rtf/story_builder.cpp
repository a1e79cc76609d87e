// SPDX-License-Identifier: Apache-2.0
#include "story_builder.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include <bounded_text.hpp>

#include <algorithm>

namespace baocao::rtf {

namespace {

/// Tables nested deeper than this (\itapN) are read as if at this depth.
constexpr int max_table_depth = 64;
/// What a paragraph, a cell, a story or a run costs against max_document_text besides
/// its text: a file of nothing but \par or \cell would otherwise make
/// millions of empty blocks out of a few megabytes.
constexpr std::size_t paragraph_cost = 256;
constexpr std::size_t run_cost = 64;
constexpr std::string_view soft_hyphen = "\u00AD";

/// A run's text as Unicode NFC, converted from a legacy Vietnamese font encoding when its font is one.
std::string unicode_text(const std::string& raw, const font_entry* font) {
    if (font && font->legacy) {
        std::string converted = text::legacy_to_unicode(raw, *font->legacy);
        return font->legacy_capitals ? text::to_upper(converted) : converted;
    }
    // Soft hyphens show nothing; only a legacy font's run reads one as a letter.
    std::string shown;
    shown.reserve(raw.size());
    for (std::size_t from = 0;;) {
        const std::size_t at = raw.find(soft_hyphen, from);
        shown.append(raw, from, at == std::string::npos ? std::string::npos : at - from);
        if (at == std::string::npos) break;
        from = at + soft_hyphen.size();
    }
    return text::to_nfc(shown);
}

}  // namespace

story_builder::story_builder(const baocao::limits& lim, document& out) : limits_(lim), out_(out) {
    stories_.emplace_back();
    stories_.back().kind = "body";
}

void story_builder::count(std::size_t bytes) {
    text_total_ += bytes;
    if (text_total_ > limits_.max_document_text)
        throw rejection_error(error_code::too_large, "the document's text exceeds the configured limit");
}

void story_builder::flush_run(open_paragraph& para) {
    if (para.run.empty()) return;
    count(para.run.size() + run_cost);
    text_run r;
    r.text = unicode_text(para.run, para.run_format.font);
    r.bold = para.run_format.bold;
    r.italic = para.run_format.italic;
    r.underline = para.run_format.underline;
    r.caps = para.run_format.caps;
    if (para.run_format.font) r.font = para.run_format.font->name;
    para.p.runs.push_back(std::move(r));
    para.run.clear();
}

void story_builder::text(std::string_view utf8, const run_style& style) {
    open_paragraph& para = stories_.back().para;
    if (para.cut || utf8.empty()) return;
    if (!para.run.empty() && !(style == para.run_format)) flush_run(para);
    if (para.run.empty()) para.run_format = style;
    if (para.bytes + utf8.size() > limits_.max_paragraph_bytes) {
        para.cut = true;
        return;
    }
    para.bytes += utf8.size();
    para.run.append(utf8);
}

void story_builder::label_text(std::string_view utf8, const run_style& style) {
    open_paragraph& para = stories_.back().para;
    if (para.label.size() + utf8.size() > plugins::max_label_bytes * 4) return;
    para.label += unicode_text(std::string(utf8), style.font);
}

std::vector<block>& story_builder::container(story& s, int depth) {
    return depth <= 0 || s.tables.empty() ? s.blocks : s.tables[static_cast<std::size_t>(depth - 1)].cell.blocks;
}

void story_builder::finish_row(open_table& t, const row_definition* row) {
    if (!t.cell.blocks.empty()) {
        // Text after the row's last \cell still belongs to a cell of the row.
        t.row.cells.push_back(std::move(t.cell));
        t.cell = table_cell{};
    }
    if (t.row.cells.empty()) return;
    table_row shaped;
    std::vector<std::int32_t> rights;
    // Edges count only when the definition gives one to every cell, rising left to right.
    bool edges = row && row->cells.size() == t.row.cells.size();
    for (std::size_t i = 0; i < t.row.cells.size(); ++i) {
        table_cell& c = t.row.cells[i];
        const cell_definition* def = row && i < row->cells.size() ? &row->cells[i] : nullptr;
        edges = edges && def && (i == 0 || def->right > row->cells[i - 1].right);
        if (def && def->merge_next && !shaped.cells.empty()) {
            // A cell merged into its left neighbour widens that one; its own text, if any, follows the neighbour's.
            table_cell& left = shaped.cells.back();
            ++left.grid_span;
            if (!rights.empty()) rights.back() = def->right;
            for (block& b : c.blocks)
                if (!std::holds_alternative<paragraph>(b) || !std::get<paragraph>(b).runs.empty()) left.blocks.push_back(std::move(b));
            continue;
        }
        if (def && def->vmerge_next) c.vertical_continuation = true;
        shaped.cells.push_back(std::move(c));
        rights.push_back(def ? def->right : 0);
    }
    if (row && row->border) t.border = true;
    t.t.rows.push_back(std::move(shaped));
    t.right_edges.push_back(edges ? std::move(rights) : std::vector<std::int32_t>{});
    if (edges)
        for (const cell_definition& d : row->cells) t.column_edges.push_back(d.right);
    t.row = table_row{};
}

void story_builder::span_columns(open_table& t) {
    std::vector<std::int32_t> columns = t.column_edges;
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    for (std::size_t r = 0; r < t.t.rows.size(); ++r) {
        const std::vector<std::int32_t>& rights = t.right_edges[r];
        auto& cells = t.t.rows[r].cells;
        if (rights.size() != cells.size()) continue;   // no edges for this row: its merges as written
        auto from = columns.begin();
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto to = std::upper_bound(from, columns.end(), rights[c]);
            cells[c].grid_span = std::max(1, static_cast<int>(to - from));
            from = to;
        }
    }
}

void story_builder::close_table(story& s) {
    open_table t = std::move(s.tables.back());
    s.tables.pop_back();
    finish_row(t, nullptr);
    if (t.t.rows.empty()) return;
    span_columns(t);
    t.t.borderless = !t.border;
    container(s, static_cast<int>(s.tables.size())).emplace_back(std::move(t.t));
}

void story_builder::set_depth(story& s, int depth) {
    depth = std::clamp(depth, 0, max_table_depth);
    while (static_cast<int>(s.tables.size()) > depth) close_table(s);
    while (static_cast<int>(s.tables.size()) < depth) s.tables.emplace_back();
}

void story_builder::place_paragraph(story& s, const paragraph_info& info, int depth) {
    open_paragraph para = std::move(s.para);
    s.para = open_paragraph{};
    flush_run(para);
    count(paragraph_cost);
    paragraph& p = para.p;
    p.style_id = info.style_id;
    p.style_name = info.style_name;
    p.outline_level = info.outline_level;
    p.align = info.align;
    // Word writes the label it shows before the paragraph's text; the tab that separates them is no part of it.
    p.numbering_label = plugins::bounded(text::trim(para.label), plugins::max_label_bytes);
    if (!p.numbering_label.empty()) {
        p.numbering_level = std::clamp(info.list_level, 0, 8);
        p.numbering_id = info.list >= 0 ? std::to_string(info.list) : "pn";
    }
    std::vector<block>& into = container(s, depth);
    into.emplace_back(std::move(p));
    for (block& b : para.after) into.push_back(std::move(b));
}

void story_builder::end_paragraph(const paragraph_info& info) {
    story& s = stories_.back();
    set_depth(s, info.depth);
    place_paragraph(s, info, std::clamp(info.depth, 0, max_table_depth));
}

void story_builder::end_cell(int depth, const paragraph_info& info) {
    story& s = stories_.back();
    depth = std::clamp(depth, 1, max_table_depth);
    set_depth(s, depth);
    open_table& t = s.tables.back();
    if (s.para.has_content() || t.cell.blocks.empty()) place_paragraph(s, info, depth);
    count(paragraph_cost);
    t.row.cells.push_back(std::move(t.cell));
    t.cell = table_cell{};
}

void story_builder::end_row(int depth, const row_definition& row) {
    story& s = stories_.back();
    depth = std::clamp(depth, 1, max_table_depth);
    if (static_cast<int>(s.tables.size()) < depth) return;   // a \row with no cell before it ends nothing
    set_depth(s, depth);
    finish_row(s.tables.back(), &row);
}

void story_builder::begin_story(std::string kind, std::string id) {
    count(paragraph_cost);   // a million empty notes cost as much as a million paragraphs
    story s;
    s.kind = std::move(kind);
    s.id = std::move(id);
    stories_.push_back(std::move(s));
}

void story_builder::end_story(const paragraph_info& info) {
    if (stories_.size() <= 1) return;
    story& s = stories_.back();
    if (s.para.has_content()) {
        paragraph_info last = info;
        last.depth = std::min(last.depth, static_cast<int>(s.tables.size()));
        end_paragraph(last);
    }
    set_depth(s, 0);
    story done = std::move(stories_.back());
    stories_.pop_back();
    if (done.kind == "textbox") {
        std::vector<block>& after = stories_.back().para.after;
        for (block& b : done.blocks) after.push_back(std::move(b));
        return;
    }
    document_part part;
    part.kind = std::move(done.kind);
    part.id = std::move(done.id);
    part.blocks = std::move(done.blocks);
    out_.parts.push_back(std::move(part));
}

void story_builder::finish(const paragraph_info& info) {
    while (stories_.size() > 1) end_story(info);
    story& body = stories_.back();
    if (body.para.has_content()) {
        paragraph_info last = info;
        last.depth = std::min(last.depth, static_cast<int>(body.tables.size()));
        end_paragraph(last);
    }
    set_depth(body, 0);
    out_.body = std::move(body.blocks);
    body.blocks.clear();
}

}  // namespace baocao::rtf
