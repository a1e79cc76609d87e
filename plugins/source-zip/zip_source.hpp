// SPDX-License-Identifier: Apache-2.0
#pragma once
// The zip bundle source: a .zip a unit sent (several reports, folders of them).

#include <baocao/sdk/stages.hpp>

namespace baocao::plugins {

/// Opens zip bundles into their files, in memory, sorted by entry name.
/// OOXML and ODF packages (.docx, .xlsx, .odt ...) are documents, not
/// bundles: probe returns 0 for them. Setting "legacy_name_charset" (ICU
/// converter name, default "ibm-437") decodes names not marked UTF-8.
class zip_source final : public source {
public:
    /// "source-zip".
    std::string name() const override { return "source-zip"; }
    /// 60 for a zip named .zip, 50 for another zip that is no package, 40 for
    /// an unreadable file named .zip (so expand reports it), else 0.
    probe_score probe(const item& it, std::string_view head) const override;
    /// Child names are entry paths ("Báo cáo/can-loc.docx"), sanitized; folder
    /// entries, __MACOSX/ and OS junk are skipped. Per entry: encrypted →
    /// `encrypted`; bigger than max_input_bytes → `too_large`; ratio above
    /// max_compression_ratio, or the archive inflating past
    /// max_total_inflated → `zip_bomb`; damaged data → `corrupt_zip`.
    /// Throws `corrupt_zip` for a bad central directory and `zip_bomb` for
    /// more than max_zip_entries entries.
    void expand(const item& it, const context& ctx, const item_sink& emit,
                const std::function<void(const std::string&, error_code, const std::string&)>& reject) const override;
};

}  // namespace baocao::plugins
