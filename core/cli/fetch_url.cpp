// SPDX-License-Identifier: Apache-2.0
// pop3s://USER@HOST[:PORT] parsing.
#include "fetch_url.hpp"

#include "cli_args.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <cctype>

namespace baocao::cli {

namespace {

std::string percent_decode(const std::string& s, const std::string& what) {
    auto decoded = text::percent_decode_strict(s);
    if (!decoded) throw usage_error("bad percent escape in the " + what + " of the mailbox address");
    return std::move(*decoded);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

std::string mailbox_url::display() const {
    const bool v6 = host.find(':') != std::string::npos;
    // Re-encoded so the address shown can be pasted back as given.
    std::string shown;
    for (char c : user) {
        static const char* const hex = "0123456789ABCDEF";
        if (c == '@' || c == ':' || c == '/' || c == '%')
            shown += std::string("%") + hex[(static_cast<unsigned char>(c) >> 4) & 15] + hex[c & 15];
        else
            shown += c;
    }
    return std::string(tls ? "pop3s" : "pop3") + "://" + shown + "@" + (v6 ? "[" + host + "]" : host) + ":" +
           std::to_string(port);
}

std::string mailbox_url::account() const { return user + "@" + lower(host); }

bool mailbox_url::is_loopback() const {
    const std::string h = lower(host);
    return h == "localhost" || h == "::1" || h.rfind("127.", 0) == 0 || h.ends_with(".localhost");
}

mailbox_url parse_mailbox_url(const std::string& text) {
    mailbox_url url;
    std::string rest;
    const std::string l = lower(text);
    if (l.rfind("pop3s://", 0) == 0) {
        url.tls = true;
        rest = text.substr(8);
    } else if (l.rfind("pop3://", 0) == 0) {
        url.tls = false;
        rest = text.substr(7);
    } else {
        throw usage_error("the mailbox must be pop3s://USER@HOST[:PORT] (or pop3:// for a local server), not '" +
                          text + "'");
    }
    if (!rest.empty() && rest.back() == '/') rest.pop_back();
    if (rest.find('/') != std::string::npos || rest.find('?') != std::string::npos)
        throw usage_error("the mailbox address takes no path or query: '" + text + "'");
    // The user part may itself hold '@' when not percent-encoded: the host follows the last one.
    const auto at = rest.rfind('@');
    if (at == std::string::npos || at == 0)
        throw usage_error("the mailbox address needs a user name: pop3s://USER@HOST (write user@domain as user%40domain)");
    std::string user = rest.substr(0, at);
    std::string hostport = rest.substr(at + 1);
    if (user.find(':') != std::string::npos)
        throw usage_error("no password in the mailbox address: set BAOCAO_MAIL_PASSWORD or use --password-file");
    url.user = percent_decode(user, "user name");
    if (url.user.empty()) throw usage_error("the mailbox address has an empty user name");
    for (char c : url.user)
        if (static_cast<unsigned char>(c) < 32 || c == 127 || c == ' ')
            throw usage_error("the user name in the mailbox address holds a space or control character");

    std::string port_text;
    if (!hostport.empty() && hostport.front() == '[') {
        const auto close = hostport.find(']');
        if (close == std::string::npos) throw usage_error("unclosed '[' in the mailbox address");
        url.host = hostport.substr(1, close - 1);
        const std::string after = hostport.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':') throw usage_error("unexpected text after ']' in the mailbox address");
            port_text = after.substr(1);
            if (port_text.empty()) throw usage_error("empty port in the mailbox address");
        }
    } else {
        const auto colon = hostport.rfind(':');
        url.host = hostport.substr(0, colon);
        if (colon != std::string::npos) {
            port_text = hostport.substr(colon + 1);
            if (port_text.empty()) throw usage_error("empty port in the mailbox address");
        }
    }
    if (url.host.empty()) throw usage_error("the mailbox address needs a host: pop3s://USER@HOST");
    for (char c : url.host)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' || c == ':'))
            throw usage_error("bad character in the host of the mailbox address: '" + url.host + "'");
    url.port = url.tls ? 995 : 110;
    if (!port_text.empty()) {
        unsigned long v = 0;
        for (char c : port_text) {
            if (!std::isdigit(static_cast<unsigned char>(c)) || v > 65535)
                throw usage_error("bad port '" + port_text + "' in the mailbox address");
            v = v * 10 + static_cast<unsigned long>(c - '0');
        }
        if (v == 0 || v > 65535) throw usage_error("bad port '" + port_text + "' in the mailbox address");
        url.port = static_cast<std::uint16_t>(v);
    }
    return url;
}

}  // namespace baocao::cli
