// SPDX-License-Identifier: Apache-2.0
// Mail that holds a report in another wrapping than a MIME attachment:
// uuencoded into the body, or split into message/partial fragments.
#include "mail_encodings.hpp"
#include "source_test_support.hpp"

#include "mail_source.hpp"
#include "tnef_reader.hpp"
#include "uuencode.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

/// Bytes of every value, as a .docx holds.
std::string all_bytes() {
    std::string s = "PK\x03\x04";
    for (int i = 0; i < 300; ++i) s += static_cast<char>(i * 7 % 256);
    return s;
}

item message_item(const std::string& text, const std::string& name) {
    item it;
    it.name = name;
    it.source = "inbox/" + name;
    it.bytes = std::make_shared<const std::string>(text);
    return it;
}

}  // namespace

TEST_CASE("source-mail: a .docx uuencoded into the body is extracted", "[sources][mail][uuencode]") {
    const std::string docx = all_bytes();
    const std::string msg = "From: Van phong <vp@canloc.example.vn>\r\nSubject: Bao cao\r\n"
                            "Date: Sat, 28 Sep 2013 08:59:00 +0700\r\n\r\nKinh gui Ban Dan van.\r\n\r\n" +
                            uuencode("Bao cao so ket.docx", docx) + "\r\nTran trong.\r\n";
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, message_item(msg, "uu.eml"));
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].name == "Bao cao so ket.docx");
    CHECK(*out.items[0].bytes == docx);
    CHECK(out.items[0].env.sender == "vp@canloc.example.vn");
}

TEST_CASE("uuencoded blocks: stripped trailing blanks, text lines and a missing end", "[sources][mail][uuencode]") {
    const std::string data = std::string("abc\0\0\0", 6);
    const auto files = plugins::find_uuencoded("hello\n" + uuencode("a.bin", data), 4);
    REQUIRE(files.size() == 1);
    CHECK(files[0].bytes == data);
    // Older encoders write zero as a space, and a server may strip the spaces ending a line.
    const auto stripped = plugins::find_uuencoded("begin 0644 b.bin\n&86)C\n \nend\n", 4);
    REQUIRE(stripped.size() == 1);
    CHECK(stripped[0].name == "b.bin");
    CHECK(stripped[0].bytes == data);
    CHECK(plugins::find_uuencoded("we begin 644 at nine\nbegin now\n", 4).empty());
    const auto cut = plugins::find_uuencoded("begin 644 c.bin\n#86)C\nKinh gui\n", 4);
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].bytes == "abc");
}

TEST_CASE("source-mail: a message/partial fragment is refused as partial_message, saying so", "[sources][mail][partial]") {
    const std::string msg = "From: vp@canloc.example.vn\r\nSubject: Bao cao (1/2)\r\nDate: Sat, 28 Sep 2013 08:59:00 +0700\r\n"
                            "MIME-Version: 1.0\r\nContent-Type: message/partial; id=\"abc@canloc\"; number=1; total=2\r\n\r\n"
                            "From: vp@canloc.example.vn\r\nSubject: Bao cao\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n";
    source_fixture fx;
    plugins::mail_source src;
    try {
        fx.expand(src, message_item(msg, "partial.eml"));
        FAIL("a fragment was read");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::partial_message);
        CHECK_THAT(e.what(), Catch::Contains("part 1 of 2") && Catch::Contains("message/partial"));
        CHECK(e.sender() == "vp@canloc.example.vn");
    }
}

TEST_CASE("source-mail: the .docx inside Outlook's winmail.dat (TNEF) is extracted under its long name", "[sources][mail][tnef]") {
    const std::string docx = all_bytes();
    const std::string winmail = tnef_with("BAOCAO~1.DOC", u"Báo cáo sơ kết.docx", docx);
    const std::string msg = "From: Van phong <vp@canloc.example.vn>\r\nSubject: Bao cao\r\nDate: Sat, 28 Sep 2013 08:59:00 +0700\r\n"
                            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                            "Content-Type: text/plain\r\n\r\nKinh gui.\r\n--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\n"
                            "Content-Disposition: attachment; filename=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                            base64(winmail) + "\r\n--b--\r\n";
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, message_item(msg, "tnef.eml"));
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].name == "Báo cáo sơ kết.docx");
    CHECK(*out.items[0].bytes == docx);
}

