// SPDX-License-Identifier: Apache-2.0
#pragma once
// Opening one RFC 5322 message into its attachments.

#include <baocao/sdk/stages.hpp>

#include <optional>

namespace baocao::plugins {

/// Receives a child that cannot be extracted: its name, code and message.
using reject_fn = std::function<void(const std::string&, error_code, const std::string&)>;

/// One child a message reader could not hand back: its name, why, and the message.
struct refused_child {
    std::string name;
    error_code code;
    std::string message;
};

/// Reports `refused` through `reject`, unless the message gave nothing else
/// (`emitted` 0): then the message itself is refused (rejection_error) with
/// the first child's code, the first few children named in the message, and `sender`, so
/// that the unit that sent it is known: a child's rejection carries no sender.
void report_refused(const std::vector<refused_child>& refused, int emitted, const std::string& sender, const reject_fn& reject);

/// Where the bytes of an attachment the message holds without them are kept:
/// given its part path ("2", "1.2") and its cleaned file name, the bytes, or
/// nullopt. Apple Mail keeps an IMAP message's attachments beside it this way.
using detached_part_fn = std::function<std::optional<std::string>(const std::string& part_path, const std::string& file_name)>;

/// Parses the message in `it` (an .eml, a Maildir file, a message of an mbox,
/// a forwarded message) and emits, in MIME order, every attachment: any part
/// with a file name or an attachment disposition, and unnamed parts whose
/// bytes are a zip/OOXML or OLE2 document. Text and HTML bodies, inline
/// unnamed resources, pictures an HTML body shows (image/* with a Content-ID
/// in multipart/related, not marked attachment) and signatures are not children. message/rfc822 parts
/// are emitted whole, to come back as messages. Parts deeper than
/// max_mime_depth are rejected `too_deep`; encrypted bodies `encrypted`; a
/// message with more than max_mime_parts parts `too_large`, before parsing.
/// Throws rejection_error: `too_large`, `corrupt_mime` (no headers, or
/// nothing readable in a broken multipart), `no_attachment`.
/// A named attachment whose body is empty is looked up with `detached` when given.
void read_message(const item& it, const context& ctx, const item_sink& emit, const reject_fn& reject,
                  const detached_part_fn& detached = {});

}  // namespace baocao::plugins
