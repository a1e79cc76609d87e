// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The WordprocessingML element names the readers act on, as small integers.
/// One list, BAOCAO_DOCX_TAGS, gives the codes, the names they are known by
/// and how the body reader treats each; everything else is made from it.

#include "xml_stream.hpp"

#include <cstddef>
#include <string_view>

namespace baocao::docx {

// The parts are read through the streaming XML reader of plugins/common.
using plugins::classify_namespace;
using plugins::code_set;
using plugins::namespace_of_prefix;
using plugins::ns;
using plugins::parse_buffer;
using plugins::parse_part;
using plugins::xml_element;
using plugins::xml_end;
using plugins::xml_handler;

/// How the body reader treats an element (the last column of the list).
enum tag_flag : unsigned {
    plain = 0,
    quiet_end = 1u << 0,         ///< a property or other leaf: nothing happens when it closes
    parent_only = 1u << 1,       ///< matters only as the parent of what it holds: its start is not wanted
    holds_properties = 1u << 2,  ///< a property container: a revision mark inside it revises a property, not text
    names_children = 1u << 3,    ///< children no code names are still wanted inside it (border edges)
};

/// Every element a reader acts on: TAG(code, namespace, local name, flags)
/// gives a code and its first name; ALSO(code, namespace, local name) gives
/// one more name of the code listed just before. Codes are numbered in order.
#define BAOCAO_DOCX_TAGS(TAG, ALSO)                                                       \
    /* story containers */                                                                \
    TAG(t_document, w, "document", plain)                                                 \
    TAG(t_body, w, "body", plain)                                                         \
    TAG(t_hdr, w, "hdr", plain)                                                           \
    TAG(t_ftr, w, "ftr", plain)                                                           \
    TAG(t_footnotes, w, "footnotes", plain)                                               \
    TAG(t_footnote, w, "footnote", plain)                                                 \
    TAG(t_endnotes, w, "endnotes", plain)                                                 \
    TAG(t_endnote, w, "endnote", plain)                                                   \
    TAG(t_comments, w, "comments", plain)                                                 \
    TAG(t_comment, w, "comment", plain)                                                   \
    TAG(t_glossary_document, w, "glossaryDocument", plain)                                \
    /* paragraphs and their properties */                                                 \
    TAG(t_p, w, "p", plain)                                                               \
    TAG(t_ppr, w, "pPr", parent_only | holds_properties)                                  \
    TAG(t_pstyle, w, "pStyle", quiet_end)                                                 \
    TAG(t_numpr, w, "numPr", quiet_end | holds_properties)                                \
    TAG(t_ilvl, w, "ilvl", quiet_end)                                                     \
    TAG(t_numid, w, "numId", quiet_end)                                                   \
    TAG(t_outline_lvl, w, "outlineLvl", quiet_end)                                        \
    TAG(t_jc, w, "jc", quiet_end)                                                         \
    TAG(t_sectpr, w, "sectPr", quiet_end)                                                 \
    TAG(t_header_reference, w, "headerReference", quiet_end)                              \
    TAG(t_footer_reference, w, "footerReference", quiet_end)                              \
    TAG(t_frame_pr, w, "framePr", quiet_end)                                              \
    /* runs and their properties */                                                       \
    TAG(t_r, w, "r", plain)                                                               \
    TAG(t_rpr, w, "rPr", quiet_end | parent_only | holds_properties)                      \
    TAG(t_rstyle, w, "rStyle", quiet_end)                                                 \
    TAG(t_b, w, "b", quiet_end)                                                           \
    TAG(t_i, w, "i", quiet_end)                                                           \
    TAG(t_u, w, "u", quiet_end)                                                           \
    TAG(t_caps, w, "caps", quiet_end)                                                     \
    TAG(t_rfonts, w, "rFonts", quiet_end)                                                 \
    TAG(t_cs, w, "cs", quiet_end)                                                         \
    TAG(t_rtl, w, "rtl", quiet_end)                                                       \
    /* run content */                                                                     \
    TAG(t_t, w, "t", plain)                                                               \
    TAG(t_del_text, w, "delText", plain)                                                  \
    TAG(t_instr_text, w, "instrText", plain)                                              \
    TAG(t_del_instr_text, w, "delInstrText", plain)                                       \
    TAG(t_tab, w, "tab", quiet_end)                                                       \
    TAG(t_ptab, w, "ptab", quiet_end)                                                     \
    TAG(t_br, w, "br", quiet_end)                                                         \
    TAG(t_cr, w, "cr", quiet_end)                                                         \
    TAG(t_soft_hyphen, w, "softHyphen", quiet_end)                                        \
    TAG(t_no_break_hyphen, w, "noBreakHyphen", quiet_end)                                 \
    TAG(t_sym, w, "sym", quiet_end)                                                       \
    TAG(t_fld_char, w, "fldChar", quiet_end)                                              \
    TAG(t_ruby, w, "ruby", plain)                                                         \
    TAG(t_rt, w, "rt", plain)                                                             \
    TAG(t_ruby_base, w, "rubyBase", plain)                                                \
    TAG(t_math_text, m, "t", plain)                                                       \
    /* pass-through containers with a meaning */                                          \
    TAG(t_fld_simple, w, "fldSimple", plain)                                              \
    TAG(t_alt_chunk, w, "altChunk", plain)                                                \
    TAG(t_sdt, w, "sdt", plain)                                                           \
    TAG(t_sdt_pr, w, "sdtPr", plain)                                                      \
    TAG(t_sdt_end_pr, w, "sdtEndPr", plain)                                               \
    TAG(t_ins, w, "ins", plain)                                                           \
    TAG(t_del, w, "del", plain)                                                           \
    TAG(t_move_from, w, "moveFrom", plain)                                                \
    TAG(t_move_to, w, "moveTo", plain)                                                    \
    TAG(t_txbx_content, w, "txbxContent", plain)                                          \
    /* revisions of properties: their content is the old formatting, never shown */      \
    TAG(t_ppr_change, w, "pPrChange", plain)                                              \
    TAG(t_rpr_change, w, "rPrChange", plain)                                              \
    TAG(t_tblpr_change, w, "tblPrChange", plain)                                          \
    TAG(t_trpr_change, w, "trPrChange", plain)                                            \
    TAG(t_tcpr_change, w, "tcPrChange", plain)                                            \
    TAG(t_sectpr_change, w, "sectPrChange", plain)                                        \
    TAG(t_numbering_change, w, "numberingChange", plain)                                  \
    /* tables */                                                                          \
    TAG(t_tbl, w, "tbl", plain)                                                           \
    TAG(t_tblpr, w, "tblPr", quiet_end | holds_properties)                                \
    TAG(t_tbl_style, w, "tblStyle", quiet_end)                                            \
    TAG(t_tbl_borders, w, "tblBorders", quiet_end | names_children)                       \
    TAG(t_tblpr_ex, w, "tblPrEx", plain)                                                  \
    TAG(t_tr, w, "tr", plain)                                                             \
    TAG(t_trpr, w, "trPr", quiet_end | holds_properties)                                  \
    TAG(t_tc, w, "tc", plain)                                                             \
    TAG(t_tcpr, w, "tcPr", quiet_end | holds_properties)                                  \
    TAG(t_grid_span, w, "gridSpan", quiet_end)                                            \
    TAG(t_vmerge, w, "vMerge", quiet_end)                                                 \
    TAG(t_tc_borders, w, "tcBorders", quiet_end | names_children)                         \
    TAG(t_edge, w, "top", quiet_end)                                                      \
    ALSO(t_edge, w, "left")                                                               \
    ALSO(t_edge, w, "bottom")                                                             \
    ALSO(t_edge, w, "right")                                                              \
    ALSO(t_edge, w, "end")                                                                \
    ALSO(t_edge, w, "insideH")                                                            \
    ALSO(t_edge, w, "insideV")                                                            \
    /* styles part */                                                                     \
    TAG(t_styles, w, "styles", plain)                                                     \
    TAG(t_doc_defaults, w, "docDefaults", plain)                                          \
    TAG(t_rpr_default, w, "rPrDefault", plain)                                            \
    TAG(t_ppr_default, w, "pPrDefault", plain)                                            \
    TAG(t_style, w, "style", plain)                                                       \
    TAG(t_name, w, "name", plain)                                                         \
    TAG(t_based_on, w, "basedOn", plain)                                                  \
    /* numbering part */                                                                  \
    TAG(t_numbering, w, "numbering", plain)                                               \
    TAG(t_abstract_num, w, "abstractNum", plain)                                          \
    TAG(t_num, w, "num", plain)                                                           \
    TAG(t_abstract_num_id, w, "abstractNumId", plain)                                     \
    TAG(t_lvl, w, "lvl", plain)                                                           \
    TAG(t_start, w, "start", plain)                                                       \
    TAG(t_num_fmt, w, "numFmt", plain)                                                    \
    TAG(t_lvl_text, w, "lvlText", plain)                                                  \
    TAG(t_lvl_restart, w, "lvlRestart", plain)                                            \
    TAG(t_is_lgl, w, "isLgl", plain)                                                      \
    TAG(t_lvl_override, w, "lvlOverride", plain)                                          \
    TAG(t_start_override, w, "startOverride", plain)                                      \
    TAG(t_num_style_link, w, "numStyleLink", plain)                                       \
    TAG(t_style_link, w, "styleLink", plain)                                              \
    /* markup compatibility */                                                            \
    TAG(t_alternate_content, mc, "AlternateContent", plain)                               \
    TAG(t_choice, mc, "Choice", plain)                                                    \
    TAG(t_fallback, mc, "Fallback", plain)

#define BAOCAO_DOCX_TAG_CODE(code, space, local, flags) code,
#define BAOCAO_DOCX_TAG_NO_CODE(code, space, local)

/// Element codes; `none` for every element no reader acts on.
enum tag : int {
    none = 0,
    BAOCAO_DOCX_TAGS(BAOCAO_DOCX_TAG_CODE, BAOCAO_DOCX_TAG_NO_CODE)
    tag_count  ///< one past the last code
};

#undef BAOCAO_DOCX_TAG_CODE
#undef BAOCAO_DOCX_TAG_NO_CODE

/// One name an element is known by.
struct tag_name {
    tag code;
    ns space;
    std::string_view local;
};

#define BAOCAO_DOCX_TAG_NAME(code, space, local, flags) tag_name{code, ns::space, local},
#define BAOCAO_DOCX_TAG_OTHER_NAME(code, space, local) tag_name{code, ns::space, local},

/// Every (namespace, local name) with its code, in list order.
inline constexpr tag_name tag_names[] = {BAOCAO_DOCX_TAGS(BAOCAO_DOCX_TAG_NAME, BAOCAO_DOCX_TAG_OTHER_NAME)};

#undef BAOCAO_DOCX_TAG_NAME
#undef BAOCAO_DOCX_TAG_OTHER_NAME

#define BAOCAO_DOCX_TAG_FLAGS(code, space, local, flags) static_cast<unsigned>(flags),
#define BAOCAO_DOCX_TAG_NO_FLAGS(code, space, local)

/// Each code's flags, indexed by code (`none` has none).
inline constexpr unsigned tag_flags[] = {plain, BAOCAO_DOCX_TAGS(BAOCAO_DOCX_TAG_FLAGS, BAOCAO_DOCX_TAG_NO_FLAGS)};

#undef BAOCAO_DOCX_TAG_FLAGS
#undef BAOCAO_DOCX_TAG_NO_FLAGS

static_assert(std::size(tag_flags) == tag_count, "one flags entry per code");
static_assert(tag_count <= code_set::limit, "every code fits a code_set");

/// True when `code` is one of the list's and carries `flag`.
constexpr bool has_flag(int code, tag_flag flag) {
    return code > none && code < tag_count && (tag_flags[code] & flag) != 0;
}

/// The code of a WordprocessingML (or mc / math) element, `none` for the rest.
int classify_tag(ns space, std::string_view local);

}  // namespace baocao::docx
