// SPDX-License-Identifier: Apache-2.0
// The mail source on messages: attachments, their names in every encoding
// clients use, forwarded messages, MIME depth, rejections.
#include "mail_encodings.hpp"
#include "source_test_support.hpp"

#include "encoded_words.hpp"
#include "mail_source.hpp"

#include <baocao/sdk/dates.hpp>

#include <catch2/catch.hpp>

#include <thread>

using namespace baocao;
using namespace baocao::testing;

BAOCAO_DECLARE_PLUGIN(source_mail);

namespace {

item data_item(const std::string& file) { return file_item(sources_data() / file, "inbox/" + file); }

error_code rejection_of(const source_fixture& fx, const source& src, const item& it) {
    try {
        fx.expand(src, it);
    } catch (const rejection_error& e) {
        return e.code();
    }
    FAIL("expected a rejection");
    return error_code::plugin_failed;
}

std::string iso(std::optional<std::int64_t> t) { return t ? dates::to_iso_datetime(*t, 420) : "null"; }

}  // namespace

TEST_CASE("source-mail: Outlook windows-1258 quoted-printable names and split encoded words", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const item it = data_item("outlook-1258.eml");
    CHECK(src.probe(it, head_of(it)) == 90);
    const auto out = fx.expand(src, it);
    REQUIRE(out.items.size() == 1);
    CHECK(out.rejected.empty());
    const item& doc = out.items[0];
    // Combining tone marks of windows-1258 come out composed (NFC).
    CHECK(doc.name == "Báo cáo sơ kết Huyện ủy Can Lộc.docx");
    CHECK(doc.source.empty());  // the core builds "inbox/outlook-1258.eml#..."
    REQUIRE(doc.in_memory());
    CHECK(*doc.bytes == std::string("PK\x03\x04" "fake docx: outlook"));
    CHECK(doc.env.sender == "vanphong.hu.canloc@hatinh.gov.vn");
    CHECK(doc.env.sender_name == "Văn phòng Huyện ủy Can Lộc");
    // "kê" + "\u0301t" split across two encoded words joins into "kết".
    CHECK(doc.env.subject == "Báo cáo sơ kết 3 năm");
    CHECK(doc.env.message_id == "000b01cec0ff$1a2b3c40$4e5f6a70@PCVANPHONG");
    CHECK(doc.env.message_key == doc.env.message_id);
    CHECK(doc.env.attachment_name == doc.name);
    // The topmost Received: (17:30 UTC on the 4th) is the 5th in Vietnam; Date: says the 4th.
    CHECK(iso(doc.env.received_at) == "2013-10-05T00:30:00+07:00");
}

TEST_CASE("source-mail: Thunderbird RFC 2231 continuations with UTF-8 and ISO-8859-1", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, data_item("thunderbird-2231.eml"));
    CHECK(out.names() == std::vector<std::string>{"Báo cáo sơ kết Nghi Xuân.docx", "Résumé final.xlsx"});
    CHECK(*out.items[0].bytes == std::string("PK\x03\x04" "fake docx: thunderbird"));
    CHECK(*out.items[1].bytes == std::string("\x00\x01\x02", 3));
    CHECK(out.items[0].env.sender == "bantuyengiao.nghixuan@example.vn");
    CHECK(out.items[0].env.sender_name == "Ban Tuyen giao Nghi Xuan");
    CHECK(out.items[0].env.subject == "Báo cáo sơ kết");
    CHECK(iso(out.items[0].env.received_at) == "2013-09-30T09:12:44+07:00");
    CHECK(out.items[0].env.message_key == out.items[1].env.message_key);
}

TEST_CASE("source-mail: webmail base64 names, split multibyte characters, mixed charsets, raw UTF-8", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, data_item("webmail-base64.eml"));
    CHECK(out.names() == std::vector<std::string>{"Báo cáo tổng hợp.docx", "Phụ lục số liệu.docx",
                                                  "Résumé tổng hợp.docx", "Danh sách đảng viên.docx"});
    CHECK(*out.items[3].bytes == std::string("PK\x03\x04" "fake docx: webmail four"));
    const envelope& env = out.items[0].env;
    CHECK(env.sender == "dangbo.thachxuan@gmail.com");
    CHECK(env.sender_name == "Đảng ủy xã Thạch Xuân");
    CHECK(env.subject == "Báo cáo của Đảng ủy xã Thạch Xuân");
    CHECK(env.message_id == "CAB1x2y3z@mail.gmail.com");
    // Topmost Received: 01:15 at -07:00 is 15:15 in Vietnam.
    CHECK(iso(env.received_at) == "2013-10-01T15:15:00+07:00");
}

