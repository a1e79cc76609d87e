// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Writes word/document.xml (and the page-number header) of the draft.

#include "docx/docx_template.hpp"
#include "docx/xml_writer.hpp"

#include <baocao/sdk/draft.hpp>

#include <string>

namespace baocao::docx {

/// Relationship id of the page header, as document.xml.rels must name it.
inline constexpr const char* header_rel_id = "rIdHeader1";

/// True when a block gets a comment listing its sources: a body paragraph drawn from units' text.
/// Comments are numbered from 0 in document order, the same in document.xml and comments.xml.
bool has_comment(const draft::part& part, const draft::block& b);

/// word/document.xml for the draft, using the template's style ids and page setup.
std::string document_xml(const draft::document& d, const docx_template& t);

/// The same bytes as document_xml(d, t), given to `sink` in pieces.
void write_document_xml(const draft::document& d, const docx_template& t, const xml_sink& sink);

/// word/header1.xml: the page number, centred (shown from page 2 on).
std::string header_xml(const docx_template& t);

}  // namespace baocao::docx