TEST_CASE("TNEF streams cut short or lying about lengths give what they hold and no more", "[sources][mail][tnef]") {
    const std::string docx = all_bytes();
    const std::string whole = tnef_with("BAOCAO~1.DOC", u"r.docx", docx);
    REQUIRE(plugins::read_tnef(whole, 8).size() == 1);
    for (std::size_t cut = 0; cut < whole.size(); cut += 7) {
        const auto files = plugins::read_tnef(std::string_view(whole).substr(0, cut), 8);
        for (const auto& f : files) CHECK(f.bytes.size() <= cut);
    }
    std::string lying = whole;
    // The title's length: signature and key, the message attribute, the rendering, then level, id and length.
    lying[6 + 15 + 25 + 1 + 4 + 3] = '\xFF';   // near 4 GB
    CHECK(plugins::read_tnef(lying, 8).size() <= 1);
    CHECK(plugins::read_tnef("not tnef", 8).empty());
}

TEST_CASE("source-mail: a Mac's AppleDouble attachment gives its data fork; the resource fork is skipped, not the report",
          "[sources][mail][appledouble]") {
    const std::string docx = all_bytes();
    const std::string resource_fork = std::string("\x00\x05\x16\x07\x00\x02\x00\x00", 8) + std::string(24, '\0');
    const std::string msg =
        "From: Van phong <vp@canloc.example.vn>\r\nSubject: Bao cao\r\nDate: Sat, 28 Sep 2013 08:59:00 +0700\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=outer\r\n\r\n"
        "--outer\r\nContent-Type: text/plain\r\n\r\nKinh gui.\r\n"
        "--outer\r\nContent-Type: multipart/appledouble; boundary=apple\r\n\r\n"
        "--apple\r\nContent-Type: application/applefile; name=\"Bao cao.docx\"\r\n"
        "Content-Disposition: attachment; filename=\"Bao cao.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
        base64(resource_fork) +
        "\r\n--apple\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"Bao cao.docx\"\r\n"
        "Content-Disposition: attachment; filename=\"Bao cao.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
        base64(docx) + "\r\n--apple--\r\n--outer--\r\n";
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, message_item(msg, "mac.eml"));
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].name == "Bao cao.docx");
    CHECK(*out.items[0].bytes == docx);
    REQUIRE(out.rejected.size() == 1);
    CHECK(out.rejected[0].code == error_code::appledouble);
    CHECK(is_skip_reason(out.rejected[0].code));
    CHECK(out.rejected[0].name == "._Bao cao.docx");
}

namespace {

/// An Apple Mail .emlx: the message's length, the message, Apple Mail's property list.
std::string emlx_of(const std::string& message, std::size_t declared) {
    return std::to_string(declared) + "\n" + message +
           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>date-received</key>\n"
           "\t<integer>1380333540</integer>\n\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n";
}

}  // namespace

