// SPDX-License-Identifier: Apache-2.0
// Outlook's .msg files: a message saved or dragged out of Outlook for Windows
// into a folder. Before source-mail read them, parse-doc refused each as "an
// OLE2 file without a WordDocument stream" and the report in it was lost.
#include "outlook_msg_writing.hpp"
#include "source_test_support.hpp"

#include "mail_source.hpp"

#include <baocao/sdk/dates.hpp>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

/// A .docx-like attachment of `n` bytes (the test compound files keep streams
/// of 4 096 bytes or more in the regular FAT, so an attachment is at least that).
std::string report_bytes(std::size_t n = 6000, char fill = 'r') {
    std::string s = "PK\x03\x04";
    s.resize(n, fill);
    return s;
}

std::string iso(std::optional<std::int64_t> t) { return t ? dates::to_iso_datetime(*t, 420) : "null"; }

/// 2013-09-27 09:15:00 +07:00.
constexpr std::int64_t friday_morning = 1380248100;

item msg_item(const std::string& bytes, const std::string& name = "Báo cáo Kỳ Anh.msg") { return memory_item(name, bytes); }

}  // namespace

TEST_CASE("source-mail: a received Outlook .msg gives its report, the envelope from the headers Outlook kept",
          "[sources][mail][msg]") {
    msg_properties m;
    m.text(0x001A, u"IPM.Note")
        .text(0x0037, u"Báo cáo sơ kết 5 năm Chỉ thị 32")
        .text(0x007D, u"Received: from mx.kyanh.example.vn by mail.hatinh.example.vn; Fri, 27 Sep 2013 09:15:00 +0700\r\n"
                      u"From: =?UTF-8?B?SHV54buHbiDhu6d5IEvhu7MgQW5o?= <VanPhong@KyAnh.Example.vn>\r\n"
                      u"Date: Thu, 26 Sep 2013 17:00:00 +0700\r\nMessage-ID: <ct32@kyanh.example.vn>\r\n"
                      u"Subject: =?UTF-8?B?QsOhbyBjw6Fv?=\r\n\r\n")
        .text(0x0C1F, u"/O=KYANH/OU=EXCHANGE/CN=RECIPIENTS/CN=VANPHONG")
        .time(0x0E06, friday_morning + 3600);
    const std::string report = report_bytes();
    const std::string bytes = outlook_msg(m, {file_attachment(u"BC CT32 Kỳ Anh.docx", report)});

    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, msg_item(bytes));
    REQUIRE(out.rejected.empty());
    REQUIRE(out.items.size() == 1);
    const item& child = out.items[0];
    CHECK(child.name == "BC CT32 Kỳ Anh.docx");
    CHECK(*child.bytes == report);
    CHECK(child.env.attachment_name == "BC CT32 Kỳ Anh.docx");
    // As the same message read as .eml would say: the topmost Received:, the From: address.
    CHECK(child.env.sender == "vanphong@kyanh.example.vn");
    CHECK(child.env.sender_name == "Huyện ủy Kỳ Anh");
    CHECK(iso(child.env.received_at) == "2013-09-27T09:15:00+07:00");
    CHECK(child.env.message_id == "ct32@kyanh.example.vn");
    CHECK(child.env.message_key == "ct32@kyanh.example.vn");
    CHECK(child.depth == msg_item(bytes).depth + 1);
}

TEST_CASE("source-mail: a .msg without Internet headers takes the sender's SMTP address and the delivery time",
          "[sources][mail][msg]") {
    msg_properties m;
    // An 8-bit message: its strings in the code page it names (Vietnamese, 1258).
    m.text8(0x001A, "IPM.Note")
        .integer(0x3FDE, 1258)
        .text8(0x0037, "B\xE1o c\xE1o Chi\xD2 thi\xF2 32")   // "Báo cáo Chỉ thị 32" as windows-1258 writes it
        .text8(0x0C1A, "V\xE3n pho\xCCng")
        .text8(0x0C1F, "/O=HATINH/OU=EXCHANGE/CN=RECIPIENTS/CN=VANPHONG")
        .text8(0x5D01, "VanPhong.CanLoc@hatinh.example.vn")
        .text8(0x1035, "<bc-can-loc@hatinh.example.vn>")
        .time(0x0039, friday_morning - 86400)
        .time(0x0E06, friday_morning);
    const std::string bytes = outlook_msg(m, {file_attachment(u"Báo cáo.docx", report_bytes())});
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, msg_item(bytes, "can-loc.msg"));
    REQUIRE(out.items.size() == 1);
    const envelope& env = out.items[0].env;
    CHECK(env.sender == "vanphong.canloc@hatinh.example.vn");
    CHECK(env.sender_name == "Văn phòng");
    CHECK(env.subject == "Báo cáo Chỉ thị 32");
    CHECK(env.message_id == "bc-can-loc@hatinh.example.vn");
    CHECK(iso(env.received_at) == "2013-09-27T09:15:00+07:00");
    CHECK(env.date_problems.empty());

    SECTION("not delivered (a sent item): the time it was sent") {
        msg_properties sent;
        sent.text(0x001A, u"IPM.Note").text(0x5D01, u"vanphong.canloc@hatinh.example.vn").time(0x0039, friday_morning);
        const auto again = fx.expand(src, msg_item(outlook_msg(sent, {file_attachment(u"r.docx", report_bytes())}), "sent.msg"));
        REQUIRE(again.items.size() == 1);
        CHECK(iso(again.items[0].env.received_at) == "2013-09-27T09:15:00+07:00");
        // No Message-ID: the key still tells this message's files from another's.
        CHECK(again.items[0].env.message_key.starts_with("sha256:"));
    }
}

