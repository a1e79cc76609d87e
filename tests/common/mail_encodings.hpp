// SPDX-License-Identifier: Apache-2.0
#pragma once
// How mail wraps a file, written the way real clients write it, for tests and
// the hostile corpus to build messages from: base64 as MIME writes it,
// uuencode as uuencode(1) writes it, and Outlook's winmail.dat (TNEF).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

namespace baocao::testing {

/// Base64 in lines of 76 characters ended by CRLF, as MIME bodies carry it.
inline std::string base64(const std::string& in) {
    static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t col = 0;
    for (std::size_t i = 0; i < in.size(); i += 3) {
        const unsigned b0 = static_cast<unsigned char>(in[i]);
        const unsigned b1 = i + 1 < in.size() ? static_cast<unsigned char>(in[i + 1]) : 0;
        const unsigned b2 = i + 2 < in.size() ? static_cast<unsigned char>(in[i + 2]) : 0;
        out += t[b0 >> 2];
        out += t[((b0 & 3) << 4) | (b1 >> 4)];
        out += i + 1 < in.size() ? t[((b1 & 15) << 2) | (b2 >> 6)] : '=';
        out += i + 2 < in.size() ? t[b2 & 63] : '=';
        if ((col += 4) >= 76) {
            out += "\r\n";
            col = 0;
        }
    }
    return out;
}

/// `bytes` uuencoded under `name` as uuencode(1) writes it: 45 bytes a line,
/// a backquote for zero, each line ended by `line_break`.
inline std::string uuencode(const std::string& name, const std::string& bytes, const std::string& line_break = "\n") {
    auto enc = [](unsigned v) { return v == 0 ? '`' : static_cast<char>(' ' + v); };
    std::string out = "begin 644 " + name + line_break;
    for (std::size_t i = 0; i < bytes.size(); i += 45) {
        const std::size_t n = std::min<std::size_t>(45, bytes.size() - i);
        out += enc(static_cast<unsigned>(n));
        for (std::size_t k = 0; k < n; k += 3) {
            unsigned char b[3] = {0, 0, 0};
            for (std::size_t j = 0; j < 3 && k + j < n; ++j) b[j] = static_cast<unsigned char>(bytes[i + k + j]);
            out += enc(b[0] >> 2);
            out += enc(((b[0] & 3) << 4) | (b[1] >> 4));
            out += enc(((b[1] & 15) << 2) | (b[2] >> 6));
            out += enc(b[2] & 63);
        }
        out += line_break;
    }
    return out + "`" + line_break + "end" + line_break;
}

/// A TNEF stream as Outlook writes winmail.dat: a message attribute, then one
/// attachment with its rendering, short title, data and MAPI properties
/// giving the long (UTF-16) file name.
inline std::string tnef_with(const std::string& short_name, const std::u16string& long_name, const std::string& data) {
    auto u16 = [](std::string& s, unsigned v) { s += static_cast<char>(v & 0xFF); s += static_cast<char>(v >> 8 & 0xFF); };
    auto u32 = [&](std::string& s, std::uint32_t v) { u16(s, v & 0xFFFF); u16(s, v >> 16); };
    auto attribute = [&](std::string& s, std::uint8_t level, std::uint32_t id, const std::string& value) {
        s += static_cast<char>(level);
        u32(s, id);
        u32(s, static_cast<std::uint32_t>(value.size()));
        s += value;
        unsigned sum = 0;
        for (unsigned char c : value) sum += c;
        u16(s, sum & 0xFFFF);
    };
    std::string s;
    u32(s, 0x223E9F78);
    u16(s, 0x0001);
    attribute(s, 1, 0x00089006, std::string("\x00\x00\x01\x00", 4));   // attTnefVersion-like message attribute
    attribute(s, 2, 0x00069002, std::string(14, '\0'));                 // attAttachRendData
    attribute(s, 2, 0x00018010, short_name + '\0');                     // attAttachTitle
    attribute(s, 2, 0x0006800F, data);                                  // attAttachData
    std::string props;
    u32(props, 1);
    u16(props, 0x001F);
    u16(props, 0x3707);
    u32(props, 1);
    std::string name;
    for (char16_t c : long_name) u16(name, c);
    u16(name, 0);
    u32(props, static_cast<std::uint32_t>(name.size()));
    props += name;
    props.append((4 - name.size() % 4) % 4, '\0');
    attribute(s, 2, 0x00069005, props);                                 // attAttachment
    return s;
}

}  // namespace baocao::testing
