// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Mailbox formats: an mboxrd file and a Maildir folder.

#include "text_util.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// One message for a mailbox: its envelope sender, arrival time and bytes.
struct mailbox_entry {
    std::string envelope_sender;  ///< address on the "From " separator line
    moment arrived;               ///< separator date (written in UTC, asctime form)
    std::string message;          ///< RFC 5322 bytes (CRLF or LF line ends)
};

/// An mboxrd mailbox: "From " separators, LF line ends, and every body line
/// matching ^>*From  quoted with one more '>'.
std::string write_mbox(const std::vector<mailbox_entry>& messages);

/// A Maildir file name for a message delivered at `unix_seconds` ("1380590142.M512P2210Q3.host").
std::string maildir_name(long long unix_seconds, unsigned micro, unsigned pid, unsigned seq, const std::string& host);

/// Writes a Maildir under `dir` (cur/, new/, tmp/); `cur` messages get the ":2,S" (seen) suffix.
/// Returns the paths written, relative to `dir`, in the order given.
std::vector<std::string> write_maildir(const std::filesystem::path& dir, const std::vector<std::string>& cur_names,
                                       const std::vector<std::string>& cur_messages, const std::vector<std::string>& new_names,
                                       const std::vector<std::string>& new_messages);

/// Writes `bytes` to `path`, creating parent folders; throws std::runtime_error on failure.
void write_file(const std::filesystem::path& path, const std::string& bytes);

}  // namespace baocao::samplegen
