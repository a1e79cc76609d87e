// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Serializes a doc_spec into a Word 97-2003 .doc file, as an office still on
/// Word 2003 saved its reports: the same paragraphs, runs, styles and tables
/// as the .docx write_docx makes of it, in the binary format.

#include "docx_model.hpp"

#include <string>

namespace baocao::samplegen {

/// The .doc bytes of `doc`. Paragraph styles "" (Normal), "Heading1" and
/// "Heading2" are written as the built-in styles with their outline levels;
/// runs keep bold, italic, underline, font, size and tracked changes; tables
/// get cell and row marks; automatic numbering becomes the list (PlfLst,
/// PlfLfo) numbering.xml describes. Other styles and list ids are refused
/// (std::invalid_argument) rather than written differently from the .docx.
std::string write_doc(const doc_spec& doc);

}  // namespace baocao::samplegen
