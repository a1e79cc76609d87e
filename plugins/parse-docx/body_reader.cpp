// SPDX-License-Identifier: Apache-2.0
#include "body_reader.hpp"

#include "body_state.hpp"

#include "symbols.hpp"
#include "tags.hpp"

#include <baocao/sdk/error.hpp>

#include <algorithm>

namespace baocao::docx {

namespace {

bool is_property_parent(int parent) { return has_flag(parent, holds_properties); }

int hex_to_int(std::string_view s) {
    int v = 0;
    for (char c : s) {
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return -1;
        v = v * 16 + d;
        if (v > 0x10FFFF) return -1;
    }
    return v;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

body_reader::body_reader(story_context& ctx, document& out, std::string part_name)
    : ctx_(ctx), out_(out), part_name_(std::move(part_name)), counters_(ctx.numbering, ctx.styles) {
    // The sets come from the flags of the tag list (tags.hpp).
    // Half of a document's elements (sizes, languages, spacing ...) mean
    // nothing here; only border edges are read by name rather than by tag.
    delivery_.untagged_parents = code_set::where([](int code) { return has_flag(code, names_children); });
    // The property containers of every paragraph and run matter only as the
    // parents of what they hold.
    delivery_.starts = code_set::where([](int code) { return !has_flag(code, parent_only); });
    // Properties and other leaves do nothing when they close; elements that
    // start a skipped subtree must not be among them (their end stops the skip).
    delivery_.ends = code_set::where([](int code) { return code != none && !has_flag(code, quiet_end); });
}

body_reader::~body_reader() = default;

int body_reader::classify(ns space, std::string_view local) const { return classify_tag(space, local); }

// ---- paragraphs ----------------------------------------------------------

void body_reader::open_paragraph() {
    if (paras_.size() <= para_depth_) paras_.push_back(std::make_unique<para_state>());
    para_state& ps = *paras_[para_depth_++];
    ps.b.reset(ctx_.limits.max_paragraph_bytes);
    ps.pstyle.clear();
    ps.direct = para_props{};
    ps.props_done = false;
    ps.numbering_suppressed = false;
    ps.style = nullptr;
    ps.base = nullptr;
    ps.mark_deleted = ps.mark_inserted = ps.drop_cap = false;
    ps.in_run = false;
    ps.nested_runs = 0;
    ps.direct_rpr = run_props{};
    ps.rstyle = nullptr;
    ps.pending.clear();
    ps.frame_depth = frames_.size();
}

void body_reader::ensure_props(para_state& ps) {
    if (ps.props_done) return;
    ps.props_done = true;
    const style_sheet& styles = ctx_.styles;
    ps.style = styles.paragraph_style(ps.pstyle);
    para_props eff = styles.paragraph_props(ps.style);
    eff.apply(ps.direct);
    paragraph& p = ps.b.para();
    p.style_id = ps.pstyle;
    if (ps.style) p.style_name = ps.style->name;
    else p.style_name.clear();
    if (eff.outline >= 0 && eff.outline <= 8) p.outline_level = eff.outline;
    else if (eff.outline == -2) p.outline_level = styles.heading_level(ps.style);
    if (eff.align_set) p.align = eff.align;
    const bool mark_removed = (ctx_.mode == tracked_mode::accept && ps.mark_deleted) ||
                              (ctx_.mode == tracked_mode::reject && ps.mark_inserted) || ps.drop_cap;
    if (eff.num_id > 0 && !mark_removed) {
        if (auto label = counters_.next(eff.num_id, eff.ilvl, ps.style ? std::string_view(ps.style->id) : std::string_view{})) {
            p.numbering_label = std::move(label->text);
            p.numbering_level = label->level;
            p.numbering_id = std::to_string(eff.num_id);
        }
    }
    ps.base = &styles.paragraph_run_props(ps.style);
}

void body_reader::close_paragraph() {
    para_state& ps = *paras_[para_depth_ - 1];
    ensure_props(ps);
    if (ps.in_run) end_run(ps);
    paragraph& p = ps.b.finish();
    ctx_.text_total += ps.b.text_bytes();
    if (ctx_.text_total > ctx_.limits.max_document_text)
        throw rejection_error(error_code::too_large, "the document's text exceeds the configured limit");
    frame* f = top_frame();
    const bool mark_removed = (ctx_.mode == tracked_mode::accept && ps.mark_deleted) ||
                              (ctx_.mode == tracked_mode::reject && ps.mark_inserted) || ps.drop_cap;
    if (f) {
        if (mark_removed) {
            // Without its mark the paragraph runs on into the next one, as Word shows it.
            for (text_run& r : p.runs) f->carry.push_back(std::move(r));
            f->has_carry = true;
        } else {
            if (f->has_carry) {
                p.runs.insert(p.runs.begin(), std::make_move_iterator(f->carry.begin()),
                              std::make_move_iterator(f->carry.end()));
                f->carry.clear();
                f->has_carry = false;
            }
            container(*f).emplace_back(std::move(p));
        }
        for (block& b : ps.pending) container(*f).push_back(std::move(b));
    }
    ps.pending.clear();
    --para_depth_;
}

void body_reader::begin_run(para_state& ps) {
    ensure_props(ps);
    ps.in_run = true;
    ps.direct_rpr = run_props{};
    ps.rstyle = nullptr;
}

void body_reader::end_run(para_state& ps) {
    ps.in_run = false;
    if (ps.b.scratch().empty()) return;
    run_props props = ps.base ? *ps.base : ctx_.styles.default_run_props();
    if (ps.rstyle) props.apply(ctx_.styles.character_run_props(ps.rstyle));
    props.apply(ps.direct_rpr);
    run_format fmt;
    fmt.bold = props.bold == tri::on;
    fmt.italic = props.italic == tri::on;
    fmt.underline = props.underline == tri::on;
    fmt.caps = props.caps == tri::on;
    fmt.font = effective_font(props, ps.b.scratch(), ctx_.theme);
    ps.b.end_run(fmt);
}

void body_reader::start_run(para_state* ps) {
    if (!ps) return;
    if (ps->in_run) ++ps->nested_runs;
    else begin_run(*ps);
}

void body_reader::start_text(const xml_element& e, para_state* ps) {
    if (!ps || !ps->in_run) return;
    in_text_ = true;
    text_preserve_ = e.attr("space", ns::xml) == "preserve";
    text_start_ = ps->b.scratch().size();
}

void body_reader::read_run_formatting(const xml_element& e, para_state& ps) {
    if (e.tag == t_rstyle) ps.rstyle = ctx_.styles.find(e.attr("val", ns::w));
    else read_run_property(e.tag, e, ps.direct_rpr, &ps.fonts, nullptr);
}

void body_reader::add_text(std::string_view s) {
    if (text_suppressed()) return;
    if (ruby_capture_) {
        ruby_text_.append(s);
        return;
    }
    para_state* ps = top_para();
    if (!ps || !ps->in_run) return;
    ps->b.append(s);
}

// ---- SAX events --------------------------------------------------------------

void body_reader::start(const xml_element& e) {
    if (skipping_) return;
    para_state* ps = top_para();
    if (start_run_element(e, ps)) return;
    if (skip_hidden_element(e)) return;
    if (start_structure(e)) return;
    if (read_properties(e, ps)) return;
    frame* f = top_frame();
    const bool in_table = f && f->kind == frame::table_frame;
    if (start_run_content_or_cell(e, ps, f, in_table)) return;
    if (in_table) read_table_property(e, *f);
}

/// Most elements belong to runs: they are taken first, in the cases where the
/// steps after would come to the same branch.
bool body_reader::start_run_element(const xml_element& e, para_state* ps) {
    const int parent = e.parent;
    const int grandparent = e.grandparent;
    switch (e.tag) {
    case t_rfonts:
    case t_b:
    case t_i:
    case t_u:
    case t_caps:
    case t_cs:
    case t_rtl:
    case t_rstyle:
        if (parent == t_rpr && grandparent == t_r) {
            if (ps && ps->in_run) read_run_formatting(e, *ps);
            return true;
        }
        break;
    case t_r:
    case t_t:
        if (parent != t_ppr && parent != t_numpr && parent != t_rpr) {
            if (e.tag == t_r) start_run(ps);
            else start_text(e, ps);
            return true;
        }
        break;
    default: break;
    }

    return false;
}

/// Elements whose whole subtree is never shown, and the tracked changes and
/// alternate content that decide whether a subtree is: true when `e` is skipped.
bool body_reader::skip_hidden_element(const xml_element& e) {
    const int parent = e.parent;
    switch (e.tag) {
    case t_glossary_document:
    case t_sdt_pr:
    case t_sdt_end_pr:
    case t_ppr_change:
    case t_rpr_change:
    case t_tblpr_change:
    case t_trpr_change:
    case t_tcpr_change:
    case t_sectpr_change:
    case t_numbering_change:
    case t_tblpr_ex:
    case t_instr_text:
    case t_del_instr_text:
        skip_subtree(e);
        return true;
    case t_del_text:
        if (del_depth_ == 0) {
            skip_subtree(e);
            return true;
        }
        break;
    case t_choice:
        if (!alternate_taken_.empty()) {
            if (alternate_taken_.back() || !choice_understood(e)) {
                skip_subtree(e);
                return true;
            }
            alternate_taken_.back() = true;
        }
        break;
    case t_fallback:
        if (!alternate_taken_.empty()) {
            if (alternate_taken_.back()) {
                skip_subtree(e);
                return true;
            }
            alternate_taken_.back() = true;
        }
        break;
    case t_footnote:
    case t_endnote: {
        const std::string_view type = e.attr("type", ns::w);
        if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") {
            skip_subtree(e);
            return true;
        }
        break;
    }
    case t_ins:
    case t_move_to:
    case t_del:
    case t_move_from:
        if (!is_property_parent(parent)) {
            on_revision(e, e.tag == t_ins || e.tag == t_move_to);
            if (skipping_) return true;
        }
        break;
    default: break;
    }

    return false;
}

/// The document's structure: roots, stories, paragraphs, tables, text boxes,
/// header references and imported chunks.
bool body_reader::start_structure(const xml_element& e) {
    const int parent = e.parent;
    const std::size_t depth_before = e.depth;

    switch (e.tag) {
    case t_document:
        saw_root_ = true;
        return true;
    case t_body:
        if (frames_.empty()) {
            open_story(&out_.body);
            story_depth_ = depth_before;
        }
        return true;
    case t_hdr:
    case t_ftr:
        saw_root_ = true;
        if (frames_.empty()) {
            open_part_story(e.tag == t_hdr ? "header" : "footer", part_name_);
            story_depth_ = depth_before;
        }
        return true;
    case t_footnotes:
    case t_endnotes:
    case t_comments:
        saw_root_ = true;
        return true;
    case t_footnote:
    case t_endnote:
    case t_comment:
        if (frames_.empty()) {
            open_part_story(e.tag == t_footnote ? "footnote" : e.tag == t_endnote ? "endnote" : "comment",
                            std::string(e.attr("id", ns::w)));
            story_depth_ = depth_before;
        }
        return true;
    case t_p:
        opened_.push_back(!frames_.empty());
        if (!frames_.empty()) open_paragraph();
        return true;
    case t_tbl:
        opened_.push_back(!frames_.empty());
        if (!frames_.empty()) open_table();
        return true;
    case t_txbx_content:
        opened_.push_back(!frames_.empty());
        if (!frames_.empty()) open_textbox();
        return true;
    case t_alternate_content:
        alternate_taken_.push_back(false);
        return true;
    case t_header_reference:
    case t_footer_reference:
        if (parent == t_sectpr) references_.emplace_back(e.attr("id", ns::r));
        return true;
    case t_alt_chunk:
        // Another part's content, imported where it stands: between blocks, never inside a paragraph.
        if (!frames_.empty() && para_depth_ == 0 && ctx_.alt_chunk) {
            if (frame* f = top_frame()) flush_carry(*f);
            for (block& b : ctx_.alt_chunk(e.attr("id", ns::r))) emit_block(std::move(b));
        }
        skip_subtree(e);
        return true;
    default: break;
    }

    return false;
}

/// Children of a paragraph's w:pPr (and its w:numPr and w:rPr) and of a run's w:rPr.
bool body_reader::read_properties(const xml_element& e, para_state* ps) {
    const int parent = e.parent;
    const int grandparent = e.grandparent;
    if (ps && !ps->props_done) {
        if (parent == t_ppr && grandparent == t_p) {
            if (e.tag == t_pstyle) {
                ps->pstyle = std::string(e.attr("val", ns::w));
            } else if (e.tag == t_frame_pr) {
                const std::string_view cap = e.attr("dropCap", ns::w);
                ps->drop_cap = cap == "drop" || cap == "margin";
            } else {
                read_para_property(e.tag, e, ps->direct);
            }
            return true;
        }
        if (parent == t_numpr && grandparent == t_ppr) {
            if (e.tag == t_numid) ps->direct.num_id = std::max(0, to_int(e.attr("val", ns::w), 0));
            else if (e.tag == t_ilvl) ps->direct.ilvl = std::clamp(to_int(e.attr("val", ns::w), 0), 0, 8);
            return true;
        }
        if (parent == t_rpr && grandparent == t_ppr) {
            if (e.tag == t_del || e.tag == t_move_from) ps->mark_deleted = true;
            else if (e.tag == t_ins || e.tag == t_move_to) ps->mark_inserted = true;
            return true;
        }
    }

    // Run properties.
    if (ps && ps->in_run && parent == t_rpr && grandparent == t_r) {
        read_run_formatting(e, *ps);
        return true;
    }

    return false;
}

/// What a run holds (text, tabs, breaks, symbols, fields, ruby) and a table's rows and cells.
bool body_reader::start_run_content_or_cell(const xml_element& e, para_state* ps, frame* f, bool in_table) {
    const int parent = e.parent;
    switch (e.tag) {
    case t_r:
        start_run(ps);
        return true;
    case t_t:
    case t_del_text:
        start_text(e, ps);
        return true;
    case t_math_text:
        if (ps) {
            if (!ps->in_run) {
                begin_run(*ps);
                implicit_run_ = true;
            }
            in_text_ = true;
            text_preserve_ = true;
            text_start_ = ps->b.scratch().size();
        }
        return true;
    case t_tab:
    case t_ptab:
        if (parent == t_r) add_text("\t");
        return true;
    case t_br:
        if (parent == t_r) {
            const std::string_view type = e.attr("type", ns::w);
            if (type != "page" && type != "column") add_text("\n");
        }
        return true;
    case t_cr:
        if (parent == t_r) add_text("\n");
        return true;
    case t_no_break_hyphen:
        if (parent == t_r) add_text("-");
        return true;
    case t_sym:
        if (parent == t_r) {
            const int cp = hex_to_int(e.attr("char", ns::w));
            if (cp > 0) add_text(symbol_to_unicode(e.attr("font", ns::w), static_cast<char32_t>(cp), false));
        }
        return true;
    case t_fld_char:
        on_field_char(e);
        return true;
    case t_ruby:
        ruby_text_.clear();
        return true;
    case t_rt:
        if (parent == t_ruby) ruby_capture_ = true;
        return true;
    case t_tr:
        if (in_table) {
            if (f->in_row) {
                ++f->extra_rows;
            } else {
                f->tbl.rows.emplace_back();
                f->in_row = true;
                f->row_removed = false;
            }
        }
        return true;
    case t_tc:
        if (in_table) {
            if (f->in_cell) {
                ++f->extra_cells;
            } else {
                if (!f->in_row) {
                    f->tbl.rows.emplace_back();
                    f->in_row = true;
                }
                f->tbl.rows.back().cells.emplace_back();
                f->in_cell = true;
            }
        }
        return true;
    default: break;
    }

    return false;
}

/// A table's style, borders, cell spans and merges, and rows removed by tracked changes.
void body_reader::read_table_property(const xml_element& e, frame& table) {
    const int parent = e.parent;
    const int grandparent = e.grandparent;
    frame* f = &table;
    if (parent == t_tblpr && e.tag == t_tbl_style) {
        f->tbl.style_id = std::string(e.attr("val", ns::w));
    } else if (parent == t_tbl_borders && grandparent == t_tblpr) {
        const int edge = border_edge_index(e.local);
        if (edge >= 0) f->borders[static_cast<std::size_t>(edge)] = border_visibility(e);
    } else if (parent == t_tc_borders) {
        if (border_edge_index(e.local) >= 0 && border_visibility(e) == 1) f->cell_borders = true;
    } else if (parent == t_tcpr && f->in_cell && f->extra_cells == 0) {
        table_cell& cell = f->tbl.rows.back().cells.back();
        if (e.tag == t_grid_span) cell.grid_span = std::clamp(to_int(e.attr("val", ns::w), 1), 1, 1000);
        else if (e.tag == t_vmerge) cell.vertical_continuation = e.attr("val", ns::w) != "restart";
    } else if (parent == t_trpr && f->in_row && f->extra_rows == 0) {
        if ((e.tag == t_del && ctx_.mode == tracked_mode::accept) || (e.tag == t_ins && ctx_.mode == tracked_mode::reject))
            f->row_removed = true;
    }
}


bool body_reader::closes_opened() {
    if (opened_.empty()) return false;
    const bool opened = opened_.back();
    opened_.pop_back();
    return opened;
}

void body_reader::end(const xml_end& closing) {
    if (skipping_) {
        // Only the end of the element that began the skip is sent at its depth.
        if (closing.depth == skip_depth_) skipping_ = false;
        return;
    }
    const int tag = closing.tag;
    const int parent = closing.parent;
    para_state* ps = top_para();
    frame* f = top_frame();

    switch (tag) {
    case t_body:
    case t_hdr:
    case t_ftr:
    case t_footnote:
    case t_endnote:
    case t_comment:
        if (!frames_.empty() && closing.depth == story_depth_) close_story();
        return;
    case t_p:
        if (closes_opened() && para_depth_ > 0) close_paragraph();
        return;
    case t_tbl:
        if (closes_opened() && f) {
            while (frames_.size() > 1 && frames_.back()->kind == frame::textbox) close_textbox();
            if (frames_.back()->kind == frame::table_frame) close_table();
        }
        return;
    case t_txbx_content:
        if (closes_opened() && f) {
            while (frames_.size() > 1 && frames_.back()->kind == frame::table_frame) close_table();
            if (frames_.back()->kind == frame::textbox) close_textbox();
        }
        return;
    case t_ppr:
        if (ps && parent == t_p) ensure_props(*ps);
        return;
    case t_r:
        if (ps) {
            if (ps->nested_runs > 0) --ps->nested_runs;
            else if (ps->in_run) end_run(*ps);
        }
        return;
    case t_t:
    case t_del_text:
    case t_math_text:
        if (in_text_ && ps) {
            if (!text_preserve_ && !ruby_capture_) {
                // Without xml:space="preserve" Word drops the leading and trailing blanks.
                std::string& s = ps->b.scratch();
                std::size_t begin = std::min(text_start_, s.size());
                std::size_t lead = begin;
                while (lead < s.size() && is_space_byte(s[lead])) ++lead;
                s.erase(begin, lead - begin);
                while (s.size() > begin && is_space_byte(s.back())) s.pop_back();
            }
            if (implicit_run_) {
                end_run(*ps);
                implicit_run_ = false;
            }
        }
        in_text_ = false;
        return;
    case t_rt:
        ruby_capture_ = false;
        return;
    case t_ruby:
        if (!ruby_text_.empty()) {
            const std::string note = " (" + ruby_text_ + ")";
            ruby_text_.clear();
            add_text(note);
        }
        return;
    case t_alternate_content:
        if (!alternate_taken_.empty()) alternate_taken_.pop_back();
        return;
    case t_ins:
    case t_move_to:
    case t_del:
    case t_move_from:
        if (!is_property_parent(parent) && !revisions_.empty()) {
            const int code = revisions_.back();
            revisions_.pop_back();
            if (code & 2) --del_depth_;
            if ((code & 1) && ps) ps->b.close_marker();
        }
        return;
    case t_tr:
        if (f && f->kind == frame::table_frame) {
            if (f->extra_rows > 0) {
                --f->extra_rows;
            } else if (f->in_row) {
                if (f->in_cell) {
                    flush_carry(*f);
                    f->in_cell = false;
                }
                f->in_row = false;
                if (f->row_removed && !f->tbl.rows.empty()) f->tbl.rows.pop_back();
                f->row_removed = false;
            }
        }
        return;
    case t_tc:
        if (f && f->kind == frame::table_frame) {
            if (f->extra_cells > 0) {
                --f->extra_cells;
            } else if (f->in_cell) {
                while (para_depth_ > 0 && paras_[para_depth_ - 1]->frame_depth >= frames_.size()) close_paragraph();
                flush_carry(*f);
                f->in_cell = false;
            }
        }
        return;
    default: return;
    }
}

void body_reader::text(std::string_view chars) {
    if (in_text_) add_text(chars);
}

}  // namespace baocao::docx
