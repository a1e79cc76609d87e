// SPDX-License-Identifier: Apache-2.0
// Finding a Maildir message again after a mail client renamed it.
#include <baocao/sdk/maildir.hpp>

#include <string>
#include <system_error>

namespace baocao {

namespace {

/// The unique name of a Maildir message file: its name up to the info
/// separator ':' ("1380333600.M1P1.host:2,S" → "1380333600.M1P1.host").
std::string unique_name(const std::string& file_name) { return file_name.substr(0, file_name.find(':')); }

}  // namespace

std::optional<std::filesystem::path> maildir_message_now(const std::filesystem::path& path) {
    namespace fs = std::filesystem;
    const fs::path folder = path.parent_path();
    const std::string sub = folder.filename().string();
    if (sub != "new" && sub != "cur") return std::nullopt;
    const fs::path maildir = folder.parent_path();
    std::error_code ec;
    if (!fs::is_directory(maildir / "new", ec) || !fs::is_directory(maildir / "cur", ec)) return std::nullopt;
    const std::string wanted = unique_name(path.filename().string());
    if (wanted.empty()) return std::nullopt;
    // new/ holds the name without flags; cur/ with them, whatever they are now.
    if (fs::is_regular_file(maildir / "new" / wanted, ec)) return maildir / "new" / wanted;
    for (fs::directory_iterator it(maildir / "cur", ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (unique_name(name) == wanted && name != path.filename().string()) return it->path();
    }
    return std::nullopt;
}

}  // namespace baocao
