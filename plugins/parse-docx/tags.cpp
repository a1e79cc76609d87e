// SPDX-License-Identifier: Apache-2.0
#include "tags.hpp"

#include <string>
#include <unordered_map>

namespace baocao::docx {

namespace {

const std::unordered_map<std::string_view, int>& w_names() {
    static const std::unordered_map<std::string_view, int> names = {
        {"document", t_document}, {"body", t_body}, {"hdr", t_hdr}, {"ftr", t_ftr},
        {"footnotes", t_footnotes}, {"footnote", t_footnote}, {"endnotes", t_endnotes},
        {"endnote", t_endnote}, {"comments", t_comments}, {"comment", t_comment},
        {"glossaryDocument", t_glossary_document},
        {"p", t_p}, {"pPr", t_ppr}, {"pStyle", t_pstyle}, {"numPr", t_numpr}, {"ilvl", t_ilvl},
        {"numId", t_numid}, {"outlineLvl", t_outline_lvl}, {"jc", t_jc}, {"sectPr", t_sectpr}, {"altChunk", t_alt_chunk},
        {"headerReference", t_header_reference}, {"footerReference", t_footer_reference},
        {"framePr", t_frame_pr},
        {"r", t_r}, {"rPr", t_rpr}, {"rStyle", t_rstyle}, {"b", t_b}, {"i", t_i}, {"u", t_u},
        {"caps", t_caps}, {"rFonts", t_rfonts}, {"cs", t_cs}, {"rtl", t_rtl},
        {"t", t_t}, {"delText", t_del_text}, {"instrText", t_instr_text},
        {"delInstrText", t_del_instr_text}, {"tab", t_tab}, {"ptab", t_ptab}, {"br", t_br},
        {"cr", t_cr}, {"softHyphen", t_soft_hyphen}, {"noBreakHyphen", t_no_break_hyphen},
        {"sym", t_sym}, {"fldChar", t_fld_char}, {"ruby", t_ruby}, {"rt", t_rt},
        {"rubyBase", t_ruby_base},
        {"fldSimple", t_fld_simple}, {"sdt", t_sdt}, {"sdtPr", t_sdt_pr}, {"sdtEndPr", t_sdt_end_pr},
        {"ins", t_ins}, {"del", t_del}, {"moveFrom", t_move_from}, {"moveTo", t_move_to},
        {"txbxContent", t_txbx_content},
        {"pPrChange", t_ppr_change}, {"rPrChange", t_rpr_change}, {"tblPrChange", t_tblpr_change},
        {"trPrChange", t_trpr_change}, {"tcPrChange", t_tcpr_change}, {"sectPrChange", t_sectpr_change},
        {"numberingChange", t_numbering_change},
        {"tbl", t_tbl}, {"tblPr", t_tblpr}, {"tblStyle", t_tbl_style}, {"tblBorders", t_tbl_borders},
        {"tblPrEx", t_tblpr_ex}, {"tr", t_tr}, {"trPr", t_trpr}, {"tc", t_tc}, {"tcPr", t_tcpr},
        {"gridSpan", t_grid_span}, {"vMerge", t_vmerge}, {"tcBorders", t_tc_borders},
        {"top", t_edge}, {"left", t_edge}, {"bottom", t_edge}, {"right", t_edge}, {"end", t_edge},
        {"insideH", t_edge}, {"insideV", t_edge},
        {"styles", t_styles}, {"docDefaults", t_doc_defaults}, {"rPrDefault", t_rpr_default},
        {"pPrDefault", t_ppr_default}, {"style", t_style}, {"name", t_name}, {"basedOn", t_based_on},
        {"numbering", t_numbering}, {"abstractNum", t_abstract_num}, {"num", t_num},
        {"abstractNumId", t_abstract_num_id}, {"lvl", t_lvl}, {"start", t_start}, {"numFmt", t_num_fmt},
        {"lvlText", t_lvl_text}, {"lvlRestart", t_lvl_restart}, {"isLgl", t_is_lgl},
        {"lvlOverride", t_lvl_override}, {"startOverride", t_start_override},
        {"numStyleLink", t_num_style_link}, {"styleLink", t_style_link},
    };
    return names;
}

}  // namespace

int classify_tag(ns space, std::string_view local) {
    if (space == ns::w) {
        const auto& names = w_names();
        const auto it = names.find(local);
        return it == names.end() ? none : it->second;
    }
    if (space == ns::mc) {
        if (local == "AlternateContent") return t_alternate_content;
        if (local == "Choice") return t_choice;
        if (local == "Fallback") return t_fallback;
        return none;
    }
    if (space == ns::m && local == "t") return t_math_text;
    return none;
}

}  // namespace baocao::docx
