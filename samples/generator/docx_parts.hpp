// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The package parts of a .docx other than the body.

#include "docx_model.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// [Content_Types].xml; lists numbering.xml only when the package has one.
std::string content_types_xml(bool numbering, bool word_parts);
/// _rels/.rels: the office document and the two property parts.
std::string package_rels_xml();
/// word/_rels/document.xml.rels.
std::string document_rels_xml(bool numbering, bool word_parts);
/// word/styles.xml: Normal, Heading1, Heading2, Title, table styles.
std::string styles_xml(const doc_spec& doc);
/// word/numbering.xml: one multilevel list (upperRoman "%1.", decimal "%2."),
/// numId 1 and numId 2 (the same list restarted at I).
std::string numbering_xml(const doc_spec& doc);
/// word/settings.xml.
std::string settings_xml(const doc_spec& doc);
/// word/fontTable.xml, with the legacy fonts the document uses.
std::string font_table_xml(const doc_spec& doc);
/// docProps/core.xml.
std::string core_properties_xml(const doc_spec& doc);
/// docProps/app.xml.
std::string app_properties_xml();
/// word/theme/theme1.xml: the default Office theme.
std::string theme_xml();
/// word/webSettings.xml.
std::string web_settings_xml();
/// The w:latentStyles table Word writes into styles.xml.
std::string latent_styles_xml();
/// The rsid list of settings.xml: `count` values from `seed`, the same the body uses.
std::vector<std::string> revision_ids(std::uint64_t seed, std::size_t count);

}  // namespace baocao::samplegen
