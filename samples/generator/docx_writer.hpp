// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Serializes a doc_spec into a complete .docx package (OPC parts, styles,
/// numbering, core properties) that Word and LibreOffice open.

#include "docx_model.hpp"

#include <string>

namespace baocao::samplegen {

/// word/document.xml of `doc`.
std::string document_xml(const doc_spec& doc);

/// The .docx bytes of `doc`: deflated parts with fixed timestamps.
std::string write_docx(const doc_spec& doc);

}  // namespace baocao::samplegen
