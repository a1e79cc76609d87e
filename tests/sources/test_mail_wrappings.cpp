// SPDX-License-Identifier: Apache-2.0
// Mail that holds a report in another wrapping than a MIME attachment:
// uuencoded into the body, or split into message/partial fragments.
#include "source_test_support.hpp"

#include "mail_source.hpp"
#include "tnef_reader.hpp"
#include "uuencode.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

/// Uuencodes `bytes` as `uuencode` writes it: 45 bytes a line, backquote for zero.
std::string uuencode(const std::string& name, const std::string& bytes) {
    auto enc = [](unsigned v) { return v == 0 ? '`' : static_cast<char>(' ' + v); };
    std::string out = "begin 644 " + name + "\n";
    for (std::size_t i = 0; i < bytes.size(); i += 45) {
        const std::size_t n = std::min<std::size_t>(45, bytes.size() - i);
        out += enc(static_cast<unsigned>(n));
        for (std::size_t k = 0; k < n; k += 3) {
            unsigned char b[3] = {0, 0, 0};
            for (std::size_t j = 0; j < 3 && k + j < n; ++j) b[j] = static_cast<unsigned char>(bytes[i + k + j]);
            out += enc(b[0] >> 2);
            out += enc(((b[0] & 3) << 4) | (b[1] >> 4));
            out += enc(((b[1] & 15) << 2) | (b[2] >> 6));
            out += enc(b[2] & 63);
        }
        out += "\n";
    }
    return out + "`\nend\n";
}

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

namespace {

/// A TNEF stream as Outlook writes winmail.dat: a message attribute, then one
/// attachment with its rendering, short title, data and MAPI properties
/// giving the long (UTF-16) file name.
std::string tnef_with(const std::string& short_name, const std::u16string& long_name, const std::string& data) {
    auto u16 = [](std::string& s, unsigned v) { s += static_cast<char>(v & 0xFF); s += static_cast<char>(v >> 8 & 0xFF); };
    auto u32 = [&](std::string& s, std::uint32_t v) { u16(s, v & 0xFFFF); u16(s, v >> 16); };
    auto attribute = [&](std::string& s, std::uint8_t level, std::uint32_t id, const std::string& value) {
        s += static_cast<char>(level);
        u32(s, id);
        u32(s, static_cast<std::uint32_t>(value.size()));
        s += value;
        unsigned sum = 0;
        for (unsigned char c : value) sum += c;
        u16(s, sum & 0xFFFF);
    };
    std::string s;
    u32(s, 0x223E9F78);
    u16(s, 0x0001);
    attribute(s, 1, 0x00089006, std::string("\x00\x00\x01\x00", 4));   // attTnefVersion-like message attribute
    attribute(s, 2, 0x00069002, std::string(14, '\0'));                 // attAttachRendData
    attribute(s, 2, 0x00018010, short_name + '\0');                     // attAttachTitle
    attribute(s, 2, 0x0006800F, data);                                  // attAttachData
    std::string props;
    u32(props, 1);
    u16(props, 0x001F);
    u16(props, 0x3707);
    u32(props, 1);
    std::string name;
    for (char16_t c : long_name) u16(name, c);
    u16(name, 0);
    u32(props, static_cast<std::uint32_t>(name.size()));
    props += name;
    props.append((4 - name.size() % 4) % 4, '\0');
    attribute(s, 2, 0x00069005, props);                                 // attAttachment
    return s;
}

std::string base64(const std::string& in) {
    static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < in.size(); i += 3) {
        const unsigned b0 = static_cast<unsigned char>(in[i]);
        const unsigned b1 = i + 1 < in.size() ? static_cast<unsigned char>(in[i + 1]) : 0;
        const unsigned b2 = i + 2 < in.size() ? static_cast<unsigned char>(in[i + 2]) : 0;
        out += t[b0 >> 2];
        out += t[((b0 & 3) << 4) | (b1 >> 4)];
        out += i + 1 < in.size() ? t[((b1 & 15) << 2) | (b2 >> 6)] : '=';
        out += i + 2 < in.size() ? t[b2 & 63] : '=';
        if (i % 57 == 54) out += "\r\n";
    }
    return out;
}

}  // namespace

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
