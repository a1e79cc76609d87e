// SPDX-License-Identifier: Apache-2.0
#pragma once
/// extract-dates: the report's own date and how it arrived.

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/stages.hpp>

#include <optional>

namespace baocao::date_extract {

/// The date of the report's place-and-date line: the header block first
/// (table cells, tab-separated halves, plain lines), then any line of the
/// body shaped like "Place, ngày ..." (some reports date the signature
/// block instead). Dates elsewhere in the text never count.
std::optional<dates::civil_date> document_date(const document& doc);

class date_extractor : public extractor {
public:
    std::string name() const override { return "extract-dates"; }
    /// Sets document_date (or the problem no_document_date), received_at,
    /// sender, message_key and attachment_name from the envelope.
    void extract(const document& doc, const item& it, submission& sub, const context& ctx) const override;
};

}  // namespace baocao::date_extract
