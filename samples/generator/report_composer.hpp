// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Composes a unit's review report answering plan 99-KH/TU from the phrase
/// bank, in the shape, numbering and encoding the options ask for.

#include "report_builder.hpp"
#include "report_model.hpp"

#include <string>

namespace baocao::samplegen {

/// The whole report: header, title, body sections, closing, signature.
composed_report compose_report(const report_options& opt);

/// "Can Lộc, ngày 28 tháng 9 năm 2013" for the options' date.
std::string date_line(const report_options& opt, const std::string& place);
/// Appends the header block (issuer, number, national title, date line).
void add_header(report_builder& b, const std::string& number_text);
/// Appends "BÁO CÁO" and the summary line.
void add_title(report_builder& b);
/// Appends the recipients and the signature block.
void add_signature(report_builder& b);

}  // namespace baocao::samplegen
