// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reads an RTF document (what Word, LibreOffice and WordPad save as .rtf,
/// and what e-office systems often send named .doc) into the document model:
/// the font table and style sheet, then the body with its tables, lists,
/// fields, notes, comments, page headers and footers, and the \info group's
/// properties.

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/model.hpp>

#include <string_view>

namespace baocao::rtf {

/// True when the bytes start as an RTF document does ("{\rtf").
bool is_rtf(std::string_view head);

/// Reads RTF text. Throws rejection_error with too_deep (groups nested
/// deeper than max_xml_depth) or too_large (text past max_document_text).
/// A file cut short is read as far as it goes.
document read_rtf_text(std::string_view rtf, const baocao::limits& lim);

/// Reads the item; also too_large past max_input_bytes, unreadable when the file cannot be read.
document read_rtf(const item& it, const baocao::limits& lim);

}  // namespace baocao::rtf
