// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The OpenDocument element names the readers act on, as small integers.

#include <xml_stream.hpp>

#include <charconv>
#include <string_view>

namespace baocao::odt {

using plugins::ns;
using plugins::xml_element;
using plugins::xml_end;
using plugins::xml_handler;

enum odf_tag : int {
    o_other = 0,
    // office:
    o_styles, o_automatic_styles, o_master_styles, o_body, o_annotation,
    o_forms, o_meta,
    // style:
    o_style, o_default_style, o_font_face, o_paragraph_properties, o_text_properties, o_table_cell_properties,
    o_master_page, o_header, o_header_left, o_header_first, o_footer, o_footer_left, o_footer_first,
    // text: lists and outline
    o_list_style, o_outline_style, o_list_level_style_number, o_list_level_style_bullet, o_list_level_style_image,
    o_outline_level_style,
    // text: body
    o_p, o_h, o_span, o_s, o_tab, o_line_break, o_list, o_list_item, o_list_header,
    o_number, o_note, o_note_citation, o_note_body, o_tracked_changes, o_section, o_ruby_text,
    o_sequence_decls, o_variable_decls, o_user_field_decls, o_hidden_text, o_hidden_paragraph, o_table_of_content_source,
    // table:
    o_table, o_table_row, o_table_cell, o_covered_cell,
    // draw: and svg:
    o_text_box, o_svg_title, o_svg_desc,
    // meta and dc
    o_title, o_subject, o_creator, o_initial_creator, o_creation_date, o_date,
};

/// An integer attribute's value (text:level, table:number-columns-spanned …), `fallback` when it is none.
inline int integer_value(std::string_view v, int fallback) {
    int out = fallback;
    const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    return ec == std::errc() ? out : fallback;
}

/// The code of an element, o_other for one the readers pass through.
inline int classify_odf(ns space, std::string_view local) {
    struct entry {
        ns space;
        std::string_view local;
        odf_tag tag;
    };
    static constexpr entry table[] = {
        {ns::office, "styles", o_styles},
        {ns::office, "automatic-styles", o_automatic_styles}, {ns::office, "master-styles", o_master_styles},
        {ns::office, "body", o_body}, {ns::office, "annotation", o_annotation},
        {ns::office, "forms", o_forms}, {ns::office, "meta", o_meta},
        {ns::style, "style", o_style}, {ns::style, "default-style", o_default_style},
        {ns::style, "font-face", o_font_face}, {ns::style, "paragraph-properties", o_paragraph_properties},
        {ns::style, "text-properties", o_text_properties}, {ns::style, "table-cell-properties", o_table_cell_properties},
        {ns::style, "master-page", o_master_page}, {ns::style, "header", o_header}, {ns::style, "header-left", o_header_left},
        {ns::style, "header-first", o_header_first}, {ns::style, "footer", o_footer}, {ns::style, "footer-left", o_footer_left},
        {ns::style, "footer-first", o_footer_first},
        {ns::text, "list-style", o_list_style}, {ns::text, "outline-style", o_outline_style},
        {ns::text, "list-level-style-number", o_list_level_style_number},
        {ns::text, "list-level-style-bullet", o_list_level_style_bullet},
        {ns::text, "list-level-style-image", o_list_level_style_image},
        {ns::text, "outline-level-style", o_outline_level_style},
        {ns::text, "p", o_p}, {ns::text, "h", o_h}, {ns::text, "span", o_span},
        {ns::text, "s", o_s}, {ns::text, "tab", o_tab}, {ns::text, "line-break", o_line_break},
        {ns::text, "list", o_list},
        {ns::text, "list-item", o_list_item}, {ns::text, "list-header", o_list_header}, {ns::text, "number", o_number},
        {ns::text, "note", o_note}, {ns::text, "note-citation", o_note_citation}, {ns::text, "note-body", o_note_body},
        {ns::text, "tracked-changes", o_tracked_changes}, {ns::text, "section", o_section},
        {ns::text, "ruby-text", o_ruby_text}, {ns::text, "sequence-decls", o_sequence_decls},
        {ns::text, "variable-decls", o_variable_decls}, {ns::text, "user-field-decls", o_user_field_decls},
        {ns::text, "hidden-text", o_hidden_text}, {ns::text, "hidden-paragraph", o_hidden_paragraph},
        {ns::text, "table-of-content-source", o_table_of_content_source},
        {ns::table, "table", o_table}, {ns::table, "table-row", o_table_row}, {ns::table, "table-cell", o_table_cell},
        {ns::table, "covered-table-cell", o_covered_cell},
        {ns::draw, "text-box", o_text_box},
        {ns::svg, "title", o_svg_title}, {ns::svg, "desc", o_svg_desc},
        {ns::dc, "title", o_title}, {ns::dc, "subject", o_subject}, {ns::dc, "creator", o_creator},
        {ns::meta, "initial-creator", o_initial_creator}, {ns::meta, "creation-date", o_creation_date},
        {ns::dc, "date", o_date},
    };
    for (const entry& e : table)
        if (e.space == space && e.local == local) return e.tag;
    return o_other;
}

}  // namespace baocao::odt
