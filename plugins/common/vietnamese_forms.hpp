// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Numbers and dates written the Vietnamese way, as the draft writes them
/// ("1.590", "72,7", "05/10/2013"), the reader of numbers written so, and
/// report text made safe to print. The draft, its figures and the page beside
/// it (report.html) share them.

#include <optional>
#include <string>
#include <string_view>

namespace baocao::synthesis {

/// "05/10/2013" from "2013-10-05"; the input unchanged when it is not an ISO date.
std::string vn_date(std::string_view iso);
/// "5/10/2013" (no zero padding, as in running text); input unchanged when not ISO.
std::string vn_date_short(std::string_view iso);

/// A number written the Vietnamese way: "." between thousands, "," before decimals (at most 2).
std::string vn_number(double value);
/// Reads a number from text such as "12", "1.234", "12,5", "12.5"; nullopt otherwise.
std::optional<double> parse_number(std::string_view text);

/// Text from a report made safe to print: invalid UTF-8 replaced (text::sanitize_utf8).
std::string clean(std::string_view text);

}  // namespace baocao::synthesis