TEST_CASE("source-mail: an unnamed OpenDocument text is named .odt by its first entry", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    // The head of a package LibreOffice writes: its first entry "mimetype", stored, holding the media type.
    const std::string odt = std::string("PK\x03\x04\x14\x00\x00\x08\x00\x00", 10) + std::string(16, '\0') +
                            std::string("\x08\x00\x00\x00", 4) + "mimetypeapplication/vnd.oasis.opendocument.text";
    const std::string eml = "From: Huyen uy <hu@example.vn>\r\nSubject: Bao cao\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nGui bao cao.\r\n"
                            "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                            base64(odt) + "\r\n--b--\r\n";
    const auto out = fx.expand(src, memory_item("bao-cao.eml", eml));
    CHECK(out.names() == std::vector<std::string>{"attachment-2.odt"});
}

TEST_CASE("source-mail: unnamed archives and Outlook messages are named by their media type (.rar, .7z, .gz, .tar, .msg)",
          "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    std::string eml = "From: Huyen uy <hu@example.vn>\r\nSubject: Bao cao\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n";
    for (const char* type : {"application/x-rar-compressed", "application/vnd.rar", "application/x-7z-compressed",
                             "application/gzip", "application/x-tar", "application/vnd.ms-outlook"})
        eml += std::string("--b\r\nContent-Type: ") + type + "\r\nContent-Disposition: attachment\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n" + base64("archive bytes") + "\r\n";
    eml += "--b--\r\n";
    const auto out = fx.expand(src, memory_item("bao-cao.eml", eml));
    CHECK(out.names() == std::vector<std::string>{"attachment-1.rar", "attachment-2.rar", "attachment-3.7z",
                                                  "attachment-4.gz", "attachment-5.tar", "attachment-6.msg"});
}

TEST_CASE("source-mail: unnamed octet-stream documents are recognized by their bytes", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, data_item("octet-stream-docx.eml"));
    // The HTML body and the inline image (Content-ID, no name) are not children.
    CHECK(out.names() == std::vector<std::string>{"attachment-3.docx", "attachment-4.doc"});
    CHECK(out.items[0].bytes->starts_with("PK\x03\x04"));
    CHECK(out.items[1].bytes->starts_with("\xD0\xCF\x11\xE0"));
    CHECK(out.rejected.empty());
}

TEST_CASE("source-mail: a forwarded message/rfc822 comes back as a message child", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const auto outer = fx.expand(src, data_item("forwarded-rfc822.eml"));
    REQUIRE(outer.items.size() == 1);
    const item& fwd = outer.items[0];
    CHECK(fwd.name == "Báo cáo Hương Sơn.eml");
    CHECK(fwd.env.message_key == "outer-fwd-1@example.vn");

    // The core dispatches the child back here: it is a message.
    const std::string head = fwd.bytes->substr(0, 4096);
    CHECK(src.probe(fwd, head) >= 70);
    const auto inner = fx.expand(src, fwd);
    REQUIRE(inner.items.size() == 1);
    const item& doc = inner.items[0];
    CHECK(doc.name == "Báo cáo Hương Sơn.docx");
    CHECK(*doc.bytes == std::string("PK\x03\x04" "fake docx: forwarded"));
    // When and from whom it reached the commission: the outer message.
    CHECK(iso(doc.env.received_at) == "2013-10-03T08:05:00+07:00");
    CHECK(doc.env.sender == "vp.huongson@example.vn");
    CHECK(doc.env.subject == "Fwd: Báo cáo Hương Sơn");
    // Its companions are the files of the original message.
    CHECK(doc.env.message_id == "inner-original-7@huongson.example.vn");
    CHECK(doc.env.message_key == "inner-original-7@huongson.example.vn");
    CHECK(doc.env.attachment_name == "Báo cáo Hương Sơn.docx");

    // Read on its own (no carrier), the inner message keeps its own dates.
    const auto alone = fx.expand(src, memory_item("x.eml", *fwd.bytes));
    REQUIRE(alone.items.size() == 1);
    CHECK(iso(alone.items[0].env.received_at) == "2013-09-23T07:00:00+07:00");
    CHECK(alone.items[0].env.sender == "nva@huongson.example.vn");
}

