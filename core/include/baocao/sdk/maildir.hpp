// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A Maildir message moves while a run reads it: a mail client that marks it
/// read renames new/<unique> to cur/<unique>:2,S, and changing its flags
/// renames it within cur/. Its unique name, the part before ':', stays.

#include <filesystem>
#include <optional>

namespace baocao {

/// Where the Maildir message that was at `path` is now: the file in the same
/// Maildir's new/ or cur/ whose unique name is `path`'s. nullopt when `path`
/// is not in a Maildir's new/ or cur/, or no message of that name is there.
std::optional<std::filesystem::path> maildir_message_now(const std::filesystem::path& path);

}  // namespace baocao
