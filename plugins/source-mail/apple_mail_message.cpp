// SPDX-License-Identifier: Apache-2.0
#include "apple_mail_message.hpp"

#include "mail_sniff.hpp"

#include <baocao/sdk/file_open.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <system_error>

namespace baocao::plugins {

namespace {

/// The length on the first line and where the line ends (after its '\n'), when it is only digits
/// (some writers pad it with spaces).
std::optional<std::pair<std::uint64_t, std::size_t>> length_line(std::string_view bytes) {
    const std::size_t nl = bytes.find('\n');
    if (nl == std::string_view::npos || nl > 24) return std::nullopt;
    std::string_view line = bytes.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line.empty() || line.size() > 15) return std::nullopt;
    std::uint64_t length = 0;
    const auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), length);
    if (ec != std::errc() || end != line.data() + line.size()) return std::nullopt;
    return std::make_pair(length, nl + 1);
}

}  // namespace

std::optional<std::size_t> emlx_message_start(std::string_view head) {
    const auto line = length_line(head);
    if (!line || !looks_like_header_block(head.substr(line->second))) return std::nullopt;
    return line->second;
}

std::optional<std::string_view> emlx_message(std::string_view bytes) {
    const auto line = length_line(bytes);
    if (!line) return std::nullopt;
    const std::string_view rest = bytes.substr(line->second);
    return rest.substr(0, static_cast<std::size_t>(std::min<std::uint64_t>(line->first, rest.size())));
}

detached_part_fn apple_mail_attachments(const std::filesystem::path& emlx, std::uint64_t max_bytes) {
    constexpr std::string_view partial = ".partial.emlx";
    const std::string name = emlx.filename().string();
    if (name.size() <= partial.size() || !name.ends_with(partial)) return {};
    const std::string id = name.substr(0, name.size() - partial.size());
    const std::filesystem::path folder = emlx.parent_path().parent_path() / "Attachments" / id;
    return [folder, max_bytes](const std::string& part_path, const std::string& file_name) -> std::optional<std::string> {
        // A part path is digits and dots; a cleaned file name one segment: nothing leaves the folder.
        const bool part_ok = !part_path.empty() &&
                             std::all_of(part_path.begin(), part_path.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
        if (!part_ok || file_name.empty() || file_name == "." || file_name == ".." ||
            file_name.find('/') != std::string::npos)
            return std::nullopt;
        std::error_code ec;
        if (const auto kept = folder / part_path / file_name; std::filesystem::is_regular_file(kept, ec))
            return read_regular_file(kept, max_bytes);
        // Its name in another normal form (a store copied from HFS+ keeps NFD): the part's folder holds one file.
        std::optional<std::filesystem::path> only;
        for (std::filesystem::directory_iterator it(folder / part_path, ec), end; !ec && it != end; it.increment(ec)) {
            if (!it->is_regular_file(ec)) continue;
            if (only) return std::nullopt;
            only = it->path();
        }
        if (!only) return std::nullopt;
        return read_regular_file(*only, max_bytes);
    };
}

}  // namespace baocao::plugins
