// SPDX-License-Identifier: Apache-2.0
#pragma once
// Test messages: a small MIME message carrying a .docx made on the spot.

#include <cstddef>
#include <string>

namespace baocao::testing {

/// A minimal valid .docx (stored zip) whose body says `text`, padded with
/// `filler_bytes` of incompressible data in word/media/ to make it larger.
std::string make_docx(const std::string& text, std::size_t filler_bytes = 0);

/// A multipart message from a unit with the .docx attached (base64), a fixed
/// Date derived from `n`, Message-ID <report-N@units.test> and a body line
/// that starts with "." (POP3 dot-stuffing). LF line ends, as in a Maildir.
std::string make_report_message(int n, std::size_t filler_bytes = 0);

/// The text with CRLF line ends turned into LF.
std::string to_lf(const std::string& text);

}  // namespace baocao::testing