TEST_CASE("source-mail: multiparts nested five deep, and the MIME depth limit", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const item it = data_item("nested-5-deep.eml");
    const auto all = fx.expand(src, it);
    CHECK(all.names() == std::vector<std::string>{"deep.docx", "top.docx"});
    CHECK(*all.items[0].bytes == std::string("PK\x03\x04" "fake docx: five deep"));

    fx.state->limits.max_mime_depth = 3;
    const auto cut = fx.expand(src, it);
    CHECK(cut.names() == std::vector<std::string>{"top.docx"});
    REQUIRE(cut.rejected.size() == 1);
    CHECK(cut.rejected[0].code == error_code::too_deep);
    CHECK(cut.rejected[0].name == "part-1.2.1");
}

TEST_CASE("source-mail: a message with more parts than max_mime_parts is refused before it is parsed", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    auto message_of = [](int parts) {
        std::string m = "From: a@b.vn\nSubject: parts\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
                        "-- \nA signature delimiter is not a part.\n";
        for (int i = 0; i < parts; ++i)
            m += "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"p" +
                 std::to_string(i) + ".docx\"\n\nPK\x03\x04\n";
        return m + "--b--\n";
    };
    fx.state->limits.max_mime_parts = 5;
    CHECK(fx.expand(src, memory_item("ok.eml", message_of(4))).items.size() == 4);
    try {
        fx.expand(src, memory_item("many.eml", message_of(8)));
        FAIL("eight parts pass a limit of five");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::too_large);
        CHECK(std::string(e.what()).find("max_mime_parts") != std::string::npos);
    }
}

TEST_CASE("source-mail: a message without attachments is rejected no_attachment", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    CHECK(rejection_of(fx, src, data_item("no-attachment.eml")) == error_code::no_attachment);
}

TEST_CASE("source-mail: broken MIME is rejected corrupt_mime, never a crash", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    CHECK(rejection_of(fx, src, data_item("missing-boundary.eml")) == error_code::corrupt_mime);

    const item garbage = memory_item("junk.eml", std::string("\x01\x02\x03\x00\xFF binary", 12));
    CHECK(src.probe(garbage, *garbage.bytes) == 20);
    CHECK(rejection_of(fx, src, garbage) == error_code::corrupt_mime);
    CHECK(rejection_of(fx, src, memory_item("empty.eml", "")) == error_code::corrupt_mime);

    // Unterminated base64 and a boundary that never closes still give the part.
    const std::string cut =
        "From: a@example.vn\r\nSubject: cut\r\nDate: Tue, 1 Oct 2013 08:00:00 +0700\r\n"
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        "Content-Type: application/octet-stream; name=\"cut.docx\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nUEsDBGZha2@@@Ug!";
    const auto out = fx.expand(src, memory_item("cut.eml", cut));
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].name == "cut.docx");
    CHECK(out.items[0].bytes->starts_with("PK\x03\x04"));
}

