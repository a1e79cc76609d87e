// SPDX-License-Identifier: Apache-2.0
#pragma once
/// What the first bytes of a zip say about the package, without opening it:
/// the name of its first entry, and the media type an OpenDocument package
/// stores there. Sources and parsers read these from the head the core
/// sniffs, to claim or leave a package.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace baocao::plugins {

namespace zip_head_detail {
inline std::size_t le16(std::string_view s, std::size_t at) {
    return static_cast<std::size_t>(static_cast<unsigned char>(s[at])) |
           static_cast<std::size_t>(static_cast<unsigned char>(s[at + 1])) << 8;
}
}  // namespace zip_head_detail

/// The name of the zip's first local file entry ("[Content_Types].xml",
/// "mimetype"); "" when the head is no zip or is cut before the name.
inline std::string_view first_local_name(std::string_view head) {
    if (head.size() < 30 || head.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return {};
    const std::size_t size = zip_head_detail::le16(head, 26);
    if (30 + size > head.size()) return {};
    return head.substr(30, size);
}

/// The media type an OpenDocument package names in its first entry, stored
/// ("application/vnd.oasis.opendocument.text"); "" when the head shows none.
/// A streaming zip writer puts the entry's sizes in a data descriptor after
/// its data: the type then runs up to the next signature.
inline std::string_view opendocument_media_type(std::string_view head) {
    using zip_head_detail::le16;
    if (first_local_name(head) != "mimetype" || le16(head, 8) != 0) return {};
    const std::size_t from = 30 + 8 + le16(head, 28);
    if (from >= head.size()) return {};
    std::size_t size = le16(head, 18) | le16(head, 20) << 16;
    if (size == 0 && (le16(head, 6) & 0x08) != 0) {
        const std::size_t next = head.find("PK", from);
        size = std::min<std::size_t>(next == std::string_view::npos ? head.size() : next, from + 129) - from;
    }
    if (size == 0 || size > 128) return {};
    return head.substr(from, std::min<std::size_t>(size, head.size() - from));
}

/// True for the media types of OpenDocument texts (a text, a text template, a master document).
inline bool is_opendocument_text(std::string_view media_type) {
    return media_type == "application/vnd.oasis.opendocument.text" ||
           media_type == "application/vnd.oasis.opendocument.text-template" ||
           media_type == "application/vnd.oasis.opendocument.text-master";
}

}  // namespace baocao::plugins
