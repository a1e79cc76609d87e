// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The text of an HTML or XHTML page as document blocks, read with libxml2's
/// HTML parser (no network, no external entities): paragraphs, headings (their
/// outline level), list items (a bullet or number label), tables (rows and
/// cells), emphasis from b/strong/i/em. Scripts, styles and the head are not text.

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/model.hpp>

#include <string_view>
#include <vector>

namespace baocao::docx {

/// The blocks of the page. Throws rejection_error(too_large) when its text
/// passes the limits' max_document_text; elements deeper than max_xml_depth
/// are not read.
std::vector<block> html_blocks(std::string_view html, const baocao::limits& lim);

}  // namespace baocao::docx