TEST_CASE("source-mail: probe tells messages and mailboxes from other files", "[sources][mail]") {
    plugins::mail_source src;
    const std::string msg = "Received: from x by y; Tue, 1 Oct 2013 08:00:00 +0700\r\nFrom: a@b.vn\r\n"
                            "Subject: s\r\n\r\nbody\r\n";
    CHECK(src.probe(memory_item("1", msg), msg) == 70);  // a Maildir or mbox message: no extension
    CHECK(src.probe(memory_item("a.eml", msg), msg) == 90);
    const std::string mbox = "From a@b.vn Tue Oct  1 08:00:00 2013\n" + msg;
    CHECK(src.probe(memory_item("box.mbox", mbox), mbox) == 90);
    CHECK(src.probe(memory_item("box", mbox), mbox) == 80);
    CHECK(src.probe(memory_item("saved.eml", mbox), mbox) == 90);  // one message keeping its From_ line
    const std::string docx("PK\x03\x04\x14\x00", 6);
    CHECK(src.probe(memory_item("a.docx", docx), docx) == 0);
    const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    CHECK(src.probe(memory_item("a.msg", ole), ole) == 90);  // Outlook's .msg: a compound file, read by source-mail
    CHECK(src.probe(memory_item("a.doc", ole), ole) == 0);   // any other compound file is parse-doc's
    const std::string prose = "Note: this is text\nAnother: line\n\nbody\n";
    CHECK(src.probe(memory_item("notes.txt", prose), prose) == 0);
    const std::string from_prose = "From the start of the report we say\nthings\n";
    CHECK(src.probe(memory_item("x.txt", from_prose), from_prose) == 0);
}

TEST_CASE("source-mail: an .eml keeping its mbox From_ line reads as one message", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const std::string raw = slurp(sources_data() / "thunderbird-2231.eml");
    const auto out = fx.expand(src, memory_item("saved.eml", "From x@y Mon Sep 30 09:12:44 2013\n" + raw));
    CHECK(out.names() == std::vector<std::string>{"Báo cáo sơ kết Nghi Xuân.docx", "Résumé final.xlsx"});
    // And with a byte order mark in front.
    const auto bom = fx.expand(src, memory_item("bom.eml", "\xEF\xBB\xBF" + raw));
    CHECK(bom.items.size() == 2);
}

TEST_CASE("source-mail: duplicate attachment names get distinct child names", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    std::string raw = "From: a@example.vn\r\nSubject: dup\r\nMessage-ID: <d@x>\r\n"
                      "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
    for (int i = 0; i < 3; ++i)
        raw += "--b\r\nContent-Type: application/octet-stream\r\n"
               "Content-Disposition: attachment; filename=\"Báo cáo.docx\"\r\n\r\nx" + std::to_string(i) + "\r\n";
    raw += "--b--\r\n";
    const auto out = fx.expand(src, memory_item("dup.eml", raw));
    CHECK(out.names() == std::vector<std::string>{"Báo cáo.docx", "Báo cáo (2).docx", "Báo cáo (3).docx"});
    for (const auto& it : out.items) CHECK(it.env.attachment_name == "Báo cáo.docx");
}

TEST_CASE("source-mail: attachments without names, encrypted bodies, signatures", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const std::string raw =
        "From: a@example.vn\r\nSubject: misc\r\nMessage-ID: <m@x>\r\n"
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment\r\n\r\n%PDF-1.4\r\n"
        "--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        "U3ViamVjdDogaGkNCg0KYm9keQ0K\r\n"
        "--b\r\nContent-Type: multipart/signed; boundary=s; protocol=\"application/pgp-signature\"\r\n\r\n"
        "--s\r\nContent-Type: application/octet-stream; name=\"signed.docx\"\r\n\r\nPK\r\n"
        "--s\r\nContent-Type: application/pgp-signature; name=\"signature.asc\"\r\n\r\nsig\r\n--s--\r\n"
        "--b\r\nContent-Type: multipart/encrypted; boundary=e; protocol=\"application/pgp-encrypted\"\r\n\r\n"
        "--e\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
        "--e\r\nContent-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n--e--\r\n"
        "--b--\r\n";
    const auto out = fx.expand(src, memory_item("misc.eml", raw));
    CHECK(out.names() == std::vector<std::string>{"attachment-1.pdf", "message-2.eml", "signed.docx"});
    CHECK(*out.items[1].bytes == "Subject: hi\r\n\r\nbody\r\n");
    REQUIRE(out.rejected.size() == 1);
    CHECK(out.rejected[0].code == error_code::encrypted);
    CHECK(out.rejected[0].name == "part-4");
}

