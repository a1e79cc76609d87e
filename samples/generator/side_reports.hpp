// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reports beside the main answer to the plan: a unit's thematic report on
/// one model, a report on another subject sent by mistake, and the short
/// report of a commune whose header shares one line between the number and
/// the place-and-date, laid out in the ways editors do it.

#include "docx_model.hpp"
#include "text_util.hpp"

#include <string>

namespace baocao::samplegen {

/// A thematic report of `unit_id` on one "Dân vận khéo" model: another title
/// and another text than its review report, answering few plan items.
doc_spec thematic_report(const std::string& unit_id, int number, const moment& date);

/// A report of `unit_id` on administrative reform: it never names the plan's
/// movement, directive or number.
doc_spec off_topic_report(const std::string& unit_id, int number, const moment& date);

/// How the commune's number and place-and-date line are laid out.
enum class header_layout {
    tab,            ///< one paragraph: "Số 09-BC/ĐU⇥Trung Lễ, ngày ..."
    spaces,         ///< one paragraph, the two halves two spaces apart
    no_break,       ///< one paragraph, no-break spaces between the halves
    two_lines,      ///< the number, then the date line right-aligned below it
};

/// The review report of the commune Trung Lễ (Đức Thọ) dated 10 September
/// 2013, its header laid out as `layout`; Word-like markup (split runs,
/// rsids) when `word_like`, else the plain runs python-docx writes.
doc_spec commune_report(header_layout layout, bool word_like);

}  // namespace baocao::samplegen