TEST_CASE("source-mail: an Outlook item attached to a .msg gives its report, received when the carrier was",
          "[sources][mail][msg]") {
    msg_properties carrier;
    carrier.text(0x001A, u"IPM.Note").text(0x5D01, u"bdv.kyanh@hatinh.example.vn").text(0x0037, u"Fw: Báo cáo").time(0x0E06, friday_morning);
    msg_attachment forwarded;
    forwarded.properties.integer(0x3705, 5).text(0x3001, u"Báo cáo sơ kết");
    msg_attachment::attached_message inner;
    inner.properties.text(0x001A, u"IPM.Note").text(0x5D01, u"xa.kyphong@hatinh.example.vn").text(0x1035, u"<inner@kyphong>")
        .time(0x0E06, friday_morning - 10 * 86400);
    inner.attachments.push_back(file_attachment(u"BC Kỳ Phong.docx", report_bytes(5000, 'k')));
    forwarded.item.push_back(inner);
    const std::string bytes = outlook_msg(carrier, {forwarded, file_attachment(u"Phụ lục.docx", report_bytes(4500, 'p'))});

    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, msg_item(bytes, "fw.msg"));
    REQUIRE(out.rejected.empty());
    REQUIRE(out.names() == std::vector<std::string>{"BC Kỳ Phong.docx", "Phụ lục.docx"});
    const envelope& env = out.named("BC Kỳ Phong.docx").env;
    CHECK(env.sender == "bdv.kyanh@hatinh.example.vn");
    CHECK(iso(env.received_at) == "2013-09-27T09:15:00+07:00");
    CHECK(env.message_id == "inner@kyphong");
    CHECK(*out.named("Phụ lục.docx").bytes == report_bytes(4500, 'p'));
}

TEST_CASE("source-mail: a .msg's pictures the body shows are left out; links, OLE objects and S/MIME are refused saying so",
          "[sources][mail][msg]") {
    msg_properties m;
    m.text(0x001A, u"IPM.Note").text(0x5D01, u"a@hatinh.example.vn").time(0x0E06, friday_morning);
    msg_attachment picture = file_attachment(u"image001.png", "\x89PNG" + std::string(5000, 'i'));
    picture.properties.text(0x370E, u"image/png").text(0x3712, u"image001.png@01CEBB").boolean(0x7FFE, true);
    msg_attachment link;
    link.properties.integer(0x3705, 4).text(0x3707, u"Báo cáo.docx");
    msg_attachment ole;
    ole.properties.integer(0x3705, 6).text(0x3001, u"Document");
    msg_attachment smime = file_attachment(u"smime.p7m", std::string(5000, '\x30'));
    smime.properties.text(0x370E, u"application/pkcs7-mime");
    const std::string bytes = outlook_msg(m, {picture, link, ole, smime, file_attachment(u"Báo cáo.docx", report_bytes())});
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, msg_item(bytes));
    // The refused link took the name first: names stay distinct within a message, as for an .eml.
    CHECK(out.names() == std::vector<std::string>{"Báo cáo (2).docx"});
    REQUIRE(out.rejected.size() == 3);
    CHECK(out.rejected[0].name == "Báo cáo.docx");
    CHECK(out.rejected[0].code == error_code::unsupported_format);
    CHECK_THAT(out.rejected[0].message, Catch::Contains("a link to a file on the sender's computer"));
    CHECK(out.rejected[1].name == "Document");
    CHECK_THAT(out.rejected[1].message, Catch::Contains("OLE"));
    CHECK(out.rejected[2].name == "smime.p7m");
    CHECK(out.rejected[2].code == error_code::encrypted);
    CHECK(out.items[0].env.attachment_name == "Báo cáo.docx");
}

