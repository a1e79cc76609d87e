// SPDX-License-Identifier: Apache-2.0
// Everything the page shows comes from reports and mail that anyone could
// have written, so every string goes through escape() on its way out.

#include "html_text.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <cstdio>

namespace baocao::html {

std::string escape(std::string_view raw) {
    const std::string text = text::sanitize_utf8(raw);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
                if (c == 0x7f) break;
                out += c;
        }
    }
    return out;
}

std::string excerpt(std::string_view raw, std::size_t max_chars) {
    const std::string text = text::collapse_spaces(text::sanitize_utf8(raw));
    std::size_t chars = 0, pos = 0, last_space = std::string::npos;
    while (pos < text.size()) {
        if (chars == max_chars) break;
        if (text[pos] == ' ') last_space = pos;
        pos += text::utf8_sequence_length(static_cast<unsigned char>(text[pos]));
        ++chars;
    }
    if (pos >= text.size()) return text;
    // Cut at the last word boundary unless that throws away most of the room.
    const std::size_t cut = last_space != std::string::npos && last_space > pos / 2 ? last_space : pos;
    return text.substr(0, cut) + "…";
}

std::string date_time_vn(std::int64_t unix_seconds, int offset_minutes) {
    const std::int64_t local = unix_seconds + std::int64_t{offset_minutes} * 60;
    const std::int64_t day_seconds = ((local % 86400) + 86400) % 86400;
    const auto d = dates::date_at_offset(unix_seconds, offset_minutes);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d", d.day, d.month, d.year,
                  static_cast<int>(day_seconds / 3600), static_cast<int>(day_seconds / 60 % 60));
    return buf;
}

}  // namespace baocao::html
