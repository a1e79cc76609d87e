// SPDX-License-Identifier: Apache-2.0
#include "message_envelope.hpp"

#include "gmime_support.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include <cstdio>
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

std::string received_date_text(std::string_view value) {
    const std::size_t semi = value.rfind(';');
    if (semi == std::string_view::npos) return {};
    return text::trim(unfold(value.substr(semi + 1)));
}

std::optional<std::int64_t> received_timestamp(std::string_view value) {
    const std::string date = received_date_text(value);
    if (date.empty()) return std::nullopt;
    return dates::parse_rfc5322(date);
}

namespace {

/// Reads one date header's date into `env`, noting in its date_problems a
/// date that cannot be read or names no zone.
bool take_date(envelope& env, const std::string& header, const std::string& date, int zone_less_offset_minutes) {
    const auto t = dates::parse_rfc5322_zoned(date, zone_less_offset_minutes);
    const std::string shown = date.size() > 120 ? date.substr(0, 120) + "…" : date;
    if (!t) {
        env.date_problems.emplace_back(error_code::unreadable_date_header,
                                       "the message's " + header + " date cannot be read: \"" + text::sanitize_utf8(shown) + "\"");
        return false;
    }
    env.received_at = t->unix_seconds;
    if (!t->zone_given) {
        const int m = zone_less_offset_minutes < 0 ? -zone_less_offset_minutes : zone_less_offset_minutes;
        char zone[8];
        std::snprintf(zone, sizeof zone, "%c%02d:%02d", zone_less_offset_minutes < 0 ? '-' : '+', m / 60 % 100, m % 60);
        env.date_problems.emplace_back(error_code::date_without_zone,
                                       "the message's " + header + " date names no time zone: \"" + text::sanitize_utf8(shown) +
                                           "\" is read as the reporting time zone's time (" + zone + ")");
    }
    return true;
}

}  // namespace

envelope read_envelope(GMimeMessage* msg, int zone_less_offset_minutes) {
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
    // A Received: without a date part is passed over silently (a hop that
    // gives none); one whose date cannot be read is noted and passed over.
    for (int i = 0; i < n && !env.received_at; ++i) {
        GMimeHeader* h = g_mime_header_list_get_header_at(headers, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(h), "Received") != 0) continue;
        const std::string date = received_date_text(or_empty(g_mime_header_get_raw_value(h)));
        if (!date.empty()) take_date(env, "Received:", date, zone_less_offset_minutes);
    }
    if (!env.received_at)
        if (const char* date = g_mime_object_get_header(GMIME_OBJECT(msg), "Date")) {
            const std::string text = text::trim(unfold(date));
            if (!text.empty()) take_date(env, "Date:", text, zone_less_offset_minutes);
        }

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
    if (!env.received_at) {
        env.received_at = own.received_at;
        env.date_problems = own.date_problems;
    }
    env.message_id = own.message_id;
    env.message_key = own.message_key;
    env.attachment_name.clear();
    return env;
}

}  // namespace baocao::plugins
