// SPDX-License-Identifier: Apache-2.0
#pragma once
/// extract-unit: which roster unit issued a report.

#include "unit_index.hpp"

#include <baocao/sdk/stages.hpp>

#include <optional>
#include <string>

namespace baocao::unit_match {

/// How a unit was identified, or why none was.
struct identification {
    std::optional<std::size_t> unit;   ///< roster index
    std::string how;                   ///< "header", "email", "sender_name", "file_name", "subject", "place"
    std::string evidence;              ///< the text that matched
    std::string failure;               ///< the unknown_unit message when `unit` is empty
    std::string issuer;                ///< when `unit` is empty: the body the header names as the issuer, as written ("" when none)
};

/// Identifies the issuing unit, in order of trust: the header block (lowest
/// matching issuer line; a subordinate body under a roster unit is not that
/// unit), the page header, the sender's address, the sender's display name,
/// the attachment or file name, the message subject, the place of the
/// place-and-date line. See README.md.
identification identify(const unit_index& index, const document& doc, const item& it);

class unit_extractor : public extractor {
public:
    std::string name() const override { return "extract-unit"; }
    /// Builds the roster index.
    void prepare(const context& ctx) override;
    /// Sets sub.unit, or adds the problem unknown_unit and, when the header
    /// names the body that issued it, the extension "issuer" (its name as in
    /// running text, issuer_name.hpp); keeps a unit an earlier extractor set.
    void extract(const document& doc, const item& it, submission& sub, const context& ctx) const override;

private:
    unit_index index_;
};

}  // namespace baocao::unit_match
