// SPDX-License-Identifier: Apache-2.0
#include "apple_mail_message.hpp"

#include "mail_sniff.hpp"

#include <charconv>
#include <cstdint>

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

}  // namespace baocao::plugins
