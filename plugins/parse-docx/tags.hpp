// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The WordprocessingML element names the readers act on, as small integers.

#include "xml_stream.hpp"

#include <string_view>

namespace baocao::docx {

/// Element codes; `none` for every element no reader acts on.
enum tag : int {
    none = 0,
    // story containers
    t_document, t_body, t_hdr, t_ftr, t_footnotes, t_footnote, t_endnotes, t_endnote, t_comments, t_comment,
    t_glossary_document,
    // paragraphs and their properties
    t_p, t_ppr, t_pstyle, t_numpr, t_ilvl, t_numid, t_outline_lvl, t_jc, t_sectpr, t_header_reference,
    t_footer_reference, t_frame_pr,
    // runs and their properties
    t_r, t_rpr, t_rstyle, t_b, t_i, t_u, t_caps, t_rfonts, t_cs, t_rtl,
    // run content
    t_t, t_del_text, t_instr_text, t_del_instr_text, t_tab, t_ptab, t_br, t_cr, t_soft_hyphen,
    t_no_break_hyphen, t_sym, t_fld_char, t_ruby, t_rt, t_ruby_base, t_math_text,
    // pass-through containers with a meaning
    t_fld_simple, t_alt_chunk, t_sdt, t_sdt_pr, t_sdt_end_pr, t_ins, t_del, t_move_from, t_move_to, t_txbx_content,
    // revisions of properties: their content is the old formatting, never shown
    t_ppr_change, t_rpr_change, t_tblpr_change, t_trpr_change, t_tcpr_change, t_sectpr_change,
    t_numbering_change,
    // tables
    t_tbl, t_tblpr, t_tbl_style, t_tbl_borders, t_tblpr_ex, t_tr, t_trpr, t_tc, t_tcpr, t_grid_span,
    t_vmerge, t_tc_borders, t_edge,
    // styles part
    t_styles, t_doc_defaults, t_rpr_default, t_ppr_default, t_style, t_name, t_based_on,
    // numbering part
    t_numbering, t_abstract_num, t_num, t_abstract_num_id, t_lvl, t_start, t_num_fmt, t_lvl_text,
    t_lvl_restart, t_is_lgl, t_lvl_override, t_start_override, t_num_style_link, t_style_link,
    // markup compatibility
    t_alternate_content, t_choice, t_fallback,
};

/// The code of a WordprocessingML (or mc / math) element, `none` for the rest.
int classify_tag(ns space, std::string_view local);

}  // namespace baocao::docx