TEST_CASE("source-mail: a message whose every part is refused is refused itself, naming its sender", "[sources][mail]") {
    // Before: one rejection per part, none naming the sender, so the unit showed as not having sent anything.
    source_fixture fx;
    plugins::mail_source src;
    const std::string raw =
        "From: Huyen uy <bdv.kyanh@hatinh.example.vn>\r\nSubject: Bao cao\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nKinh gui.\r\n"
        "--b\r\nContent-Type: multipart/encrypted; boundary=e; protocol=\"application/pgp-encrypted\"\r\n\r\n"
        "--e\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
        "--e\r\nContent-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n--e--\r\n--b--\r\n";
    try {
        fx.expand(src, memory_item("ky-anh.eml", raw));
        FAIL("a message with nothing readable gave no rejection");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::encrypted);
        CHECK(e.sender() == "bdv.kyanh@hatinh.example.vn");
        CHECK_THAT(e.what(), Catch::StartsWith("part-2: the message body is encrypted (PGP/MIME)"));
    }
}

TEST_CASE("source-mail: concurrent expansions agree", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const item it = memory_item("w.eml", slurp(sources_data() / "webmail-base64.eml"));
    const auto expected = fx.expand(src, it).names();
    std::vector<std::vector<std::string>> got(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) got[t] = fx.expand(src, it).names();
        });
    for (auto& th : threads) th.join();
    for (const auto& g : got) CHECK(g == expected);
}

TEST_CASE("source-mail: a message over max_input_bytes is rejected too_large", "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    fx.state->limits.max_input_bytes = 100;
    CHECK(rejection_of(fx, src, data_item("outlook-1258.eml")) == error_code::too_large);
}

TEST_CASE("source-mail registers one source named source-mail", "[sources][mail]") {
    const baocao_plugin_info* info = baocao_plugin_info_source_mail();
    CHECK(std::string(info->name) == "source-mail");
    recording_registry reg;
    info->register_stages(reg);
    REQUIRE(reg.sources.size() == 1);
    CHECK(reg.sources[0]->name() == "source-mail");
}

TEST_CASE("source-mail: raw 8-bit windows-1258 names and RFC 2231 in windows-1258 come out NFC",
          "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const std::string raw =
        "From: a@example.vn\r\nSubject: raw\r\nMessage-ID: <r@x>\r\n"
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: application/octet-stream\r\n"
        "Content-Disposition: attachment; filename=\"B\xE1o c\xE1o k\xEA\xECt lu\xE2\xF2n.docx\"\r\n\r\nPK\r\n"
        "--b\r\nContent-Type: application/octet-stream\r\n"
        "Content-Disposition: attachment; filename*=windows-1258''B%E1o%20c%E1o%20s%F5%20k%EA%ECt.docx\r\n\r\nPK\r\n"
        "--b\r\nContent-Type: application/octet-stream\r\n"
        "Content-Disposition: attachment; filename=\"B\xC3\xA1o c\xC3\xA1o UTF-8.docx\"\r\n\r\nPK\r\n"
        "--b\r\nContent-Type: application/octet-stream\r\n"
        "Content-Disposition: attachment; filename=\"C:\\\\Documents\\\\To trinh.docx\"\r\n\r\nPK\r\n"
        "--b--\r\n";
    const auto out = fx.expand(src, memory_item("raw.eml", raw));
    CHECK(out.names() == std::vector<std::string>{"Báo cáo kết luận.docx", "Báo cáo sơ kết.docx",
                                                  "Báo cáo UTF-8.docx", "To trinh.docx"});
}

TEST_CASE("source-mail: pictures an HTML body shows are not attachments, attached pictures are",
          "[sources][mail]") {
    source_fixture fx;
    plugins::mail_source src;
    const std::string raw =
        "From: a@example.vn\r\nSubject: sig\r\nMessage-ID: <s@x>\r\n"
        "Content-Type: multipart/mixed; boundary=m\r\n\r\n"
        "--m\r\nContent-Type: multipart/related; boundary=r\r\n\r\n"
        "--r\r\nContent-Type: text/html\r\n\r\n<img src=\"cid:image001.png@01CEC0FF\">\r\n"
        "--r\r\nContent-Type: image/png; name=\"image001.png\"\r\nContent-ID: <image001.png@01CEC0FF>\r\n"
        "Content-Disposition: inline; filename=\"image001.png\"\r\n\r\n\x89PNG\r\n--r--\r\n"
        "--m\r\nContent-Type: image/jpeg; name=\"scan.jpg\"\r\nContent-Disposition: attachment; filename=\"scan.jpg\"\r\n\r\njpg\r\n"
        "--m\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"r.docx\"\r\n\r\nPK\r\n"
        "--m--\r\n";
    const auto out = fx.expand(src, memory_item("sig.eml", raw));
    CHECK(out.names() == std::vector<std::string>{"scan.jpg", "r.docx"});
}

