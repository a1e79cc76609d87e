#pragma once
/// Writes word/document.xml (and the page-number header) of the draft.

#include "docx/docx_template.hpp"
#include "model/draft_model.hpp"

#include <string>

namespace baocao::docx {

/// Relationship id of the page header, as document.xml.rels must name it.
inline constexpr const char* header_rel_id = "rIdHeader1";

/// word/document.xml for the draft, using the template's style ids and page setup.
std::string document_xml(const draft::document& d, const docx_template& t);

/// word/header1.xml: the page number, centred (shown from page 2 on).
std::string header_xml(const docx_template& t);

}  // namespace baocao::docx
