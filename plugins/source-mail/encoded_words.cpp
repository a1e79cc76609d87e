// SPDX-License-Identifier: Apache-2.0
// RFC 2047 encoded words and RFC 2045 parameters, read from the raw header.
#include "encoded_words.hpp"

#include <baocao/sdk/text.hpp>

#include <cctype>
#include <vector>

namespace baocao::plugins {

namespace {

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

int base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

std::string decode_base64(std::string_view in) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : in) {
        const int v = base64_value(c);
        if (v < 0) continue;  // padding and stray characters
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::string decode_q(std::string_view in) {
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '_') {
            out += ' ';
        } else if (in[i] == '=' && i + 2 < in.size() && text::hex_digit_value(in[i + 1]) >= 0 && text::hex_digit_value(in[i + 2]) >= 0) {
            out += static_cast<char>(text::hex_digit_value(in[i + 1]) * 16 + text::hex_digit_value(in[i + 2]));
            i += 2;
        } else {
            out += in[i];
        }
    }
    return out;
}

/// Bytes in `charset` to UTF-8; bytes iconv cannot convert become U+FFFD.
std::string to_utf8(const std::string& bytes, const std::string& charset) {
    if (iequals(charset, "utf-8") || iequals(charset, "us-ascii")) return bytes;
    gsize written = 0;
    gchar* converted = g_convert_with_fallback(bytes.data(), static_cast<gssize>(bytes.size()), "UTF-8",
                                               charset.c_str(), "\xEF\xBF\xBD", nullptr, &written, nullptr);
    if (!converted) return bytes;  // unknown charset: keep the bytes; the caller repairs invalid UTF-8
    std::string out(converted, written);
    g_free(converted);
    return out;
}

/// True when iconv converts from `charset`.
bool iconv_knows(const std::string& charset) {
    GIConv cd = g_iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<GIConv>(-1)) return false;
    g_iconv_close(cd);
    return true;
}


/// RFC 2231 bytes in `charset` to UTF-8, the same under every locale.
std::string rfc2231_to_utf8(const std::string& bytes, const std::string& charset) {
    const bool utf8 = charset.empty() || iequals(charset, "utf-8") || iequals(charset, "utf8") ||
                      iequals(charset, "us-ascii");
    if (!utf8 && iconv_knows(charset)) return text::sanitize_utf8(to_utf8(bytes, charset));
    if (text::is_valid_utf8(bytes)) return bytes;
    if (!utf8) return text::sanitize_utf8(to_utf8(bytes, "windows-1258"));
    return text::sanitize_utf8(bytes);
}

struct encoded_word {
    std::size_t begin, end;  // the whole =?...?= in the input
    std::string charset;
    std::string bytes;       // the decoded payload, still in `charset`
};

/// The encoded word starting at `at`, if one does.
std::optional<encoded_word> word_at(std::string_view s, std::size_t at) {
    if (s.substr(at, 2) != "=?") return std::nullopt;
    const auto q1 = s.find('?', at + 2);
    if (q1 == std::string_view::npos || q1 + 2 >= s.size() || s[q1 + 2] != '?') return std::nullopt;
    const char encoding = static_cast<char>(std::toupper(static_cast<unsigned char>(s[q1 + 1])));
    if (encoding != 'B' && encoding != 'Q') return std::nullopt;
    const auto close = s.find("?=", q1 + 3);
    if (close == std::string_view::npos) return std::nullopt;
    std::string charset(s.substr(at + 2, q1 - at - 2));
    if (const auto star = charset.find('*'); star != std::string::npos) charset.resize(star);  // RFC 2231 language
    const auto payload = s.substr(q1 + 3, close - q1 - 3);
    return encoded_word{at, close + 2, charset, encoding == 'B' ? decode_base64(payload) : decode_q(payload)};
}

std::string raw_header_value(GMimeObject* obj, const char* header) {
    GMimeHeaderList* list = g_mime_object_get_header_list(obj);
    if (!list) return {};
    GMimeHeader* h = g_mime_header_list_get_header(list, header);
    if (!h) return {};
    const char* raw = g_mime_header_get_raw_value(h);
    return raw ? raw : "";
}

}  // namespace

