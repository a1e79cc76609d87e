// SPDX-License-Identifier: Apache-2.0
#pragma once
// Apple Mail's one-message files (.emlx, in ~/Library/Mail/V*/…/Messages/):
// the message's length in bytes on the first line, the RFC 5322 message, then
// an XML property list of Apple Mail's own (flags, the date it was received).

#include "message_reader.hpp"

#include <filesystem>
#include <optional>
#include <string_view>

namespace baocao::plugins {

/// Where the message starts in an .emlx whose first bytes are `head`: after a
/// first line of digits (the length), when a header block follows. nullopt for anything else.
std::optional<std::size_t> emlx_message_start(std::string_view head);

/// The message inside a whole .emlx `bytes`: as many bytes as the first line
/// says, after it (what is there, when the file is cut short). nullopt when
/// `bytes` does not start like an .emlx.
std::optional<std::string_view> emlx_message(std::string_view bytes);

/// For "Messages/<id>.partial.emlx" on disk (a message of an IMAP account whose
/// attachments Apple Mail keeps apart): where they are,
/// "<the folder above Messages>/Attachments/<id>/<part>/<file name>", read up
/// to `max_bytes`. Empty for any other file; an attachment not there gives nullopt.
detached_part_fn apple_mail_attachments(const std::filesystem::path& emlx, std::uint64_t max_bytes);

}  // namespace baocao::plugins
