// SPDX-License-Identifier: Apache-2.0
#pragma once
// The envelope a message gives its attachments.

#include <baocao/sdk/item.hpp>

#include <gmime/gmime.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace baocao::plugins {

/// The timestamp of a Received: field value (after its last ';'), unix seconds.
std::optional<std::int64_t> received_timestamp(std::string_view received_value);

/// The date text of a Received: field value (after its last ';', unfolded and
/// trimmed), "" when it gives none.
std::string received_date_text(std::string_view received_value);

/// What `msg` says about itself: sender (lower-case addr-spec of the first
/// From mailbox, else Sender), sender_name, subject (decoded, NFC),
/// message_id (without angle brackets), received_at (the topmost Received:
/// with a readable date, else Date:), message_key (Message-ID, else
/// "sha256:" + hash of the header block). attachment_name stays empty.
/// A date without a zone is read at `zone_less_offset_minutes` (the
/// reporting zone); date_problems says so, and names a date header that was
/// consulted and could not be read.
envelope read_envelope(GMimeMessage* msg, int zone_less_offset_minutes);

/// The envelope for the attachments of a message that itself came inside
/// another (forwarded as message/rfc822, or an .eml in a zip sent by mail):
/// the receipt time, sender and subject stay the carrier's, because that is
/// when and from whom the report reached the commission; the inner message's
/// own values fill only what the carrier lacks. message_id and message_key
/// are the inner message's, so its files are companions of one another.
envelope merge_carried(const envelope& carrier, const envelope& own);

}  // namespace baocao::plugins
