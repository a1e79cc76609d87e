// SPDX-License-Identifier: Apache-2.0
#pragma once
/// RFC 4180 CSV text: fields quoted when needed, records ended by CRLF.

#include <string>
#include <string_view>
#include <vector>

namespace baocao::csv {

/// One field: quoted (with inner quotes doubled) when it holds a comma, a
/// quote, CR or LF, or starts or ends with a space. A field that a spreadsheet
/// would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
/// apostrophe first, since file names come from untrusted mail.
std::string field(std::string_view value);

/// One record: fields joined by commas, ended by CRLF.
std::string record(const std::vector<std::string>& values);

/// The UTF-8 byte order mark, which spreadsheet programs need to read UTF-8.
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace baocao::csv
