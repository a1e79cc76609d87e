// SPDX-License-Identifier: Apache-2.0
#include "mail_sniff.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace baocao::plugins {

namespace {

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool is_well_known(std::string_view name) {
    static const std::array<std::string_view, 24> known{
        "from",          "to",           "cc",          "subject",      "date",
        "received",      "return-path",  "message-id",  "mime-version", "content-type",
        "delivered-to",  "reply-to",     "sender",      "x-mailer",     "user-agent",
        "dkim-signature", "authentication-results", "in-reply-to", "references",
        "content-transfer-encoding", "x-received", "arc-seal", "thread-topic", "x-originating-ip"};
    return std::any_of(known.begin(), known.end(), [&](std::string_view k) { return iequals(k, name); });
}

}  // namespace

std::string_view skip_bom(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    return text;
}

bool looks_like_header_block(std::string_view text) {
    int headers = 0, known = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) break;  // cut by the head's size: no verdict on it
        std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) break;
        if (line[0] == ' ' || line[0] == '\t') {
            if (headers == 0) return false;
            continue;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) return false;
        std::string_view name = line.substr(0, colon);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);  // obsolete "Subject :"
        if (name.empty()) return false;
        for (char c : name)
            if (static_cast<unsigned char>(c) < 33 || static_cast<unsigned char>(c) > 126) return false;
        ++headers;
        if (is_well_known(name)) ++known;
    }
    return known >= 2;
}

bool looks_like_from_line(std::string_view line) {
    if (!line.starts_with("From ")) return false;
    // A sender: one word right after "From " (an address, "-" or MAILER-DAEMON).
    const std::size_t sender_end = line.find(' ', 5);
    if (sender_end == 5 || sender_end == std::string_view::npos) return false;
    // A month name, as asctime writes it: prose ("From 2013 to 2014, at
    // 10:30...") has a time and a year too.
    static const std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::string_view date = line.substr(sender_end);
    const bool has_month = std::any_of(months.begin(), months.end(), [&](std::string_view m) {
        for (std::size_t at = date.find(m); at != std::string_view::npos; at = date.find(m, at + 1)) {
            const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(date[at - 1]));
            const bool word_end = at + 3 >= date.size() || !std::isalpha(static_cast<unsigned char>(date[at + 3]));
            if (word_start && word_end) return true;
        }
        return false;
    });
    if (!has_month) return false;
    // A time (d:dd) and a four-digit year, as every mbox writer puts there.
    bool has_time = false, has_year = false;
    for (std::size_t i = 5; i < line.size(); ++i) {
        const auto digit = [&](std::size_t k) { return k < line.size() && std::isdigit(static_cast<unsigned char>(line[k])); };
        if (line[i] == ':' && i > 0 && digit(i - 1) && digit(i + 1) && digit(i + 2)) has_time = true;
        if (digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4) && (i == 0 || !digit(i - 1)))
            has_year = true;
    }
    return has_time && has_year;
}

std::string_view skip_blank_lines(std::string_view text) {
    for (;;) {
        const std::size_t nl = text.find('\n');
        if (nl == std::string_view::npos) return text;
        if (text.substr(0, nl).find_first_not_of(" \t\r") != std::string_view::npos) return text;
        text.remove_prefix(nl + 1);
    }
}

mail_kind classify_mail(std::string_view head, std::string_view extension) {
    // Some tools start a mailbox with an empty line (or CRLF, or a space).
    const std::string_view h = skip_blank_lines(skip_bom(head));
    if (h.starts_with("From ")) {
        const std::size_t nl = h.find('\n');
        const std::string_view rest = nl == std::string_view::npos ? std::string_view{} : h.substr(nl + 1);
        if (extension == "eml") return mail_kind::message;
        if (looks_like_header_block(rest) || extension == "mbox" || extension == "mbx") return mail_kind::mbox;
        return mail_kind::none;
    }
    if (looks_like_header_block(h)) return mail_kind::message;
    if (extension == "eml") return mail_kind::message;
    return mail_kind::none;
}

}  // namespace baocao::plugins
