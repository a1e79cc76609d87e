// SPDX-License-Identifier: Apache-2.0
// The envelope a message gives its attachments: receipt time, sender, key.
#include "source_test_support.hpp"

#include "mail_source.hpp"
#include "message_envelope.hpp"

#include <baocao/sdk/dates.hpp>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

std::string message_with(const std::string& headers, int attachments = 1) {
    std::string raw = headers + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n";
    for (int i = 0; i < attachments; ++i)
        raw += "--b\r\nContent-Type: application/octet-stream; name=\"r" + std::to_string(i) + ".docx\"\r\n\r\nPK\r\n";
    return raw + "--b--\r\n";
}

envelope envelope_of(const std::string& raw) {
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, memory_item("m.eml", raw));
    REQUIRE(!out.items.empty());
    return out.items[0].env;
}

std::string iso(std::optional<std::int64_t> t) { return t ? dates::to_iso_datetime(*t, 420) : "null"; }

}  // namespace

TEST_CASE("received_at: a Received: at 17:30 UTC is the next day in Vietnam", "[sources][mail][envelope]") {
    const auto env = envelope_of(message_with(
        "Received: from relay by mx.tinhuy.hatinh.vn with ESMTP id 1; Fri, 4 Oct 2013 17:30:00 +0000\r\n"
        "From: a@example.vn\r\nDate: Fri, 4 Oct 2013 23:00:00 +0700\r\nSubject: s\r\n"));
    CHECK(iso(env.received_at) == "2013-10-05T00:30:00+07:00");
}

TEST_CASE("received_at: the topmost Received: wins over later hops and Date:", "[sources][mail][envelope]") {
    const auto env = envelope_of(message_with(
        "Received: from hop2 by mx.tinhuy.hatinh.vn;\r\n\tMon, 7 Oct 2013 09:00:00 +0700 (ICT)\r\n"
        "Received: from hop1 by relay; Sat, 5 Oct 2013 10:00:00 +0700\r\n"
        "From: a@example.vn\r\nDate: Fri, 4 Oct 2013 10:00:00 +0700\r\nSubject: s\r\n"));
    CHECK(iso(env.received_at) == "2013-10-07T09:00:00+07:00");
}

TEST_CASE("received_at: a topmost Received: without a date falls to the next one", "[sources][mail][envelope]") {
    const auto env = envelope_of(message_with(
        "Received: from broken by mx (no date here)\r\n"
        "Received: from hop1 by relay; Sat, 5 Oct 2013 10:00:00 +0700\r\n"
        "From: a@example.vn\r\nDate: Fri, 4 Oct 2013 10:00:00 +0700\r\nSubject: s\r\n"));
    CHECK(iso(env.received_at) == "2013-10-05T10:00:00+07:00");
}

TEST_CASE("received_at: Date: when there is no Received:, null without either", "[sources][mail][envelope]") {
    CHECK(iso(envelope_of(message_with("From: a@example.vn\r\nDate: Thu, 3 Oct 2013 01:02:03 GMT\r\nSubject: s\r\n"))
                  .received_at) == "2013-10-03T08:02:03+07:00");
    CHECK_FALSE(envelope_of(message_with("From: a@example.vn\r\nSubject: s\r\n")).received_at.has_value());
}

TEST_CASE("received_timestamp reads after the last semicolon", "[sources][mail][envelope]") {
    using plugins::received_timestamp;
    CHECK(received_timestamp("from a (b; c) by d; Tue, 1 Oct 2013 08:15:00 +0700") == 1380590100);
    CHECK_FALSE(received_timestamp("from a by b").has_value());
    CHECK_FALSE(received_timestamp("from a by b;   ").has_value());
}

TEST_CASE("sender: lower-case addr-spec and decoded display name; Sender: when From: is empty",
          "[sources][mail][envelope]") {
    const auto env = envelope_of(message_with(
        "From: =?UTF-8?Q?=C4=90=E1=BA=A3ng_=E1=BB=A7y?= <DangUy.Xa@Example.VN>\r\nSubject: s\r\n"));
    CHECK(env.sender == "danguy.xa@example.vn");
    CHECK(env.sender_name == "Đảng ủy");
    const auto group = envelope_of(message_with("From: Ban: Nguoi Gui <Gui@X.VN>;\r\nSubject: s\r\n"));
    CHECK(group.sender == "gui@x.vn");
    const auto via_sender = envelope_of(message_with("Sender: Van Thu <vanthu@x.vn>\r\nSubject: s\r\n"));
    CHECK(via_sender.sender == "vanthu@x.vn");
}

