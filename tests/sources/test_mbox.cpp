// SPDX-License-Identifier: Apache-2.0
// Mailboxes: mbox splitting and quoting, and Maildir folders.
#include "source_test_support.hpp"

#include "fs_source.hpp"
#include "mail_source.hpp"
#include "mbox_reader.hpp"

#include <catch2/catch.hpp>

#include <Poco/Base64Encoder.h>

#include <sstream>

using namespace baocao;
using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

void check_three(const expansion& out) {
    REQUIRE(out.names() == std::vector<std::string>{"1", "2", "3"});
    CHECK(out.rejected.empty());
    for (const auto& it : out.items) {
        CHECK(it.in_memory());
        CHECK(it.source.empty());  // the core makes "box.mbox#2"
    }
    CHECK(out.items[0].bytes->starts_with("Received: from x by mx.tinhuy.hatinh.vn;"));
    const std::string& second = *out.items[1].bytes;
    CHECK(second.starts_with("From: two@example.vn\n"));
    // mboxrd: one '>' removed from quoted From lines.
    CHECK(second.find("\nFrom the district, quoted once\n") != std::string::npos);
    CHECK(second.find("\n>From here, quoted twice\n") != std::string::npos);
    // A bare "From " line after text (no blank line, no date) is body, not a separator.
    CHECK(second.find("\nFrom here on, a careless unquoted line after text\n") != std::string::npos);
    CHECK(out.items[2].bytes->find("Subject: third") != std::string::npos);
}

}  // namespace

TEST_CASE("mbox: three messages, named by position, from disk and from memory", "[sources][mbox]") {
    source_fixture fx;
    plugins::mail_source src;
    const item on_disk = file_item(sources_data() / "three.mbox", "inbox/three.mbox");
    CHECK(src.probe(on_disk, head_of(on_disk)) == 90);
    check_three(fx.expand(src, on_disk));
    check_three(fx.expand(src, memory_item("box", slurp(on_disk.path))));
}

TEST_CASE("mbox: each message comes back to the mail source as a message", "[sources][mbox]") {
    source_fixture fx;
    plugins::mail_source src;
    const auto box = fx.expand(src, file_item(sources_data() / "three.mbox"));
    REQUIRE(box.items.size() == 3);
    for (const auto& m : box.items) CHECK(src.probe(m, m.bytes->substr(0, 4096)) == 70);

    const auto third = fx.expand(src, box.items[2]);
    REQUIRE(third.names() == std::vector<std::string>{"ba.docx"});
    CHECK(*third.items[0].bytes == std::string("PK\x03\x04" "fake docx: mbox three"));
    CHECK(third.items[0].env.sender == "three@example.vn");
    CHECK(third.items[0].env.message_key == "m3@example.vn");
    try {
        fx.expand(src, box.items[0]);
        FAIL("the first message has no attachment");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::no_attachment);
    }
}

TEST_CASE("mbox: a message over max_input_bytes is rejected by position, the others kept", "[sources][mbox]") {
    source_fixture fx;
    plugins::mail_source src;
    const std::string big(2000, 'x');
    const std::string box = "From a Tue Oct  1 08:00:00 2013\nSubject: small\n\nhi\n\n"
                            "From b Tue Oct  1 09:00:00 2013\nSubject: big\n\n" + big + "\n\n"
                            "From c Tue Oct  1 10:00:00 2013\nSubject: small too\n\nhi\n";
    fx.state->limits.max_input_bytes = 1000;
    const auto out = fx.expand(src, memory_item("box.mbox", box));
    CHECK(out.names() == std::vector<std::string>{"1", "3"});
    REQUIRE(out.rejected.size() == 1);
    CHECK(out.rejected[0].name == "2");
    CHECK(out.rejected[0].code == error_code::too_large);
}

TEST_CASE("mbox: separators need a sender and a date on them, blank line or not", "[sources][mbox]") {
    std::vector<std::string> got;
    plugins::split_mbox("\xEF\xBB\xBF" "From a@b Tue Oct  1 08:00:00 2013\r\nSubject: 1\r\n\r\nFrom me, hello\r\n"
                        "text\r\nFrom x@y Wed Oct  2 08:00:00 2013\r\nSubject: 2\r\n\r\n"
                        ">>>From deep\r\n",
                        1 << 20, [&](std::size_t pos, std::string&& bytes, bool big) {
                            CHECK_FALSE(big);
                            CHECK(pos == got.size() + 1);
                            got.push_back(bytes);
                        });
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "Subject: 1\r\n\r\nFrom me, hello\r\ntext\r\n");
    CHECK(got[1] == "Subject: 2\r\n\r\n>>From deep\r\n");
}

namespace {

std::string base64_of(const std::string& bytes) {
    std::ostringstream out;
    Poco::Base64Encoder enc(out);
    enc << bytes;
    enc.close();
    return out.str();
}

std::vector<std::string> split_all(const std::string& box, std::uint64_t max = 1 << 20) {
    std::vector<std::string> got;
    plugins::split_mbox(box, max, [&](std::size_t, std::string&& bytes, bool big) {
        CHECK_FALSE(big);
        got.push_back(bytes);
    });
    return got;
}

const std::string message_with_attachment =
    "From: hu@canloc.vn\nSubject: report\nMIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
    "--b\nContent-Type: text/plain\n\nDear comrades,\n\n"
    "From 2013 to 2014, at 10:30 every Monday, the committee met.\n\n"
    "From the district office\n\n"
    "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"r.docx\"\n"
    "Content-Transfer-Encoding: base64\n\nUEsDBA==\n--b--\n";

}  // namespace

