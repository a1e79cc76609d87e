// SPDX-License-Identifier: Apache-2.0
// The TNEF layout ([MS-OXTNEF]): a signature, a key, then attributes, each
// a level byte, a 32-bit id (type << 16 | tag), a 32-bit length, the data
// and a 16-bit checksum. An attachment begins with attAttachRendData; its
// bytes are attAttachData, its 8.3 name attAttachTitle, and its MAPI
// properties (attAttachment) may give the long name (PidTagAttachLongFilename).
#include "tnef_reader.hpp"

#include <baocao/sdk/text.hpp>

#include <cstdint>

namespace baocao::plugins {

namespace {

constexpr std::uint32_t tnef_signature = 0x223E9F78;
constexpr std::uint8_t level_attachment = 0x02;
constexpr std::uint16_t att_attach_data = 0x800F;
constexpr std::uint16_t att_attach_title = 0x8010;
constexpr std::uint16_t att_attach_rend_data = 0x9002;
constexpr std::uint16_t att_attachment = 0x9005;
constexpr std::uint16_t pid_tag_attach_long_filename = 0x3707;
constexpr std::uint16_t pt_string8 = 0x001E;
constexpr std::uint16_t pt_unicode = 0x001F;
constexpr std::uint16_t pt_binary = 0x0102;

/// Little-endian reads over a bounded view; every read past the end fails.
class reader {
public:
    explicit reader(std::string_view data) : data_(data) {}
    bool u8(std::uint8_t& v) { return fixed(v, 1); }
    bool u16(std::uint16_t& v) { return fixed(v, 2); }
    bool u32(std::uint32_t& v) { return fixed(v, 4); }
    bool bytes(std::size_t n, std::string_view& out) {
        if (n > data_.size() - at_) return false;
        out = data_.substr(at_, n);
        at_ += n;
        return true;
    }
    bool skip(std::size_t n) {
        std::string_view ignored;
        return bytes(n, ignored);
    }
    std::size_t left() const { return data_.size() - at_; }

private:
    template <typename T>
    bool fixed(T& v, std::size_t n) {
        if (n > data_.size() - at_) return false;
        std::uint64_t x = 0;
        for (std::size_t i = 0; i < n; ++i) x |= static_cast<std::uint64_t>(static_cast<unsigned char>(data_[at_ + i])) << (8 * i);
        at_ += n;
        v = static_cast<T>(x);
        return true;
    }
    std::string_view data_;
    std::size_t at_ = 0;
};

/// A NUL-terminated 8-bit string, read as the Windows code page it mostly is (ASCII, else repaired to UTF-8).
std::string c_string(std::string_view s) {
    const std::size_t nul = s.find('\0');
    return text::sanitize_utf8(s.substr(0, nul));
}

/// A NUL-terminated UTF-16LE string as UTF-8 (surrogate pairs joined; lone ones replaced).
std::string utf16_string(std::string_view s) {
    std::string out;
    auto put = [&](char32_t c) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    };
    for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
        char32_t u = static_cast<unsigned char>(s[i]) | static_cast<unsigned char>(s[i + 1]) << 8;
        if (u == 0) break;
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < s.size()) {
            const char32_t lo = static_cast<unsigned char>(s[i + 2]) | static_cast<unsigned char>(s[i + 3]) << 8;
            if (lo >= 0xDC00 && lo < 0xE000) {
                put(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        put(u >= 0xD800 && u < 0xE000 ? 0xFFFD : u);
    }
    return out;
}

/// The long file name among an attachment's MAPI properties, "" when none.
/// Reads only as far as it understands: a property of a type it cannot
/// size ends the search.
std::string long_file_name(std::string_view props) {
    reader r(props);
    std::uint32_t count = 0;
    if (!r.u32(count)) return {};
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint16_t type = 0, id = 0;
        if (!r.u16(type) || !r.u16(id)) return {};
        const bool multi = (type & 0x1000) != 0;
        type &= 0x0FFF;
        if (id >= 0x8000) {
            // A named property: a GUID, then a kind and an id or a name.
            std::uint32_t kind = 0, value = 0;
            if (!r.skip(16) || !r.u32(kind)) return {};
            if (kind == 0) {
                if (!r.u32(value)) return {};
            } else {
                std::uint32_t length = 0;
                if (!r.u32(length) || !r.skip((length + 3) / 4 * 4)) return {};
            }
        }
        std::uint32_t values = 1;
        if (multi && !r.u32(values)) return {};
        for (std::uint32_t v = 0; v < values; ++v) {
            std::size_t fixed = 0;
            switch (type) {
            case 0x0002: case 0x000B: fixed = 4; break;             // short (padded), boolean
            case 0x0003: case 0x0004: case 0x000A: fixed = 4; break; // long, float, error
            case 0x0005: case 0x0006: case 0x0007: case 0x0014: case 0x0040: fixed = 8; break;
            case 0x0048: fixed = 16; break;                          // GUID
            case 0x000D: case pt_string8: case pt_unicode: case pt_binary: {
                if (!multi) {
                    std::uint32_t n = 0;
                    if (!r.u32(n)) return {};   // the count of values, 1
                }
                std::uint32_t length = 0;
                std::string_view data;
                if (!r.u32(length) || !r.bytes(length, data) || !r.skip((4 - length % 4) % 4)) return {};
                if (id == pid_tag_attach_long_filename && type == pt_unicode) return utf16_string(data);
                if (id == pid_tag_attach_long_filename && type == pt_string8) return c_string(data);
                continue;
            }
            default: return {};
            }
            if (!r.skip(fixed)) return {};
        }
    }
    return {};
}

}  // namespace

bool is_tnef(std::string_view data) {
    reader r(data);
    std::uint32_t signature = 0;
    return r.u32(signature) && signature == tnef_signature;
}

std::vector<tnef_attachment> read_tnef(std::string_view data, std::size_t max_files) {
    std::vector<tnef_attachment> files;
    reader r(data);
    std::uint32_t signature = 0;
    std::uint16_t key = 0;
    if (!r.u32(signature) || signature != tnef_signature || !r.u16(key)) return files;
    tnef_attachment current;
    bool open = false;
    auto close = [&] {
        if (open && !current.bytes.empty() && files.size() < max_files) files.push_back(std::move(current));
        current = {};
        open = false;
    };
    while (r.left() > 0 && files.size() < max_files) {
        std::uint8_t level = 0;
        std::uint32_t id = 0, length = 0;
        std::string_view value;
        std::uint16_t checksum = 0;
        if (!r.u8(level) || !r.u32(id) || !r.u32(length) || !r.bytes(length, value) || !r.u16(checksum)) break;
        if (level != level_attachment) continue;
        const auto tag = static_cast<std::uint16_t>(id & 0xFFFF);
        if (tag == att_attach_rend_data) {
            close();
            open = true;
        } else if (tag == att_attach_title) {
            open = true;
            if (current.name.empty()) current.name = c_string(value);
        } else if (tag == att_attach_data) {
            open = true;
            current.bytes.assign(value);
        } else if (tag == att_attachment) {
            if (std::string name = long_file_name(value); !name.empty()) current.name = std::move(name);
        }
    }
    close();
    return files;
}

}  // namespace baocao::plugins