TEST_CASE("message_key: Message-ID, else a hash of the headers shared by companions", "[sources][mail][envelope]") {
    source_fixture fx;
    plugins::mail_source src;
    const std::string headers = "From: a@example.vn\r\nSubject: no id\r\nDate: Fri, 4 Oct 2013 10:00:00 +0700\r\n";
    const auto out = fx.expand(src, memory_item("m.eml", message_with(headers, 2)));
    REQUIRE(out.items.size() == 2);
    const std::string key = out.items[0].env.message_key;
    CHECK(key.starts_with("sha256:"));
    CHECK(key.size() == 7 + 64);
    CHECK(out.items[1].env.message_key == key);
    CHECK(out.items[0].env.message_id.empty());
    // Deterministic, and another message gets another key.
    CHECK(envelope_of(message_with(headers)).message_key == key);
    CHECK(envelope_of(message_with(headers + "X-Other: 1\r\n")).message_key != key);
}

TEST_CASE("merge_carried keeps the carrier's receipt and sender, the inner message's key",
          "[sources][mail][envelope]") {
    envelope carrier;
    carrier.sender = "outer@x.vn";
    carrier.received_at = 100;
    carrier.message_key = "outer";
    carrier.attachment_name = "fw.eml";
    envelope own;
    own.sender = "inner@x.vn";
    own.sender_name = "Inner";
    own.subject = "inner subject";
    own.received_at = 50;
    own.message_id = "inner-id";
    own.message_key = "inner-id";
    const envelope m = plugins::merge_carried(carrier, own);
    CHECK(m.sender == "outer@x.vn");
    CHECK(m.sender_name.empty());
    CHECK(m.subject == "inner subject");
    CHECK(m.received_at == 100);
    CHECK(m.message_key == "inner-id");
    CHECK(m.attachment_name.empty());

    envelope anonymous = carrier;
    anonymous.sender.clear();
    anonymous.received_at.reset();
    const envelope m2 = plugins::merge_carried(anonymous, own);
    CHECK(m2.sender == "inner@x.vn");
    CHECK(m2.sender_name == "Inner");
    CHECK(m2.received_at == 50);
}

namespace {

bool has_date_problem(const envelope& env, error_code code) {
    for (const auto& [c, message] : env.date_problems)
        if (c == code) return true;
    return false;
}

}  // namespace

TEST_CASE("a Date: without a zone is read as Vietnam time, and says so", "[sources][mail][envelope]") {
    const auto env = envelope_of(message_with("From: a@example.vn\r\nDate: Thu, 3 Oct 2013 08:02:03\r\nSubject: s\r\n"));
    CHECK(iso(env.received_at) == "2013-10-03T08:02:03+07:00");
    REQUIRE(env.date_problems.size() == 1);
    CHECK(env.date_problems[0].first == error_code::date_without_zone);
    CHECK_THAT(env.date_problems[0].second, Catch::Contains("Thu, 3 Oct 2013 08:02:03") && Catch::Contains("+07:00"));
}

TEST_CASE("a date header that cannot be read is a problem, not a silent fallback", "[sources][mail][envelope]") {
    // Only Date:, unreadable: no receipt time, and the reason is kept.
    const auto only_date = envelope_of(message_with("From: a@example.vn\r\nDate: 32 Brumaire an 222\r\nSubject: s\r\n"));
    CHECK_FALSE(only_date.received_at.has_value());
    CHECK(has_date_problem(only_date, error_code::unreadable_date_header));
    // An unreadable topmost Received: falls to the next hop, and is noted.
    const auto hops = envelope_of(message_with(
        "Received: from x by mx.tinhuy.hatinh.vn; hôm qua lúc 9 giờ\r\n"
        "Received: from hop1 by relay; Sat, 5 Oct 2013 10:00:00 +0700\r\n"
        "From: a@example.vn\r\nDate: Fri, 4 Oct 2013 10:00:00 +0700\r\nSubject: s\r\n"));
    CHECK(iso(hops.received_at) == "2013-10-05T10:00:00+07:00");
    CHECK(has_date_problem(hops, error_code::unreadable_date_header));
    // Readable dates with zones, and a hop that gives no date at all, leave nothing to say.
    const auto good = envelope_of(message_with(
        "Received: from broken by mx (no date here)\r\n"
        "Received: from hop1 by relay; Sat, 5 Oct 2013 10:00:00 +0700\r\n"
        "From: a@example.vn\r\nDate: Fri, 4 Oct 2013 10:00:00 +0700\r\nSubject: s\r\n"));
    CHECK(good.date_problems.empty());
}
