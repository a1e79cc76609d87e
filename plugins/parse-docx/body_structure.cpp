// SPDX-License-Identifier: Apache-2.0
#include "body_reader.hpp"

#include "body_state.hpp"

#include <baocao/sdk/error.hpp>

#include <algorithm>
#include <atomic>

namespace baocao::docx {

namespace {

/// About how many blocks recent bodies held: a body's vector is sized once
/// from it instead of growing, as each growth moves every paragraph read so
/// far. Only a capacity hint, shared by all threads; capped so that one huge
/// document cannot make the next small ones reserve much.
std::atomic<std::size_t> recent_body_blocks{0};
constexpr std::size_t max_body_reserve = 4096;

}  // namespace

// ---- stories -------------------------------------------------------------

void body_reader::open_story(std::vector<block>* target) {
    if (target == &out_.body && target->empty()) {
        const std::size_t recent = recent_body_blocks.load(std::memory_order_relaxed);
        target->reserve(std::min(recent + recent / 4, max_body_reserve));
    }
    auto f = std::make_unique<frame>();
    f->kind = frame::story;
    f->target = target;
    frames_.push_back(std::move(f));
}

void body_reader::open_part_story(std::string kind, std::string id) {
    part_ = document_part{};
    part_.kind = std::move(kind);
    part_.id = std::move(id);
    in_part_story_ = true;
    open_story(&part_.blocks);
}

void body_reader::close_story() {
    while (para_depth_ > 0) close_paragraph();
    while (frames_.size() > 1) {
        if (frames_.back()->kind == frame::table_frame) close_table();
        else close_textbox();
    }
    if (!frames_.empty()) {
        flush_carry(*frames_.back());
        if (frames_.back()->target == &out_.body) {
            const std::size_t recent = recent_body_blocks.load(std::memory_order_relaxed);
            recent_body_blocks.store((recent * 3 + std::min(out_.body.size(), max_body_reserve)) / 4,
                                     std::memory_order_relaxed);
        }
        frames_.pop_back();
    }
    if (in_part_story_) {
        out_.parts.push_back(std::move(part_));
        in_part_story_ = false;
    }
    fields_.clear();
    instr_fields_ = 0;
}

std::vector<block>& body_reader::container(frame& f) {
    switch (f.kind) {
    case frame::story: return *f.target;
    case frame::textbox: return f.own;
    case frame::table_frame: break;
    }
    // Content straight in w:tbl or w:tr (schema-invalid) gets a row and cell of its own.
    if (!f.in_row) {
        f.tbl.rows.emplace_back();
        f.in_row = true;
        f.row_removed = false;
    }
    if (!f.in_cell) {
        f.tbl.rows.back().cells.emplace_back();
        f.in_cell = true;
    }
    return f.tbl.rows.back().cells.back().blocks;
}

void body_reader::emit_block(block&& b) {
    if (frame* f = top_frame()) container(*f).push_back(std::move(b));
}

void body_reader::flush_carry(frame& f) {
    if (!f.has_carry) return;
    paragraph p;
    p.runs = std::move(f.carry);
    f.carry.clear();
    f.has_carry = false;
    container(f).emplace_back(std::move(p));
}

// ---- tables and text boxes -------------------------------------------------

void body_reader::open_table() {
    flush_carry(*frames_.back());
    auto f = std::make_unique<frame>();
    f->kind = frame::table_frame;
    frames_.push_back(std::move(f));
}

void body_reader::close_table() {
    while (para_depth_ > 0 && paras_[para_depth_ - 1]->frame_depth >= frames_.size()) close_paragraph();
    frame& f = *frames_.back();
    if (f.in_cell) flush_carry(f);
    const style_def* style = f.tbl.style_id.empty() ? ctx_.styles.default_table_style() : ctx_.styles.find(f.tbl.style_id);
    border_set merged = ctx_.styles.table_borders(style);
    for (std::size_t i = 0; i < merged.size(); ++i)
        if (f.borders[i] >= 0) merged[i] = f.borders[i];
    bool visible = f.cell_borders;
    for (std::int8_t e : merged) visible = visible || e == 1;
    f.tbl.borderless = !visible;
    table t = std::move(f.tbl);
    frames_.pop_back();
    emit_block(std::move(t));
}

void body_reader::open_textbox() {
    auto f = std::make_unique<frame>();
    f->kind = frame::textbox;
    frames_.push_back(std::move(f));
}

void body_reader::close_textbox() {
    while (para_depth_ > 0 && paras_[para_depth_ - 1]->frame_depth >= frames_.size()) close_paragraph();
    frame& f = *frames_.back();
    flush_carry(f);
    std::vector<block> blocks = std::move(f.own);
    frames_.pop_back();
    // The box's paragraphs follow the paragraph that anchors it.
    if (para_state* ps = top_para(); ps && ps->frame_depth <= frames_.size()) {
        for (block& b : blocks) ps->pending.push_back(std::move(b));
    } else {
        for (block& b : blocks) emit_block(std::move(b));
    }
}

// ---- revisions, fields, markup compatibility ----------------------------------

void body_reader::on_revision(const xml_element& e, bool insertion) {
    // Codes on revisions_: bit 1 = a marker was opened, bit 2 = deleted text is shown.
    para_state* ps = top_para();
    switch (ctx_.mode) {
    case tracked_mode::accept:
        if (!insertion) {
            skip_subtree(e);
            return;
        }
        revisions_.push_back(0);
        return;
    case tracked_mode::reject:
        if (insertion) {
            skip_subtree(e);
            return;
        }
        ++del_depth_;
        revisions_.push_back(2);
        return;
    case tracked_mode::all: {
        int code = insertion ? 0 : 2;
        if (!insertion) ++del_depth_;
        if (ps) {
            ps->b.open_marker(insertion ? "[+" : "[-", insertion ? "+]" : "-]");
            code |= 1;
        }
        revisions_.push_back(code);
        return;
    }
    }
}

void body_reader::on_field_char(const xml_element& e) {
    const std::string_view type = e.attr("fldCharType", ns::w);
    if (type == "begin") {
        fields_.push_back(0);
        ++instr_fields_;
    } else if (type == "separate") {
        if (!fields_.empty() && fields_.back() == 0) {
            fields_.back() = 1;
            --instr_fields_;
        }
    } else if (type == "end") {
        if (!fields_.empty()) {
            if (fields_.back() == 0) --instr_fields_;
            fields_.pop_back();
        }
    }
}

bool body_reader::choice_understood(const xml_element& e) const {
    std::string_view req = e.attr("Requires", ns::other);
    bool any = false;
    while (!req.empty()) {
        const auto sp = req.find(' ');
        const std::string_view prefix = req.substr(0, sp);
        req = sp == std::string_view::npos ? std::string_view{} : req.substr(sp + 1);
        if (prefix.empty()) continue;
        const std::string_view uri = namespace_of_prefix(e, prefix);
        switch (classify_namespace(uri)) {
        case ns::w: case ns::wps: case ns::wpg: case ns::wpc: case ns::wp: case ns::a: case ns::v: case ns::m:
            any = true;
            continue;
        default: break;
        }
        if (uri == "http://schemas.microsoft.com/office/word/2010/wordml" ||
            uri == "http://schemas.microsoft.com/office/word/2012/wordml" ||
            uri == "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ||
            uri == "http://schemas.microsoft.com/office/drawing/2010/main") {
            any = true;
            continue;
        }
        return false;
    }
    return any;
}

}  // namespace baocao::docx
