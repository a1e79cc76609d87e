// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Text for report.html: escaping, excerpts cut at a word, numbers and dates
/// written the Vietnamese way.

#include "vietnamese_forms.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace baocao::html {

/// `text` safe in element content and in double-quoted attribute values:
/// & < > " ' escaped; invalid UTF-8 replaced; control characters other than
/// tab and newline dropped.
std::string escape(std::string_view text);

/// At most `max_chars` code points of `text`, cut after the last whole word
/// and ended by "…" when cut; whitespace runs collapsed to one space.
std::string excerpt(std::string_view text, std::size_t max_chars);

/// 1830 → "1.830", 72.7 → "72,7", 3.25 → "3,25" (at most two decimals):
/// the page writes numbers as the draft does.
inline std::string number(double value) { return synthesis::vn_number(value); }

/// "2013-10-05" → "05/10/2013"; anything else unchanged (as in the draft).
inline std::string date_vn(std::string_view iso) { return synthesis::vn_date(iso); }

/// Unix seconds → "01/10/2013 08:15" in the given offset from UTC.
std::string date_time_vn(std::int64_t unix_seconds, int offset_minutes);

}  // namespace baocao::html
