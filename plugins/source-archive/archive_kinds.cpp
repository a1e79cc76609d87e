// SPDX-License-Identifier: Apache-2.0
#include "archive_kinds.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace baocao::plugins {

namespace {

bool starts_with_bytes(std::string_view head, std::string_view magic) {
    return head.size() >= magic.size() && head.substr(0, magic.size()) == magic;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// "r00" … "r99": the later volumes of an old multi-volume RAR set.
bool is_rar_volume_extension(std::string_view ext) {
    return ext.size() == 3 && ext[0] == 'r' && std::isdigit(static_cast<unsigned char>(ext[1])) &&
           std::isdigit(static_cast<unsigned char>(ext[2]));
}

}  // namespace

archive_kind archive_kind_of(std::string_view head) {
    using namespace std::string_view_literals;
    if (starts_with_bytes(head, "Rar!\x1A\x07\x00"sv) || starts_with_bytes(head, "Rar!\x1A\x07\x01\x00"sv))
        return archive_kind::rar;
    if (starts_with_bytes(head, "7z\xBC\xAF\x27\x1C"sv)) return archive_kind::seven_zip;
    if (head.size() >= 262 && head.substr(257, 5) == "ustar") return archive_kind::tar;
    if (starts_with_bytes(head, "\x1F\x8B\x08"sv) || starts_with_bytes(head, "BZh"sv) ||
        starts_with_bytes(head, "\xFD" "7zXZ\x00"sv) || starts_with_bytes(head, "\x28\xB5\x2F\xFD"sv))
        return archive_kind::compressed;
    return archive_kind::none;
}

bool extension_names(archive_kind kind, std::string_view extension) {
    const std::string ext = lower(extension);
    switch (kind) {
        case archive_kind::rar: return ext == "rar" || is_rar_volume_extension(ext);
        case archive_kind::seven_zip: return ext == "7z";
        case archive_kind::tar: return ext == "tar";
        case archive_kind::compressed: {
            static constexpr std::array<std::string_view, 9> names{"gz", "tgz", "bz2", "tbz", "tbz2", "xz", "txz", "zst", "tzst"};
            return std::find(names.begin(), names.end(), ext) != names.end();
        }
        case archive_kind::none: break;
    }
    return false;
}

std::string uncompressed_name(std::string_view name) {
    const auto dot = name.rfind('.');
    const auto slash = name.find_last_of("/\\");
    if (dot == std::string_view::npos || dot == 0 || (slash != std::string_view::npos && dot < slash + 2))
        return std::string(name) + ".out";
    const std::string ext = lower(name.substr(dot + 1));
    const std::string_view stem = name.substr(0, dot);
    if (ext == "tgz" || ext == "tbz" || ext == "tbz2" || ext == "txz" || ext == "tzst") return std::string(stem) + ".tar";
    if (ext == "gz" || ext == "bz2" || ext == "xz" || ext == "zst") return std::string(stem);
    return std::string(name) + ".out";
}

}  // namespace baocao::plugins
