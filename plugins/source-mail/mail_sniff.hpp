// SPDX-License-Identifier: Apache-2.0
#pragma once
// Telling an RFC 5322 message or an mbox from its first bytes.

#include <string_view>

namespace baocao::plugins {

/// What a file holding mail is.
enum class mail_kind { none, message, mbox };

/// `text` without a leading UTF-8 byte order mark.
std::string_view skip_bom(std::string_view text);

/// True when `text` opens with lines shaped like RFC 5322 header fields
/// ("Name: value", folded continuations) including at least two well-known
/// ones (From, Date, Subject, Received, Return-Path, MIME-Version ...),
/// up to the blank line or the end of `text` (a cut last line is ignored).
bool looks_like_header_block(std::string_view text);

/// True for an mbox "From " separator line (without its line break):
/// "From " then a sender and a date with a month name, a time and a year.
bool looks_like_from_line(std::string_view line);

/// `text` without its leading lines that hold only spaces, tabs or a CR.
std::string_view skip_blank_lines(std::string_view text);

/// Classifies from the head and the lower-case extension: an mbox starts with
/// "From " followed by headers (or is named .mbox); a message starts with a
/// header block (or is named .eml, even after an mbox "From " line).
mail_kind classify_mail(std::string_view head, std::string_view extension);

}  // namespace baocao::plugins
