// SPDX-License-Identifier: Apache-2.0
#pragma once
// The folder source: a folder (a Maildir included) opens into its files.

#include <baocao/sdk/stages.hpp>

namespace baocao::plugins {

/// Walks a folder recursively and emits every file in it, sorted bytewise by
/// path relative to the folder. Follows symbolic links but never around a
/// loop; OS junk (see is_os_junk) is skipped; anything else it cannot read
/// (broken links, permissions, fifos, devices) is rejected as `unreadable`.
class fs_source final : public source {
public:
    /// "source-fs".
    std::string name() const override { return "source-fs"; }
    /// 100 for a folder on disk, 0 for anything else.
    probe_score probe(const item& it, std::string_view head) const override;
    /// Children carry name = relative path ("sub/a.docx"), path, and
    /// source = parent source + "/" + relative path; they inherit the envelope.
    void expand(const item& it, const context& ctx, const item_sink& emit,
                const std::function<void(const std::string&, error_code, const std::string&)>& reject) const override;
};

}  // namespace baocao::plugins