std::optional<std::string> raw_parameter(std::string_view raw, std::string_view name) {
    std::size_t i = raw.find(';');
    while (i != std::string_view::npos && i < raw.size()) {
        ++i;
        while (i < raw.size() && is_space(raw[i])) ++i;
        std::size_t key_end = i;
        while (key_end < raw.size() && raw[key_end] != '=' && raw[key_end] != ';' && !is_space(raw[key_end])) ++key_end;
        const auto key = raw.substr(i, key_end - i);
        std::size_t eq = key_end;
        while (eq < raw.size() && is_space(raw[eq])) ++eq;
        if (eq >= raw.size() || raw[eq] != '=') {
            i = raw.find(';', key_end);
            continue;
        }
        std::size_t v = eq + 1;
        while (v < raw.size() && is_space(raw[v])) ++v;
        std::string value;
        std::size_t next;
        if (v < raw.size() && raw[v] == '"') {
            std::size_t j = v + 1;
            for (; j < raw.size() && raw[j] != '"'; ++j) {
                if (raw[j] == '\\' && j + 1 < raw.size()) ++j;
                if (raw[j] == '\r' || raw[j] == '\n') continue;  // unfolding
                value += raw[j];
            }
            next = raw.find(';', j);
        } else {
            next = raw.find(';', v);
            value = std::string(raw.substr(v, (next == std::string_view::npos ? raw.size() : next) - v));
            while (!value.empty() && is_space(value.back())) value.pop_back();
        }
        if (iequals(key, name)) return value;
        i = next;
    }
    return std::nullopt;
}

std::string decode_encoded_words(std::string_view s) {
    std::string out;
    std::string pending_bytes, pending_charset;
    auto flush = [&] {
        if (!pending_bytes.empty()) out += to_utf8(pending_bytes, pending_charset);
        pending_bytes.clear();
        pending_charset.clear();
    };
    std::size_t i = 0;
    while (i < s.size()) {
        auto word = word_at(s, i);
        if (!word) {
            // White space between two encoded words is not part of the text.
            std::size_t j = i;
            while (j < s.size() && is_space(s[j])) ++j;
            if (j > i && !pending_bytes.empty() && word_at(s, j)) {
                i = j;
                continue;
            }
            flush();
            out += s[i] == '\r' || s[i] == '\n' ? ' ' : s[i];
            ++i;
            continue;
        }
        if (!pending_bytes.empty() && !iequals(word->charset, pending_charset)) flush();
        pending_charset = word->charset;
        pending_bytes += word->bytes;
        i = word->end;
    }
    flush();
    return out;
}

std::optional<std::string> rfc2231_parameter(std::string_view raw, std::string_view name) {
    std::string charset;
    // charset'language'value: the charset and language only open the first section.
    auto opening = [&](const std::string& value) {
        const auto q1 = value.find('\'');
        const auto q2 = q1 == std::string::npos ? q1 : value.find('\'', q1 + 1);
        if (q2 == std::string::npos) return value;
        charset = value.substr(0, q1);
        return value.substr(q2 + 1);
    };
    const std::string key(name);
    if (const auto single = raw_parameter(raw, key + "*")) return rfc2231_to_utf8(text::percent_decode(opening(*single)), charset);
    std::string bytes;
    bool found = false;
    for (int n = 0; n < 1000; ++n) {
        const std::string section = key + "*" + std::to_string(n);
        if (const auto encoded = raw_parameter(raw, section + "*")) {
            bytes += text::percent_decode(n == 0 ? opening(*encoded) : *encoded);
        } else if (const auto plain = raw_parameter(raw, section)) {
            bytes += *plain;
        } else {
            break;
        }
        found = true;
    }
    if (!found) return std::nullopt;
    return rfc2231_to_utf8(bytes, charset);
}

std::string encoded_word_file_name(GMimeObject* part) {
    for (const auto& [header, param] : {std::pair{"Content-Disposition", "filename"}, std::pair{"Content-Type", "name"}}) {
        if (auto extended = rfc2231_parameter(raw_header_value(part, header), param); extended && !extended->empty())
            return *extended;
    }
    for (const auto& [header, param] : {std::pair{"Content-Disposition", "filename"}, std::pair{"Content-Type", "name"}}) {
        const auto value = raw_parameter(raw_header_value(part, header), param);
        if (value && value->find("=?") != std::string::npos) {
            std::string decoded = decode_encoded_words(*value);
            if (!decoded.empty()) return decoded;
        }
    }
    return {};
}

}  // namespace baocao::plugins
