// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Writes word/comments.xml: one comment per synthesized body paragraph,
/// listing its sources (unit, file, section heading), so an editor checks a
/// sentence in Word or LibreOffice without leaving the document.

#include "docx/xml_writer.hpp"

#include <baocao/sdk/draft.hpp>

#include <string>

namespace baocao::docx {

/// Number of comments the draft gets (0: no comments part is written).
std::size_t comment_count(const draft::document& d);

/// word/comments.xml, comments numbered as document_xml numbers them.
std::string comments_xml(const draft::document& d);

/// The same bytes as comments_xml(d), given to `sink` in pieces.
void write_comments_xml(const draft::document& d, const xml_sink& sink);

/// One line naming a source: "Huyện ủy Can Lộc — can-loc.docx — II. KẾT QUẢ (đoạn 3)".
std::string describe_source(const draft::source_ref& s);

}  // namespace baocao::docx