TEST_CASE("source-mail: probe claims compound files named .msg only; damaged or empty ones are refused",
          "[sources][mail][msg]") {
    msg_properties m;
    m.text(0x001A, u"IPM.Note").text(0x5D01, u"a@hatinh.example.vn");
    const std::string empty_message = outlook_msg(m, {});
    plugins::mail_source src;
    CHECK(src.probe(msg_item(empty_message, "a.msg"), empty_message.substr(0, 512)) == probe_scale::content_and_name);
    CHECK(src.probe(msg_item(empty_message, "a.doc"), empty_message.substr(0, 512)) == probe_scale::none);

    source_fixture fx;
    try {
        fx.expand(src, msg_item(empty_message));
        FAIL("a message without attachments was read");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::no_attachment);
        CHECK(e.sender() == "a@hatinh.example.vn");
    }
    // Cut inside the directory: damaged, never a crash or a hang.
    for (const std::size_t cut : {std::size_t{8}, std::size_t{600}, std::size_t{1200}}) {
        INFO(cut);
        try {
            const auto out = fx.expand(src, msg_item(empty_message.substr(0, cut)));
            CHECK(out.items.empty());
        } catch (const rejection_error& e) {
            CHECK((e.code() == error_code::corrupt_mime || e.code() == error_code::no_attachment));
        }
    }
}

TEST_CASE("source-mail: a .msg read from disk: the report, an attached item's file, the logo left out", "[sources][mail][msg]") {
    // tests/data/msg/can-loc-received.msg: written with outlook_msg_writing.hpp: Can Lộc's message as
    // Outlook saves a received one, holding the logo its body shows, the report, and an attached
    // Outlook item (8-bit, code page 1258) holding an appendix. Also the fuzz target's seed.
    const auto path = source_dir() / "tests/data/msg/can-loc-received.msg";
    source_fixture fx;
    plugins::mail_source src;
    const item it = file_item(path, "inbox/can-loc-received.msg");
    CHECK(src.probe(it, it.head(4096)) == probe_scale::content_and_name);
    const auto out = fx.expand(src, it);
    CHECK(out.rejected.empty());
    REQUIRE(out.names() == std::vector<std::string>{"BC Can Lộc.docx", "Phụ lục số liệu.docx"});
    for (const auto& child : out.items) {
        CHECK(child.env.sender == "vanphong.canloc@hatinh.example.vn");
        CHECK(iso(child.env.received_at) == "2013-09-28T08:59:00+07:00");
        CHECK(child.bytes->size() == 5000);
    }
    CHECK(out.items[0].env.message_id == "bc-ct32@canloc");
    CHECK(out.items[1].env.message_id.empty());
}

TEST_CASE("source-mail: a message encrypted whole is refused itself, naming its sender (.msg S/MIME, .eml PGP/MIME)",
          "[sources][mail][msg]") {
    source_fixture fx;
    plugins::mail_source src;
    msg_properties m;
    m.text(0x001A, u"IPM.Note.SMIME").text(0x5D01, u"bdv.thachha@hatinh.example.vn").time(0x0E06, friday_morning);
    msg_attachment smime = file_attachment(u"smime.p7m", std::string(5000, '\x30'));
    smime.properties.text(0x370E, u"application/pkcs7-mime");
    try {
        fx.expand(src, msg_item(outlook_msg(m, {smime}), "thach-ha.msg"));
        FAIL("an encrypted message was read");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::encrypted);
        CHECK(e.sender() == "bdv.thachha@hatinh.example.vn");
    }
    const std::string eml = "From: Huyen uy <bdv.thachha@hatinh.example.vn>\r\nSubject: Bao cao\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/encrypted; boundary=e; protocol=\"application/pgp-encrypted\"\r\n\r\n"
                            "--e\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
                            "--e\r\nContent-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n--e--\r\n";
    try {
        fx.expand(src, memory_item("thach-ha.eml", eml));
        FAIL("an encrypted message was read");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::encrypted);
        CHECK(e.sender() == "bdv.thachha@hatinh.example.vn");
        CHECK_THAT(e.what(), Catch::Contains("PGP/MIME"));
    }
}

TEST_CASE("source-mail: a .msg holding nothing readable is refused itself, naming its sender and each attachment",
          "[sources][mail][msg]") {
    msg_properties m;
    m.text(0x001A, u"IPM.Note").text(0x5D01, u"bdv.camxuyen@hatinh.example.vn").time(0x0E06, friday_morning);
    msg_attachment link;
    link.properties.integer(0x3705, 4).text(0x3707, u"Báo cáo Cẩm Xuyên.docx");
    source_fixture fx;
    plugins::mail_source src;
    try {
        fx.expand(src, msg_item(outlook_msg(m, {link}), "cam-xuyen.msg"));
        FAIL("a message with nothing readable gave no rejection");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::unsupported_format);
        CHECK(e.sender() == "bdv.camxuyen@hatinh.example.vn");
        CHECK_THAT(e.what(), Catch::StartsWith("Báo cáo Cẩm Xuyên.docx: a link to a file on the sender's computer"));
    }
    // Thousands of refused parts make a message of a few lines: the first five named, the rest counted.
    try {
        fx.expand(src, msg_item(outlook_msg(m, std::vector<msg_attachment>(8, link)), "cam-xuyen.msg"));
        FAIL("a message with nothing readable gave no rejection");
    } catch (const rejection_error& e) {
        CHECK_THAT(e.what(), Catch::Contains("Báo cáo Cẩm Xuyên (5).docx") && Catch::EndsWith("; and 3 more parts refused"));
        CHECK_THAT(e.what(), !Catch::Contains("(6).docx"));
    }
}
