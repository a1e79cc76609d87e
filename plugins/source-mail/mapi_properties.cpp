// SPDX-License-Identifier: Apache-2.0
#include "mapi_properties.hpp"

#include "archive_entry_names.hpp"
#include "little_endian.hpp"

#include <cstdio>

namespace baocao::plugins {

namespace {

constexpr std::uint16_t type_long = 0x0003, type_boolean = 0x000B, type_string8 = 0x001E, type_unicode = 0x001F,
                        type_systime = 0x0040, type_binary = 0x0102;

std::string stream_name(std::uint16_t id, std::uint16_t type) {
    char name[32];
    std::snprintf(name, sizeof name, "__substg1.0_%04X%04X", static_cast<unsigned>(id), static_cast<unsigned>(type));
    return name;
}

std::size_t header_size(mapi_object kind) {
    switch (kind) {
        case mapi_object::message: return 32;
        case mapi_object::embedded_message: return 24;
        case mapi_object::attachment: return 8;
    }
    return 8;
}

}  // namespace

mapi_properties::mapi_properties(const compound_file& file, std::string storage, mapi_object kind, std::string message_charset)
    : file_(file), prefix_(storage.empty() ? std::string() : storage + "/"), charset_(std::move(message_charset)) {
    if (auto stream = file_.read(prefix_ + "__properties_version1.0"))
        records_ = stream->size() > header_size(kind) ? stream->substr(header_size(kind)) : std::string();
    if (kind != mapi_object::attachment) {
        auto code_page = integer(0x3FDE);                 // PR_INTERNET_CPID
        if (!code_page) code_page = integer(0x3FFD);      // PR_MESSAGE_CODEPAGE
        charset_ = charset_of_code_page(code_page);
    }
}

std::string mapi_properties::text(std::uint16_t id) const {
    if (auto wide = file_.read(prefix_ + stream_name(id, type_unicode))) {
        std::size_t length = 0;
        while (length + 1 < wide->size() && ((*wide)[length] != '\0' || (*wide)[length + 1] != '\0')) length += 2;
        return decode_legacy_name(std::string_view(*wide).substr(0, length), "UTF-16LE");
    }
    if (auto narrow = file_.read(prefix_ + stream_name(id, type_string8))) {
        const std::string_view s(*narrow);
        return decode_legacy_name(s.substr(0, s.find('\0')), charset_);
    }
    return {};
}

std::optional<std::string> mapi_properties::binary(std::uint16_t id) const {
    return file_.read(prefix_ + stream_name(id, type_binary));
}

std::optional<std::string_view> mapi_properties::fixed(std::uint16_t id, std::uint16_t type) const {
    const std::string_view all(records_);
    for (std::size_t at = 0; at + 16 <= all.size(); at += 16)
        if (u16(all, at) == type && u16(all, at + 2) == id) return all.substr(at + 8, 8);
    return std::nullopt;
}

std::optional<std::uint32_t> mapi_properties::integer(std::uint16_t id) const {
    const auto v = fixed(id, type_long);
    if (!v) return std::nullopt;
    return u32(*v, 0);
}

std::optional<bool> mapi_properties::boolean(std::uint16_t id) const {
    const auto v = fixed(id, type_boolean);
    if (!v) return std::nullopt;
    return u16(*v, 0) != 0;
}

std::optional<std::int64_t> mapi_properties::time(std::uint16_t id) const {
    const auto v = fixed(id, type_systime);
    if (!v) return std::nullopt;
    // A FILETIME: 100-nanosecond intervals since 1601-01-01 UTC.
    const std::uint64_t ticks = std::uint64_t(u32(*v, 0)) | std::uint64_t(u32(*v, 4)) << 32;
    constexpr std::uint64_t ticks_per_second = 10'000'000, seconds_1601_to_1970 = 11'644'473'600;
    const std::uint64_t seconds = ticks / ticks_per_second;
    // Before 1980 or after 2200 is no date a report was sent on: an unset or damaged value.
    if (seconds < seconds_1601_to_1970 + 315'532'800 || seconds > seconds_1601_to_1970 + 7'258'118'400) return std::nullopt;
    return static_cast<std::int64_t>(seconds - seconds_1601_to_1970);
}

std::string charset_of_code_page(std::optional<std::uint32_t> code_page) {
    if (!code_page) return "windows-1258";
    switch (*code_page) {
        case 65001: return "UTF-8";
        case 20127: return "US-ASCII";
        case 28591: return "ISO-8859-1";
        case 932: return "Shift_JIS";
        case 936: return "GBK";
        case 949: return "windows-949";
        case 950: return "Big5";
        case 874:
        case 1250: case 1251: case 1252: case 1253: case 1254: case 1255: case 1256: case 1257: case 1258:
            return "windows-" + std::to_string(*code_page);
        default: return "windows-1258";
    }
}

}  // namespace baocao::plugins
