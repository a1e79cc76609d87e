// SPDX-License-Identifier: Apache-2.0
#include "message_envelope.hpp"

#include "gmime_support.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <string>

namespace baocao::plugins {

namespace {

std::string clean_text(const char* s) {
    if (!s) return {};
    return text::collapse_spaces(text::to_nfc(text::sanitize_utf8(s)));
}

InternetAddressMailbox* first_mailbox(InternetAddressList* list) {
    if (!list) return nullptr;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress* a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(a)) return INTERNET_ADDRESS_MAILBOX(a);
        if (INTERNET_ADDRESS_IS_GROUP(a))
            if (auto* m = first_mailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)))) return m;
    }
    return nullptr;
}

std::string unfold(std::string_view v) {
    std::string out;
    out.reserve(v.size());
    for (char c : v) out += (c == '\r' || c == '\n') ? ' ' : c;
    return out;
}

}  // namespace

std::optional<std::int64_t> received_timestamp(std::string_view value) {
    const std::size_t semi = value.rfind(';');
    if (semi == std::string_view::npos) return std::nullopt;
    const std::string date = text::trim(unfold(value.substr(semi + 1)));
    if (date.empty()) return std::nullopt;
    return dates::parse_rfc5322(date);
}

envelope read_envelope(GMimeMessage* msg) {
    envelope env;
    InternetAddressMailbox* from = first_mailbox(g_mime_message_get_from(msg));
    if (!from) from = first_mailbox(g_mime_message_get_sender(msg));
    if (from) {
        env.sender = text::to_lower(text::trim(or_empty(internet_address_mailbox_get_addr(from))));
        env.sender_name = clean_text(internet_address_get_name(INTERNET_ADDRESS(from)));
    }
    env.subject = clean_text(g_mime_message_get_subject(msg));
    env.message_id = text::sanitize_utf8(or_empty(g_mime_message_get_message_id(msg)));

    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(msg));
    const int n = headers ? g_mime_header_list_get_count(headers) : 0;
    // The topmost Received: is the last hop, the commission's own server.
    for (int i = 0; i < n && !env.received_at; ++i) {
        GMimeHeader* h = g_mime_header_list_get_header_at(headers, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(h), "Received") != 0) continue;
        env.received_at = received_timestamp(or_empty(g_mime_header_get_raw_value(h)));
    }
    if (!env.received_at)
        if (const char* date = g_mime_object_get_header(GMIME_OBJECT(msg), "Date"))
            env.received_at = dates::parse_rfc5322(text::trim(unfold(date)));

    if (!env.message_id.empty()) {
        env.message_key = env.message_id;
    } else {
        gchar_ptr all(headers ? g_mime_header_list_to_string(headers, nullptr) : nullptr);
        env.message_key = "sha256:" + text::sha256_hex(all ? std::string_view(all.get()) : std::string_view{});
    }
    return env;
}

envelope merge_carried(const envelope& carrier, const envelope& own) {
    envelope env = carrier;
    if (env.sender.empty()) {
        env.sender = own.sender;
        env.sender_name = own.sender_name;
    }
    if (env.subject.empty()) env.subject = own.subject;
    if (!env.received_at) env.received_at = own.received_at;
    env.message_id = own.message_id;
    env.message_key = own.message_key;
    env.attachment_name.clear();
    return env;
}

}  // namespace baocao::plugins
