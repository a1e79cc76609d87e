// SPDX-License-Identifier: Apache-2.0
#pragma once
// Names of the children of a message.

#include <string>
#include <string_view>

namespace baocao::plugins {

/// A decoded attachment file name made safe: the last segment of a path some
/// clients send ("C:\fakepath\a.docx" → "a.docx"), invalid UTF-8 and control
/// characters repaired, NFC, runs of spaces collapsed, trimmed.
std::string clean_attachment_name(std::string_view decoded);

/// The file name of a forwarded message without one: "<subject>.eml" (the
/// subject cleaned, "/" and "\" replaced, at most 150 bytes), else "message.eml".
std::string message_file_name(std::string_view subject);

/// A name for an attachment that has none: "attachment-<part>" plus the
/// extension its MIME type or its first bytes imply (".docx", ".doc", ".zip" ...).
std::string generated_name(std::string_view part_path, std::string_view mime_type, std::string_view bytes);

/// True when `bytes` start with a zip (PK\3\4) or OLE2 compound file signature.
bool has_document_magic(std::string_view bytes);

}  // namespace baocao::plugins
