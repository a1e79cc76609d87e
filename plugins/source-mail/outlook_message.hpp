// SPDX-License-Identifier: Apache-2.0
#pragma once
// Outlook's own message files (.msg, [MS-OXMSG]): what Outlook for Windows
// writes when a message is saved or dragged out of it into a folder. A
// compound file whose storages hold the message's properties, its recipients
// and its attachments.

#include "message_reader.hpp"

namespace baocao::plugins {

/// Opens the .msg in `it` into its attached files, in attachment order, each
/// carrying the message's envelope: sender (its SMTP address), subject,
/// Message-ID and the time it was received: from the Internet headers Outlook
/// keeps for a received message when it has them (as read_message reads
/// them), else from the delivery time Outlook recorded, else the time it was
/// sent. The attachments of a message attached to it (Outlook's "attach an
/// item") are read in place with that message's envelope merged as a
/// forwarded message's is (merge_carried). Pictures the body shows are left
/// out; an attachment that is only a link to the sender's disk, or an OLE
/// object, is rejected `unsupported_format` saying so; an S/MIME body (one
/// application/pkcs7-mime attachment) `encrypted`.
/// Throws rejection_error: `corrupt_mime` (a damaged compound file, or none),
/// `too_large`, `no_attachment`.
void read_outlook_message(const item& it, const context& ctx, const item_sink& emit, const reject_fn& reject);

}  // namespace baocao::plugins
