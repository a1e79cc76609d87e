// SPDX-License-Identifier: Apache-2.0
#include "mime_writer.hpp"

#include "random.hpp"

#include <cstdio>
#include <vector>

namespace baocao::samplegen {

namespace {

const char hex_digits[] = "0123456789ABCDEF";

std::size_t utf8_length(unsigned char lead) {
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

std::string crlf_lines(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += "\r\n";
        else out += c;
    }
    return out;
}

std::string percent_encode(const std::string& utf8) {
    std::string out;
    for (unsigned char c : utf8) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex_digits[c >> 4];
            out += hex_digits[c & 15];
        }
    }
    return out;
}

std::string address(const std::string& name, const std::string& addr) {
    return encode_word_b(name) + " <" + addr + ">";
}

// Parameters of Content-Type and Content-Disposition for one attachment.
void name_params(const mail_attachment& a, std::string& type_param, std::string& disposition_param) {
    switch (a.encoding) {
        case name_encoding::rfc2047_b: {
            // One word however long: GMime 3.2 decodes only the first of several
            // encoded words inside a quoted parameter.
            const std::string w = "=?UTF-8?B?" + base64(a.file_name, 0) + "?=";
            type_param = "name=\"" + w + "\"";
            disposition_param = "filename=\"" + w + "\"";
            return;
        }
        case name_encoding::rfc2047_q: {
            const std::string w = encode_word_q(a.file_name);
            type_param = "name=\"" + w + "\"";
            disposition_param = "filename=\"" + w + "\"";
            return;
        }
        case name_encoding::outlook_cp1258: {
            const std::string w = encode_word_q(to_cp1258(a.file_name), "windows-1258");
            type_param = "name=\"" + w + "\"";
            disposition_param = "filename=\"" + w + "\"";
            return;
        }
        case name_encoding::rfc2231: {
            const std::string enc = percent_encode(a.file_name);
            type_param = "name*=UTF-8''" + enc;
            if (enc.size() <= 60) {
                disposition_param = "filename*=UTF-8''" + enc;
                return;
            }
            // Long values are split into numbered sections (RFC 2231 section 3),
            // never inside a %XX triplet.
            std::string out;
            std::size_t pos = 0;
            int part = 0;
            while (pos < enc.size()) {
                std::size_t len = std::min<std::size_t>(48, enc.size() - pos);
                while (pos + len < enc.size() && len > 2 && (enc[pos + len - 1] == '%' || enc[pos + len - 2] == '%')) --len;
                if (part > 0) out += ";\r\n\t";
                out += "filename*" + std::to_string(part) + "*=" + (part == 0 ? "UTF-8''" : "") + enc.substr(pos, len);
                pos += len;
                ++part;
            }
            disposition_param = out;
            return;
        }
        case name_encoding::plain:
            type_param = "name=\"" + a.file_name + "\"";
            disposition_param = "filename=\"" + a.file_name + "\"";
            return;
    }
}

}  // namespace

std::string encode_word_b(const std::string& utf8, const std::string& charset) {
    bool ascii = true;
    for (unsigned char c : utf8) ascii = ascii && c >= 0x20 && c < 0x7F;
    if (ascii) return utf8;
    std::string out;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        // 45 input bytes make 60 base64 characters: the word stays under 75.
        std::size_t len = 0;
        while (pos + len < utf8.size()) {
            const std::size_t step = utf8_length(static_cast<unsigned char>(utf8[pos + len]));
            if (len + step > 45) break;
            len += step;
        }
        if (!out.empty()) out += "\r\n ";
        out += "=?" + charset + "?B?" + base64(utf8.substr(pos, len), 0) + "?=";
        pos += len;
    }
    return out;
}

std::string encode_word_q(const std::string& bytes, const std::string& charset) {
    std::string out = "=?" + charset + "?Q?";
    for (unsigned char c : bytes) {
        if (c == ' ') {
            out += '_';
        } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
            out += static_cast<char>(c);
        } else {
            out += '=';
            out += hex_digits[c >> 4];
            out += hex_digits[c & 15];
        }
    }
    return out + "?=";
}

