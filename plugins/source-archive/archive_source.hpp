// SPDX-License-Identifier: Apache-2.0
#pragma once
// The archive source: a RAR, 7-Zip or tar archive a unit sent (WinRAR is how
// many offices bundle their files), or one compressed file (.gz, .bz2, .xz).

#include <baocao/sdk/stages.hpp>

namespace baocao::plugins {

/// Opens RAR (4 and 5), 7-Zip and tar archives (compressed or not) into their
/// files, in memory, in the archive's order; a gzip, bzip2, xz or zstd stream
/// that holds no tar becomes its one file. Zip bundles are source-zip's.
/// Setting "legacy_name_charset" (ICU converter name, default "windows-1258")
/// decodes names an archive stores in a code page (old RAR and tar headers)
/// when they are not UTF-8.
class archive_source final : public source {
public:
    /// "source-archive".
    std::string name() const override { return "source-archive"; }
    /// 90 when the content shows one of the formats and the name agrees, 60
    /// when the name says nothing of it (an attachment named "baocao.docx"
    /// that is a RAR), else 0.
    probe_score probe(const item& it, std::string_view head) const override;
    /// Child names are entry paths, sanitized; folders, links and OS junk are
    /// not emitted (links and devices rejected, junk listed as skipped). Per
    /// entry: encrypted → `encrypted`; damaged data → `corrupt_zip` (the
    /// contract's code for a damaged archive). Throws `too_large` for an
    /// archive or an entry beyond max_input_bytes, `zip_bomb` past
    /// max_zip_entries entries, max_total_inflated bytes or
    /// max_compression_ratio times the archive's size (children already
    /// emitted are kept, the rest named in the message), `encrypted` when the
    /// list of files itself is, `corrupt_zip` when it is damaged.
    void expand(const item& it, const context& ctx, const item_sink& emit,
                const std::function<void(const std::string&, error_code, const std::string&)>& reject) const override;
};

}  // namespace baocao::plugins
