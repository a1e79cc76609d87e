// SPDX-License-Identifier: Apache-2.0
#pragma once
// The e-mail source: single messages (.eml, Maildir files, Outlook .msg, Apple Mail .emlx) and mbox mailboxes.

#include <baocao/sdk/stages.hpp>

namespace baocao::plugins {

/// Opens an mbox into its messages (named "1", "2" ... by position, as
/// in-memory items that come back here) and a message into its attachments
/// (see read_message for which parts count and the envelope they carry).
class mail_source final : public source {
public:
    /// "source-mail".
    std::string name() const override { return "source-mail"; }
    /// mbox: 90 when named .mbox, else 80. Message recognized by its headers:
    /// 90 when named .eml, else 70. A .eml whose content is not mail: 20 (so
    /// it is rejected as corrupt_mime rather than unsupported). An Outlook
    /// .msg (a compound file named .msg): 90; another compound file: 0. Apple
    /// Mail's .emlx (a length line, then a message): 90 when named so, else 70;
    /// named .emlx without that content: 20. Else 0.
    probe_score probe(const item& it, std::string_view head) const override;
    /// Dispatches on the kind probe saw. Throws rejection_error as
    /// read_message does; for an mbox, `unreadable` on a read error, and each
    /// message over max_input_bytes is rejected `too_large` by position.
    void expand(const item& it, const context& ctx, const item_sink& emit,
                const std::function<void(const std::string&, error_code, const std::string&)>& reject) const override;
};

}  // namespace baocao::plugins
