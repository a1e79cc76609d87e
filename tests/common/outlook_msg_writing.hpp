// SPDX-License-Identifier: Apache-2.0
#pragma once
// Outlook .msg files for tests, laid out as [MS-OXMSG] describes them: the
// message's properties at the root, each attachment in a storage of its own,
// an attached Outlook item as a message storage inside its attachment. Written
// with the sample generator's compound-file writer.

#include "compound_file_writer.hpp"

#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace baocao::testing {

/// One MAPI object's properties: strings, binaries and fixed-size values.
class msg_properties {
public:
    /// A Unicode string property (PT_UNICODE).
    msg_properties& text(std::uint16_t id, const std::u16string& value) {
        std::string bytes;
        for (const char16_t c : value) put16(bytes, c);
        put16(bytes, 0);
        streams_[name(id, 0x001F)] = bytes;
        return *this;
    }
    /// An 8-bit string property (PT_STRING8), bytes in the message's code page.
    msg_properties& text8(std::uint16_t id, const std::string& bytes) {
        streams_[name(id, 0x001E)] = bytes + '\0';
        return *this;
    }
    /// A binary property (PT_BINARY).
    msg_properties& binary(std::uint16_t id, const std::string& bytes) {
        streams_[name(id, 0x0102)] = bytes;
        return *this;
    }
    /// A PT_LONG property.
    msg_properties& integer(std::uint16_t id, std::uint32_t value) { return fixed(id, 0x0003, value); }
    /// A PT_BOOLEAN property.
    msg_properties& boolean(std::uint16_t id, bool value) { return fixed(id, 0x000B, value ? 1 : 0); }
    /// A PT_SYSTIME property from unix seconds.
    msg_properties& time(std::uint16_t id, std::int64_t unix_seconds) {
        return fixed(id, 0x0040, (static_cast<std::uint64_t>(unix_seconds) + 11'644'473'600ull) * 10'000'000ull);
    }

    /// The streams of this object under `prefix` ("" or "storage/"), its property
    /// stream's header `header_bytes` long (32 for a message, 24 for an attached
    /// one, 8 for an attachment).
    void write_into(std::map<std::string, std::string>& out, const std::string& prefix, std::size_t header_bytes) const {
        for (const auto& [n, bytes] : streams_) out[prefix + n] = bytes;
        out[prefix + "__properties_version1.0"] = std::string(header_bytes, '\0') + records_;
    }

private:
    static void put16(std::string& s, unsigned v) {
        s += static_cast<char>(v & 0xFF);
        s += static_cast<char>(v >> 8 & 0xFF);
    }
    static std::string name(std::uint16_t id, std::uint16_t type) {
        char n[32];
        std::snprintf(n, sizeof n, "__substg1.0_%04X%04X", static_cast<unsigned>(id), static_cast<unsigned>(type));
        return n;
    }
    msg_properties& fixed(std::uint16_t id, std::uint16_t type, std::uint64_t value) {
        std::string r;
        put16(r, type);
        put16(r, id);
        put16(r, 6);   // readable and writable
        put16(r, 0);
        for (int i = 0; i < 8; ++i) r += static_cast<char>(value >> (8 * i) & 0xFF);
        records_ += r;
        return *this;
    }

    std::map<std::string, std::string> streams_;
    std::string records_;
};

/// An attachment: its own properties, and, for an attached Outlook item, that message.
struct msg_attachment {
    msg_properties properties;
    struct attached_message {
        msg_properties properties;
        std::vector<msg_attachment> attachments;
    };
    std::vector<attached_message> item;   ///< zero or one attached Outlook item
};

/// A file attachment (PR_ATTACH_METHOD 1) named `long_name` holding `data`.
inline msg_attachment file_attachment(const std::u16string& long_name, const std::string& data) {
    msg_attachment a;
    a.properties.integer(0x3705, 1).text(0x3707, long_name).text(0x3001, long_name).binary(0x3701, data);
    return a;
}

namespace detail {

inline void write_attachments(std::map<std::string, std::string>& out, const std::string& prefix,
                              const std::vector<msg_attachment>& attachments) {
    for (std::size_t i = 0; i < attachments.size(); ++i) {
        char storage[40];
        std::snprintf(storage, sizeof storage, "__attach_version1.0_#%08X/", static_cast<unsigned>(i));
        const std::string at = prefix + storage;
        attachments[i].properties.write_into(out, at, 8);
        for (const auto& m : attachments[i].item) {
            const std::string inner = at + "__substg1.0_3701000D/";
            m.properties.write_into(out, inner, 24);
            write_attachments(out, inner, m.attachments);
        }
    }
}

}  // namespace detail

/// The .msg file of a message with `properties` and `attachments`.
inline std::string outlook_msg(const msg_properties& properties, const std::vector<msg_attachment>& attachments) {
    std::map<std::string, std::string> streams;
    properties.write_into(streams, "", 32);
    detail::write_attachments(streams, "", attachments);
    return samplegen::write_compound_file(streams);
}

}  // namespace baocao::testing
