// SPDX-License-Identifier: Apache-2.0
#pragma once
/// An item is one input on its way through the pipeline: a file on disk, a
/// folder, or bytes a container handed back, with where it came from.

#include <baocao/sdk/problem_code.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baocao {

/// What the message that carried an item said about it. Children inherit the
/// envelope of their container unless a nested message sets its own.
struct envelope {
    std::string sender;                          ///< address only, lower case ("hu.canloc@example.vn")
    std::string sender_name;                     ///< display name, decoded
    std::string subject;                         ///< decoded
    std::string message_id;
    std::optional<std::int64_t> received_at;     ///< unix seconds: topmost Received:, else Date:
    std::string attachment_name;                 ///< decoded file name of the attachment, "" when not an attachment
    std::string message_key;                     ///< identifies the carrying message; files sharing it are companions
    /// What the carrying message's date headers got wrong (a Date: or
    /// Received: that cannot be read, a Date: without a zone), as problem
    /// codes and messages; the engine copies them to each submission it carries.
    std::vector<std::pair<problem_code, std::string>> date_problems;
};

/// One input: exactly one of `path` (on disk) or `bytes` (in memory) is set.
struct item {
    std::string source;                          ///< provenance, e.g. "inbox/a.eml#Báo cáo.docx"
    std::string name;                            ///< last name in the chain (file or attachment name)
    std::filesystem::path path;                  ///< file or folder on disk, empty for in-memory items
    std::shared_ptr<const std::string> bytes;    ///< contents when in memory
    envelope env;
    int depth = 0;                               ///< container nesting depth (0 for a command-line input)

    bool in_memory() const { return static_cast<bool>(bytes); }
    bool is_directory() const;
    /// Size in bytes (0 for folders); throws rejection_error(unreadable) if the file cannot be read.
    std::uint64_t size() const;
    /// Up to `n` leading bytes, for sniffing the type.
    std::string head(std::size_t n) const;
    /// The whole content; throws rejection_error(too_large) past `max_bytes`.
    std::string read_all(std::uint64_t max_bytes) const;
    /// The lower-case extension of `name` without the dot ("docx"), "" when none.
    std::string extension() const;
};

}  // namespace baocao