TEST_CASE("mbox: mboxo body lines starting \"From \" after a blank line do not split a message", "[sources][mbox]") {
    const auto got = split_all("From hu@canloc.vn Tue Oct  1 08:00:00 2013\n" + message_with_attachment +
                               "\nFrom b@c.vn Wed Oct  2 09:00:00 2013\nSubject: two\n\nhi\n");
    REQUIRE(got.size() == 2);
    CHECK(got[0].find("filename=\"r.docx\"") != std::string::npos);
    CHECK(got[0].find("From the district office") != std::string::npos);
    CHECK(got[1] == "Subject: two\n\nhi\n");
}

TEST_CASE("mbox: Content-Length (mboxcl2) keeps a body's From_ lines in the message", "[sources][mbox]") {
    const std::string body = "quoted:\n\nFrom x@y.vn Tue Oct  1 08:00:00 2013\nSubject: not a message\n\nend\n";
    const std::string box = "From a@b.vn Tue Oct  1 08:00:00 2013\nSubject: one\nContent-Length: " +
                            std::to_string(body.size()) + "\n\n" + body +
                            "\nFrom c@d.vn Wed Oct  2 09:00:00 2013\nSubject: two\n\nhi\n";
    const auto got = split_all(box);
    REQUIRE(got.size() == 2);
    CHECK(got[0].find("Subject: not a message") != std::string::npos);
    CHECK(got[1] == "Subject: two\n\nhi\n");
}

TEST_CASE("mbox: a mailbox whose first line is blank, CRLF or a space is still a mailbox", "[sources][mbox]") {
    source_fixture fx;
    plugins::mail_source src;
    for (const std::string lead : {"\n", "\r\n", " \n", "\n\n \t\r\n"}) {
        INFO("leading " << lead.size() << " bytes");
        const std::string box = lead + "From a@b.vn Tue Oct  1 08:00:00 2013\nFrom: a@b.vn\nSubject: one\n\nhi\n\n"
                                       "From c@d.vn Wed Oct  2 09:00:00 2013\nFrom: c@d.vn\nSubject: two\n\nhi\n";
        const item it = memory_item("box.mbox", box);
        CHECK(src.probe(it, box.substr(0, 4096)) >= 80);
        const auto out = fx.expand(src, it);
        CHECK(out.names() == std::vector<std::string>{"1", "2"});
        CHECK(out.rejected.empty());
    }
}

TEST_CASE("mbox: a message/rfc822 part that starts with its own From_ line is one message", "[sources][mbox]") {
    source_fixture fx;
    plugins::mail_source src;
    const std::string inner = "From x@y.vn Tue Oct  1 08:00:00 2013\nFrom: x@y.vn\nSubject: inner\n"
                              "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"i\"\n\n"
                              "--i\nContent-Type: text/plain\n\nFrom now on we report monthly.\n\n"
                              "From x@y.vn Tue Oct  1 08:00:00 2013\n\n"
                              "--i\nContent-Type: application/octet-stream\n"
                              "Content-Disposition: attachment; filename=\"inner.docx\"\n\nPK\x03\x04zz\n--i--\n";
    const std::string outer = "From: a@b.vn\nSubject: fwd\nMIME-Version: 1.0\n"
                              "Content-Type: multipart/mixed; boundary=\"o\"\n\n--o\nContent-Type: text/plain\n\nsee\n"
                              "--o\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n"
                              "Content-Disposition: attachment; filename=\"fwd\"\n\n" +
                              base64_of(inner) + "\n--o--\n";
    const auto out = fx.expand(src, memory_item("m.eml", outer));
    REQUIRE(out.items.size() == 1);
    const item& child = out.items[0];
    CHECK_FALSE(child.bytes->starts_with("From "));
    const auto inside = fx.expand(src, child);
    CHECK(inside.names() == std::vector<std::string>{"inner.docx"});
}

TEST_CASE("Maildir: a folder whose message files are recognized by content", "[sources][mbox]") {
    source_fixture fx;
    plugins::fs_source folder;
    plugins::mail_source mail;
    const fs::path root = temp_dir("maildir");
    fs::create_directories(root / "tmp");
    write_file(root / "cur" / "1380907800.M1P2.mx:2,S", slurp(sources_data() / "outlook-1258.eml"));
    write_file(root / "new" / "1380500000.M2P3.mx", slurp(sources_data() / "thunderbird-2231.eml"));
    const auto files = fx.expand(folder, file_item(root, "Maildir"));
    REQUIRE(files.names() == std::vector<std::string>{"cur/1380907800.M1P2.mx:2,S", "new/1380500000.M2P3.mx"});
    CHECK(files.items[0].source == "Maildir/cur/1380907800.M1P2.mx:2,S");

    std::vector<std::string> docs;
    for (const auto& f : files.items) {
        CHECK(mail.probe(f, head_of(f)) == 70);
        for (const auto& d : fx.expand(mail, f).items) docs.push_back(d.name);
    }
    CHECK(docs == std::vector<std::string>{"Báo cáo sơ kết Huyện ủy Can Lộc.docx", "Báo cáo sơ kết Nghi Xuân.docx",
                                           "Résumé final.xlsx"});
    fs::remove_all(root);
}
