// SPDX-License-Identifier: Apache-2.0
#include "body_reader.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::odt {

namespace {

/// Repetitions and spans past these are an attack or a spreadsheet's empty
/// tail, not a report's table.
constexpr int max_columns = 1024;
constexpr int max_row_repeat = 100;
constexpr int max_spaces = 1000;
/// Copies of repeated cells and rows stop once a document has this many cells.
constexpr std::size_t max_cells = 1'000'000;

bool is_white(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// A run's text as Unicode NFC, converted from a legacy Vietnamese font encoding when its font is one.
std::string unicode_text(const std::string& raw, const std::optional<std::string>& font) {
    if (font)
        if (const auto enc = text::legacy_encoding_of_font(*font)) {
            std::string converted = text::legacy_to_unicode(raw, *enc);
            if (*enc == text::legacy_encoding::tcvn3 && text::is_legacy_capital_font(*font)) converted = text::to_upper(converted);
            return converted;
        }
    return text::to_nfc(raw);
}

}  // namespace

body_reader::body_reader(const style_sheet& styles, const baocao::limits& lim, document& out)
    : styles_(styles), limits_(lim), out_(out) {
    containers_.push_back(&out_.body);
}

void body_reader::flush_run(para_state& ps) {
    if (ps.run.empty()) return;
    text_run r;
    r.text = unicode_text(ps.run, ps.run_props.font);
    r.bold = ps.run_props.bold.value_or(false);
    r.italic = ps.run_props.italic.value_or(false);
    r.underline = ps.run_props.underline.value_or(false);
    r.caps = ps.run_props.caps.value_or(false);
    r.font = ps.run_props.font.value_or(std::string());
    ps.p.runs.push_back(std::move(r));
    ps.run.clear();
}

void body_reader::append(para_state& ps, std::string_view s, bool white) {
    if (ps.cut || s.empty()) return;
    const text_properties& now = ps.props.back();
    if (now.hidden.value_or(false)) return;
    if (!ps.run.empty() && (now.bold != ps.run_props.bold || now.italic != ps.run_props.italic ||
                            now.underline != ps.run_props.underline || now.caps != ps.run_props.caps ||
                            now.font != ps.run_props.font))
        flush_run(ps);
    if (ps.run.empty()) ps.run_props = now;
    if (ps.bytes + s.size() > limits_.max_paragraph_bytes) {
        ps.cut = true;
        return;
    }
    ps.bytes += s.size();
    ps.run.append(s);
    ps.after_space = white;
}

void body_reader::open_paragraph(const xml_element& e) {
    // A paragraph inside another (a text box's, a note's) belongs to its own container.
    auto ps = std::make_unique<para_state>();
    const std::string style_name(e.attr("style-name", ns::text));
    ps->style = &styles_.paragraph(style_name);
    ps->p.style_id = ps->style->style_id;
    ps->p.style_name = ps->style->style_name;
    ps->p.align = ps->style->align;
    ps->props.push_back(ps->style->text);
    if (e.tag == o_h) {
        ps->heading = true;
        ps->heading_level = std::clamp(integer_value(e.attr("outline-level", ns::text), 1), 1, list_style::depth);
        ps->list_header = e.attr("is-list-header", ns::text) == "true";
        ps->p.outline_level = ps->heading_level - 1;
    }
    paras_.push_back(std::move(ps));
}

std::string body_reader::label_for(para_state& ps) {
    if (!lists_.empty() && lists_.back().container == containers_.size()) {
        list_state& l = lists_.back();
        ps.p.numbering_level = l.level;
        ps.p.numbering_id = l.id;
        if (!l.label_pending) return {};
        l.label_pending = false;
        std::string style = l.style.empty() ? ps.style->list_style : l.style;
        const list_style* s = styles_.list(style);
        if (!s || !l.counters) return {};
        return l.counters->next(*s, l.level, std::exchange(l.restart_at, std::nullopt));
    }
    if (!ps.heading || ps.list_header) return {};
    // A heading is numbered by its style's list style when its style names
    // one (naming "" takes the numbering away), else by the outline style.
    const list_style* numbering = nullptr;
    list_counters* counters = nullptr;
    if (ps.style->list_style_named) {
        numbering = styles_.list(ps.style->list_style);
        counters = &heading_counters_[ps.style->list_style];
        ps.p.numbering_id = bounded(ps.style->list_style, max_name_bytes);
    } else {
        numbering = styles_.outline();
        counters = &outline_counters_;
        ps.p.numbering_id = "outline";
    }
    const int level = ps.heading_level - 1;
    if (!numbering || numbering->levels[static_cast<std::size_t>(level)].type == list_level::kind::none) return {};
    ps.p.numbering_level = level;
    return counters->next(*numbering, level);
}

void body_reader::close_paragraph() {
    std::unique_ptr<para_state> ps = std::move(paras_.back());
    paras_.pop_back();
    flush_run(*ps);
    std::string label = label_for(*ps);
    if (ps->typed_number) label = text::trim(*ps->typed_number);
    ps->p.numbering_label = std::move(label);
    if (ps->p.numbering_label.empty()) {
        // An item's later paragraphs, a list header: no label, so unnumbered, as Word's model has it.
        ps->p.numbering_level = -1;
        ps->p.numbering_id.clear();
    }
    count_text(ps->bytes);
    std::vector<block>& into = *containers_.back();
    into.emplace_back(std::move(ps->p));
    for (block& b : ps->after) into.push_back(std::move(b));
}

void body_reader::count_text(std::size_t bytes) {
    text_total_ += bytes;
    if (text_total_ > limits_.max_document_text)
        throw rejection_error(error_code::too_large, "the document's text exceeds the configured limit");
}

void body_reader::open_list(const xml_element& e) {
    list_state l;
    l.container = containers_.size();
    l.style = std::string(e.attr("style-name", ns::text));
    if (!lists_.empty() && lists_.back().item_open && lists_.back().container == containers_.size()) {
        // A list inside an item is the same list one level down.
        const list_state& parent = lists_.back();
        if (l.style.empty()) l.style = parent.style;
        l.counters = parent.counters;
        l.id = parent.id;
        l.level = std::min(parent.level + 1, list_style::depth - 1);
        lists_.push_back(std::move(l));
        return;
    }
    const std::string own_id(e.attr("id", ns::xml));
    const std::string continues(e.attr("continue-list", ns::text));
    std::string id;
    if (const auto it = list_of_id_.find(continues); !continues.empty() && it != list_of_id_.end()) {
        id = it->second;
    } else if (e.attr("continue-numbering", ns::text) == "true" && last_list_of_style_.count(l.style)) {
        id = last_list_of_style_[l.style];
    } else {
        // The list's own xml:id names its paragraphs' numbering when it is short and its own.
        id = own_id.empty() || own_id.size() > max_label_bytes || list_of_id_.count(own_id) ? "list" + std::to_string(++generated_ids_)
                                                                                          : own_id;
        counters_[id] = list_counters{};
    }
    // Another list may later continue this one by its own xml:id: it continues the same counting.
    if (!own_id.empty()) list_of_id_.emplace(own_id, id);
    last_list_of_style_[l.style] = id;
    l.counters = &counters_[id];
    l.id = id;
    lists_.push_back(std::move(l));
}

void body_reader::open_cell(const xml_element& e, bool covered) {
    table_state& t = tables_.back();
    if (t.t.rows.empty()) t.t.rows.emplace_back();
    if (t.column >= static_cast<std::size_t>(max_columns)) {
        skip(e);
        return;
    }
    auto grow = [&](std::size_t to) {
        if (t.rows_below.size() < to) t.rows_below.resize(to, 0), t.width_from.resize(to, 0);
    };
    if (covered) {
        skip(e);   // what a covered cell holds is not shown
        if (t.covered_left > 0) {
            --t.covered_left;
            ++t.column;
            return;
        }
        grow(t.column + 1);
        table_cell c;
        c.vertical_continuation = true;
        if (t.rows_below[t.column] > 0 && t.width_from[t.column] > 0) {
            const int width = t.width_from[t.column];
            c.grid_span = width;
            t.covered_left = static_cast<std::size_t>(width - 1);
            for (std::size_t k = t.column; k < t.column + static_cast<std::size_t>(width) && k < t.rows_below.size(); ++k)
                --t.rows_below[k];
        }
        t.t.rows.back().cells.push_back(std::move(c));
        ++t.column;
        ++cells_total_;
        return;
    }
    const int span = std::clamp(integer_value(e.attr("number-columns-spanned", ns::table), 1), 1, max_columns);
    const int down = std::clamp(integer_value(e.attr("number-rows-spanned", ns::table), 1), 1, 1 << 20);
    t.cell_repeat = std::clamp(integer_value(e.attr("number-columns-repeated", ns::table), 1), 1, max_columns);
    if (styles_.cell_has_border(std::string(e.attr("style-name", ns::table)))) t.border = true;
    grow(t.column + static_cast<std::size_t>(span));
    for (std::size_t k = t.column; k < t.column + static_cast<std::size_t>(span); ++k) {
        t.rows_below[k] = down - 1;
        t.width_from[k] = 0;
    }
    t.width_from[t.column] = span;
    t.covered_left = static_cast<std::size_t>(span - 1);
    table_cell c;
    c.grid_span = span;
    t.t.rows.back().cells.push_back(std::move(c));
    ++cells_total_;
    t.cell_text_from = text_total_;
    t.column += 1;   // the covered cells that follow in this row count the rest
    containers_.push_back(&t.t.rows.back().cells.back().blocks);
}

void body_reader::close_cell() {
    containers_.pop_back();
    table_state& t = tables_.back();
    auto& cells = t.t.rows.back().cells;
    // A repeated cell stands for so many equal cells, each copy's text counted.
    const std::size_t cell_text = text_total_ - t.cell_text_from;
    for (int k = 1; k < t.cell_repeat && t.column < static_cast<std::size_t>(max_columns) && cells_total_ < max_cells;
         ++k, ++t.column) {
        count_text(cell_text);
        cells.push_back(cells.back());
        ++cells_total_;
    }
    t.cell_repeat = 1;
}

void body_reader::close_row() {
    table_state& t = tables_.back();
    if (t.t.rows.empty()) return;
    const std::size_t row_text = text_total_ - t.row_text_from;
    const std::size_t row_cells = t.t.rows.back().cells.size();
    for (int k = 1; k < t.row_repeat && cells_total_ + row_cells <= max_cells; ++k) {
        count_text(row_text);
        t.t.rows.push_back(t.t.rows.back());
        cells_total_ += row_cells;
    }
    t.row_repeat = 1;
}

void body_reader::close_table() {
    table_state t = std::move(tables_.back());
    tables_.pop_back();
    t.t.borderless = !t.border;
    containers_.back()->emplace_back(std::move(t.t));
}

void body_reader::start(const xml_element& e) {
    if (skip_depth_ != 0) return;
    // An annotation's author, date and initials are not its text: only its paragraphs and lists are.
    if (e.parent == o_annotation && e.tag != o_p && e.tag != o_h && e.tag != o_list && e.tag != o_table) return skip(e);
    para_state* ps = paras_.empty() ? nullptr : paras_.back().get();
    switch (e.tag) {
    case o_p:
    case o_h: open_paragraph(e); return;
    case o_span:
        if (ps) {
            ps->props.push_back(styles_.text(std::string(e.attr("style-name", ns::text)), ps->props.back()));
        }
        return;
    case o_s:
        if (ps) {
            const int n = std::clamp(integer_value(e.attr("c", ns::text), 1), 1, max_spaces);
            append(*ps, std::string(static_cast<std::size_t>(n), ' '), false);
        }
        return;
    case o_tab:
        if (ps) append(*ps, "\t", false);
        return;
    case o_line_break:
        if (ps) append(*ps, "\n", false);
        return;
    case o_number:
        if (ps) {
            in_number_ = true;
            ps->typed_number.emplace();
        }
        return;
    case o_note: {
        document_part part;
        part.kind = e.attr("note-class", ns::text) == "endnote" ? "endnote" : "footnote";
        part.id = std::string(e.attr("id", ns::xml).empty() ? e.attr("id", ns::text) : e.attr("id", ns::xml));
        notes_.push_back(std::move(part));
        return;
    }
    case o_note_citation: skip(e); return;
    case o_note_body:
        if (!notes_.empty()) containers_.push_back(&notes_.back().blocks);
        else skip(e);
        return;
    case o_annotation: {
        document_part part;
        part.kind = "comment";
        part.id = std::string(e.attr("name", ns::office));
        notes_.push_back(std::move(part));
        containers_.push_back(&notes_.back().blocks);
        return;
    }

    case o_text_box:
        containers_.push_back(ps ? &ps->after : containers_.back());
        return;
    case o_section:
        // A section switched off keeps its text in the file but shows none.
        if (e.attr("display", ns::text) == "none") skip(e);
        return;
    case o_list: open_list(e); return;
    case o_list_item:
    case o_list_header:
        if (!lists_.empty()) {
            list_state& l = lists_.back();
            l.item_open = true;
            l.label_pending = e.tag == o_list_item;
            if (const auto v = e.attr("start-value", ns::text); !v.empty()) l.restart_at = integer_value(v, 1);
        }
        return;
    case o_table: tables_.emplace_back(); return;
    case o_table_row:
        if (!tables_.empty()) {
            table_state& t = tables_.back();
            t.t.rows.emplace_back();
            t.column = 0;
            t.covered_left = 0;
            t.row_repeat = std::clamp(integer_value(e.attr("number-rows-repeated", ns::table), 1), 1, max_row_repeat);
            t.row_text_from = text_total_;
        }
        return;
    case o_table_cell:
    case o_covered_cell:
        if (!tables_.empty() && e.parent == o_table_row) open_cell(e, e.tag == o_covered_cell);
        else skip(e);
        return;
    case o_tracked_changes:
    case o_svg_title:
    case o_svg_desc:
    case o_ruby_text:
    case o_sequence_decls:
    case o_variable_decls:
    case o_user_field_decls:
    case o_hidden_text:
    case o_hidden_paragraph:
    case o_forms:
    case o_table_of_content_source:
        skip(e);
        return;
    default: return;
    }
}

void body_reader::end(const xml_end& e) {
    if (skip_depth_ != 0) {
        if (e.depth + 1 == skip_depth_) skip_depth_ = 0;
        return;
    }
    para_state* ps = paras_.empty() ? nullptr : paras_.back().get();
    switch (e.tag) {
    case o_p:
    case o_h:
        if (ps) close_paragraph();
        return;
    case o_span:
        if (ps && ps->props.size() > 1) ps->props.pop_back();
        return;
    case o_number: in_number_ = false; return;
    case o_note_body:
    case o_annotation:
    case o_text_box:
        if (containers_.size() > 1) containers_.pop_back();
        return;
    case o_list:
        if (!lists_.empty()) lists_.pop_back();
        return;
    case o_list_item:
    case o_list_header:
        if (!lists_.empty()) {
            lists_.back().item_open = false;
            lists_.back().label_pending = false;
        }
        return;
    case o_table_cell:
        if (!tables_.empty() && e.parent == o_table_row) close_cell();
        return;
    case o_table_row:
        if (!tables_.empty()) close_row();
        return;
    case o_table:
        if (!tables_.empty()) close_table();
        return;
    default: return;
    }
}

void body_reader::text(std::string_view chars) {
    if (skip_depth_ != 0 || paras_.empty()) return;
    para_state& ps = *paras_.back();
    if (in_number_) {
        if (ps.typed_number && ps.typed_number->size() + chars.size() < 256) ps.typed_number->append(chars);
        return;
    }
    // White space in a paragraph's character data shows as one space, and
    // none at its start. A space right after text:s, text:tab or
    // text:line-break is kept, as the office suites that write them read them.
    std::size_t from = 0;
    for (std::size_t i = 0; i <= chars.size(); ++i) {
        if (i < chars.size() && !is_white(chars[i])) continue;
        if (i > from) append(ps, chars.substr(from, i - from), false);
        if (i < chars.size() && !ps.after_space) append(ps, " ", true);
        from = i + 1;
    }
}

void body_reader::begin_part(std::string kind, std::string id) {
    document_part part;
    part.kind = std::move(kind);
    part.id = std::move(id);
    notes_.push_back(std::move(part));
    containers_.push_back(&notes_.back().blocks);
}

void body_reader::end_part() {
    if (containers_.size() > 1) containers_.pop_back();
}

void body_reader::finish() {
    for (document_part& part : notes_) out_.parts.push_back(std::move(part));
    notes_.clear();
}

}  // namespace baocao::odt