std::string to_cp1258(const std::string& utf8) {
    const std::string d = nfd(utf8);
    std::vector<char32_t> cps;
    for (std::size_t i = 0; i < d.size();) {
        const auto lead = static_cast<unsigned char>(d[i]);
        const std::size_t len = utf8_length(lead);
        char32_t cp = len == 1 ? lead : len == 2 ? (lead & 0x1F) : len == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (std::size_t k = 1; k < len && i + k < d.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(d[i + k]) & 0x3F);
        cps.push_back(cp);
        i += len;
    }
    struct combo { char32_t base, mark; unsigned char byte; };
    static const combo combos[] = {{'a', 0x302, 0xE2}, {'a', 0x306, 0xE3}, {'e', 0x302, 0xEA}, {'o', 0x302, 0xF4},
                                   {'o', 0x31B, 0xF5}, {'u', 0x31B, 0xFD}, {'A', 0x302, 0xC2}, {'A', 0x306, 0xC3},
                                   {'E', 0x302, 0xCA}, {'O', 0x302, 0xD4}, {'O', 0x31B, 0xD5}, {'U', 0x31B, 0xDD}};
    auto is_mark = [](char32_t c) { return c >= 0x300 && c <= 0x36F; };
    std::string out;
    for (std::size_t i = 0; i < cps.size();) {
        const char32_t base = cps[i++];
        std::vector<char32_t> marks;
        while (i < cps.size() && is_mark(cps[i])) marks.push_back(cps[i++]);
        // NFD puts the dot below (class 220) before the circumflex (230):
        // the vowel-quality mark is folded into the base wherever it sits.
        bool folded = false;
        for (auto it = marks.begin(); it != marks.end() && !folded; ++it)
            for (const combo& k : combos)
                if (k.base == base && k.mark == *it) {
                    out += static_cast<char>(k.byte);
                    marks.erase(it);
                    folded = true;
                    break;
                }
        if (!folded) {
            if (base == 0x111) out += static_cast<char>(0xF0);
            else if (base == 0x110) out += static_cast<char>(0xD0);
            else out += base < 0x80 ? static_cast<char>(base) : '_';
        }
        for (char32_t m : marks) {
            switch (m) {
                case 0x300: out += static_cast<char>(0xCC); break;
                case 0x301: out += static_cast<char>(0xEC); break;
                case 0x303: out += static_cast<char>(0xDE); break;
                case 0x309: out += static_cast<char>(0xD2); break;
                case 0x323: out += static_cast<char>(0xF2); break;
                default: break;
            }
        }
    }
    return out;
}

std::string quoted_printable(const std::string& utf8) {
    std::string out;
    std::size_t col = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n') {
            out += "\r\n";
            col = 0;
            continue;
        }
        std::string piece;
        const bool trailing_space = c == ' ' && (i + 1 == utf8.size() || utf8[i + 1] == '\n');
        if ((c >= 33 && c <= 126 && c != '=') || (c == ' ' && !trailing_space)) {
            piece = static_cast<char>(c);
        } else {
            piece = {'=', hex_digits[c >> 4], hex_digits[c & 15]};
        }
        if (col + piece.size() > 75) {
            out += "=\r\n";
            col = 0;
        }
        out += piece;
        col += piece.size();
    }
    return out;
}

std::string write_message(const mail_message& m) {
    random_source rng(m.boundary_seed);
    char boundary[64];
    std::snprintf(boundary, sizeof boundary, "----=_NextPart_000_%04llX_%08llX.%08llX",
                  static_cast<unsigned long long>(rng.next() & 0xFFFF), static_cast<unsigned long long>(rng.next() & 0xFFFFFFFF),
                  static_cast<unsigned long long>(rng.next() & 0xFFFFFFFF));
    std::string h;
    for (const mail_hop& hop : m.received)
        h += "Received: from " + hop.from_host + "\r\n\tby " + hop.by_host + " with ESMTP id " +
             std::to_string(rng.next() % 900000000 + 100000000) + ";\r\n\t" + hop.when.rfc5322() + "\r\n";
    h += "Message-ID: <" + m.message_id + ">\r\n";
    h += "From: " + address(m.from_name, m.from_address) + "\r\n";
    h += "To: " + address(m.to_name, m.to_address) + "\r\n";
    h += "Subject: " + encode_word_b(m.subject) + "\r\n";
    h += "Date: " + m.date.rfc5322() + "\r\n";
    h += "MIME-Version: 1.0\r\n";
    h += "X-Mailer: " + m.mailer + "\r\n";
    const std::string body_part = std::string("Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: ") +
                                  (m.body_8bit ? "8bit\r\n\r\n" + crlf_lines(m.body) : "quoted-printable\r\n\r\n" + quoted_printable(m.body)) +
                                  "\r\n";
    if (m.attachments.empty()) {
        h += body_part;
        return h;
    }
    h += std::string("Content-Type: multipart/mixed;\r\n\tboundary=\"") + boundary + "\"\r\n\r\n";
    h += "This is a multi-part message in MIME format.\r\n\r\n";
    h += std::string("--") + boundary + "\r\n" + body_part + "\r\n";
    for (const mail_attachment& a : m.attachments) {
        std::string type_param, disposition_param;
        name_params(a, type_param, disposition_param);
        h += std::string("--") + boundary + "\r\n";
        h += "Content-Type: " + a.content_type + ";\r\n\t" + type_param + "\r\n";
        h += "Content-Transfer-Encoding: base64\r\n";
        h += "Content-Disposition: attachment;\r\n\t" + disposition_param + "\r\n\r\n";
        h += base64(a.data) + "\r\n\r\n";
    }
    h += std::string("--") + boundary + "--\r\n";
    return h;
}

}  // namespace baocao::samplegen