TEST_CASE("source-mail: a quoted name split into padded base64 words keeps every word", "[sources][mail]") {
    // GMime 3.2 joins the payloads of adjacent words before decoding, so the
    // first word's '=' padding used to cut the name to "Báo cáo sơ kết".
    source_fixture fx;
    plugins::mail_source src;
    const std::string message =
        "From: vp@example.vn\r\nSubject: x\r\nDate: Sat, 28 Sep 2013 08:59:00 +0700\r\nMessage-ID: <a@b>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\n"
        "Content-Type: application/octet-stream\r\n"
        "Content-Disposition: attachment; filename=\"=?UTF-8?B?QsOhbyBjw6FvIHPGoSBr4bq/dCA=?=\r\n"
        " =?UTF-8?B?Q2jhu4kgdGjhu4sgMzIgKHRoYXkgdGjhur8pLmRvY3g=?=\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nUEsDBA==\r\n--b--\r\n";
    const auto out = fx.expand(src, memory_item("split.eml", message));
    CHECK(out.names() == std::vector<std::string>{"Báo cáo sơ kết Chỉ thị 32 (thay thế).docx"});
}

TEST_CASE("source-mail: encoded words decode word by word, joining one charset's bytes", "[sources][mail]") {
    CHECK(plugins::decode_encoded_words("=?UTF-8?Q?B=C3=A1o_c=C3=A1o?= =?UTF-8?Q?_s=C6=A1_k=E1=BA=BFt?=") ==
          "Báo cáo sơ kết");
    // "ế" (E1 BA BF) split between two base64 words.
    CHECK(plugins::decode_encoded_words("=?UTF-8?B?a+G6?= =?UTF-8?B?v3Q=?=") == "kết");
    CHECK(plugins::decode_encoded_words("Re: =?windows-1258?Q?B=E1o_c=E1o?= (2)") == "Re: Báo cáo (2)");
    CHECK(plugins::raw_parameter("attachment; size=10;\r\n filename=\"a \\\"b\\\".docx\"", "filename") ==
          std::optional<std::string>("a \"b\".docx"));
    CHECK_FALSE(plugins::raw_parameter("attachment", "filename"));
}

TEST_CASE("source-mail: RFC 2231 names in unknown charsets or with bad %-bytes decode without the locale",
          "[sources][mail]") {
    // The same bytes once decoded as Latin-1 under LANG=C and as UTF-8 under
    // C.UTF-8: names, and so sources, depended on the environment.
    CHECK(plugins::rfc2231_parameter("attachment; filename*=x-unknown''B%C3%A1o%20c%C3%A1o.docx", "filename") ==
          "Báo cáo.docx");
    // Not UTF-8 in an unknown charset: windows-1258, as for raw 8-bit names.
    CHECK(plugins::rfc2231_parameter("attachment; filename*=x-unknown''B%E1o.docx", "filename") == "Báo.docx");
    // Declared UTF-8 but invalid: each bad byte is U+FFFD; a bad %-escape stays as written.
    CHECK(plugins::rfc2231_parameter("attachment; filename*=utf-8''B%E1o%20c%ZZo.docx", "filename") ==
          "B\xEF\xBF\xBDo c%ZZo.docx");
    // Continuations, encoded and plain, in a charset iconv knows.
    CHECK(plugins::rfc2231_parameter("attachment;\r\n filename*0*=iso-8859-1''B%E1o%20;\r\n filename*1=\"c.docx\"",
                                     "filename") == "Báo c.docx");
    CHECK_FALSE(plugins::rfc2231_parameter("attachment; filename=\"plain.docx\"", "filename"));
}