TEST_CASE("source-mail: Apple Mail's .emlx gives its message's attachments, the property list after it left alone",
          "[sources][mail][emlx]") {
    const std::string docx = all_bytes();
    const std::string msg = "Received: from mx by mail.hatinh.example.vn; Sat, 28 Sep 2013 08:59:00 +0700\r\n"
                            "From: Van phong <vanphong.canloc@hatinh.example.vn>\r\nSubject: Bao cao\r\n"
                            "Date: Sat, 28 Sep 2013 08:50:00 +0700\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nKinh gui.\r\n"
                            "--b\r\nContent-Type: application/octet-stream; name=\"Bao cao.docx\"\r\n"
                            "Content-Disposition: attachment; filename=\"Bao cao.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                            base64(docx) + "\r\n--b--\r\n";
    source_fixture fx;
    plugins::mail_source src;
    const std::string emlx = emlx_of(msg, msg.size());
    // Before: "this is a .emlx file; baocao reads .docx reports" and the report lost.
    CHECK(src.probe(message_item(emlx, "12345.emlx"), emlx) == probe_scale::content_and_name);
    CHECK(src.probe(message_item(emlx, "12345"), emlx) == probe_scale::content_loose);
    const auto out = fx.expand(src, message_item(emlx, "12345.emlx"));
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].name == "Bao cao.docx");
    CHECK(*out.items[0].bytes == docx);
    CHECK(out.items[0].env.sender == "vanphong.canloc@hatinh.example.vn");

    SECTION("a length past the end: the message there is read") {
        const auto cut = fx.expand(src, message_item(emlx_of(msg, msg.size() + 100000), "cut.emlx"));
        REQUIRE(cut.items.size() == 1);
        CHECK(*cut.items[0].bytes == docx);
    }
    SECTION("named .emlx without its length line: refused as damaged mail") {
        CHECK(src.probe(message_item("not mail at all", "x.emlx"), "not mail at all") == probe_scale::name_only);
        try {
            fx.expand(src, message_item("not mail at all", "x.emlx"));
            FAIL("read");
        } catch (const rejection_error& e) {
            CHECK(e.code() == error_code::corrupt_mime);
        }
    }
}

TEST_CASE("source-mail: Apple Mail's .partial.emlx gets its attachments from the Attachments folder beside Messages",
          "[sources][mail][emlx]") {
    // ~/Library/Mail/V10/<account>/INBOX.mbox/<uuid>/Data/0/Messages/123.partial.emlx and
    // .../Data/0/Attachments/123/2/<name>: an IMAP message whose attachments Mail keeps apart.
    const std::string docx = all_bytes();
    const std::string msg = "Received: from mx by mail.hatinh.example.vn; Sat, 28 Sep 2013 08:59:00 +0700\r\n"
                            "From: Van phong <vanphong.canloc@hatinh.example.vn>\r\nSubject: Bao cao\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nKinh gui.\r\n"
                            "--b\r\nContent-Type: application/octet-stream; name=\"=?UTF-8?B?QsOhbyBjw6FvLmRvY3g=?=\"\r\n"
                            "Content-Disposition: attachment; filename=\"=?UTF-8?B?QsOhbyBjw6FvLmRvY3g=?=\"\r\n"
                            "Content-Transfer-Encoding: base64\r\nX-Apple-Content-Length: 304\r\n\r\n\r\n--b--\r\n";
    const std::filesystem::path data = temp_dir("apple-mail") / "Data" / "0";
    std::filesystem::create_directories(data / "Messages");
    std::filesystem::create_directories(data / "Attachments" / "123" / "2");
    write_file(data / "Messages" / "123.partial.emlx", emlx_of(msg, msg.size()));
    write_file(data / "Attachments" / "123" / "2" / "Báo cáo.docx", docx);
    source_fixture fx;
    plugins::mail_source src;
    const auto out = fx.expand(src, file_item(data / "Messages" / "123.partial.emlx"));
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].name == "Báo cáo.docx");
    CHECK(*out.items[0].bytes == docx);
    CHECK(out.items[0].env.sender == "vanphong.canloc@hatinh.example.vn");

    SECTION("its name in another normal form: the part's one file") {
        std::filesystem::remove(data / "Attachments" / "123" / "2" / "Báo cáo.docx");
        write_file(data / "Attachments" / "123" / "2" / "Ba\xCC\x81o ca\xCC\x81o.docx", docx);   // NFD, as HFS+ keeps it
        const auto again = fx.expand(src, file_item(data / "Messages" / "123.partial.emlx"));
        REQUIRE(again.items.size() == 1);
        CHECK(*again.items[0].bytes == docx);
    }
    std::filesystem::remove_all(data.parent_path().parent_path());
}
