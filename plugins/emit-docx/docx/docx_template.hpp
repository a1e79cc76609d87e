// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The reference document the draft is built from, as pandoc does with its
/// reference.docx: styles, settings, font table, numbering and theme are taken
/// from a template package (or the built-in defaults); the content is ours.

#include <baocao/sdk/context.hpp>

#include <array>
#include <filesystem>
#include <string>

namespace baocao::docx {

/// Every style the draft's document.xml refers to.
enum class style_role {
    normal,
    body_text,
    title,
    subtitle,
    heading1,
    heading2,
    heading3,
    heading4,
    heading5,
    strong,
    header_block,
    table_text,
    remark,
    recipients,
    signature,
    page_header,
    table_grid,
    count_
};

/// The style's name in styles.xml ("heading 1"), how templates are matched.
const char* style_name(style_role role);
/// The style id the built-in styles use ("Heading1").
const char* default_style_id(style_role role);

/// Page size and margins in twentieths of a point.
struct page_setup {
    int width = 11906;    ///< A4
    int height = 16838;
    int top = 1134;       ///< 20 mm
    int right = 851;      ///< 15 mm
    int bottom = 1134;    ///< 20 mm
    int left = 1701;      ///< 30 mm
    int header = 567;
    int footer = 567;
    int gutter = 0;
    bool landscape = false;

    /// Width between the margins.
    int text_width() const { return width - left - right - gutter; }
};

/// The parts copied into every draft, and how to refer to their styles.
struct docx_template {
    std::string styles;      ///< word/styles.xml; every role's style is present
    std::string settings;    ///< word/settings.xml, without references to parts we do not copy
    std::string font_table;  ///< word/fontTable.xml
    std::string numbering;   ///< word/numbering.xml, "" when the template has none
    std::string theme;       ///< word/theme/theme1.xml, "" when none
    page_setup page;
    std::array<std::string, static_cast<std::size_t>(style_role::count_)> style_ids;
    std::string origin;      ///< the template's path, or "built-in"

    /// The style id to write for a role.
    const std::string& id(style_role role) const { return style_ids[static_cast<std::size_t>(role)]; }
};

/// The built-in reference: Times New Roman 14 pt, A4, Party margins.
const docx_template& default_template();

/// Reads a template .docx. Styles the draft needs and the template lacks are
/// added from the built-in ones; parts that refer to other parts (images,
/// embedded fonts, attached templates) lose those references. Throws
/// std::runtime_error with a clear message when the file is not a usable .docx.
docx_template load_template(const std::filesystem::path& path, const limits& lim);

}  // namespace baocao::docx
