// SPDX-License-Identifier: Apache-2.0
// A Maildir message a mail client moves while a run reads the folder: listed
// in new/, renamed to cur/<unique>:2,S (marked read) before it is opened. It
// is found again by its unique name and read, never refused as unreadable.
#include "source_test_support.hpp"

#include "fs_source.hpp"
#include "mail_source.hpp"

#include <baocao/sdk/maildir.hpp>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

const std::string message_text =
    "From: Van phong <vp@canloc.example.vn>\r\nTo: bdv@hatinh.example.vn\r\nSubject: Bao cao\r\n"
    "Date: Sat, 28 Sep 2013 08:59:00 +0700\r\nMessage-ID: <moved@canloc.example.vn>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nxem\r\n"
    "--b1\r\nContent-Type: application/octet-stream\r\n"
    "Content-Disposition: attachment; filename=\"bao-cao.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    "UEsDBBQAAAAIAA==\r\n--b1--\r\n";

struct maildir_world {
    fs::path root = temp_dir("maildir-moves");
    maildir_world() {
        for (const char* sub : {"cur", "new", "tmp"}) fs::create_directories(root / sub);
    }
};

}  // namespace

TEST_CASE("a Maildir message moved from new/ to cur/ after the listing is still read", "[sources][maildir]") {
    maildir_world w;
    write_file(w.root / "new" / "1380333600.M1P1.host", message_text);
    source_fixture fx;
    plugins::fs_source folder;
    const auto listed = fx.expand(folder, file_item(w.root, "inbox"));
    REQUIRE(listed.items.size() == 1);
    const item& msg = listed.items[0];
    CHECK(msg.source == "inbox/new/1380333600.M1P1.host");

    // The mail client marks it read.
    fs::rename(w.root / "new" / "1380333600.M1P1.host", w.root / "cur" / "1380333600.M1P1.host:2,S");

    CHECK(msg.size() == message_text.size());
    CHECK(msg.head(5) == "From:");
    plugins::mail_source mail;
    const auto opened = fx.expand(mail, msg);
    CHECK(opened.rejected.empty());
    REQUIRE(opened.items.size() == 1);
    CHECK(opened.items[0].name == "bao-cao.docx");
    CHECK(opened.items[0].env.sender == "vp@canloc.example.vn");
}

TEST_CASE("a Maildir message whose flags changed in cur/ is found by its unique name", "[sources][maildir]") {
    maildir_world w;
    write_file(w.root / "cur" / "1380333601.M2P2.host:2,", message_text);
    fs::rename(w.root / "cur" / "1380333601.M2P2.host:2,", w.root / "cur" / "1380333601.M2P2.host:2,RS");
    const auto now = maildir_message_now(w.root / "cur" / "1380333601.M2P2.host:2,");
    REQUIRE(now);
    CHECK(now->filename() == "1380333601.M2P2.host:2,RS");
    // A unique name that only starts the same is another message.
    write_file(w.root / "cur" / "1380333601.M2P2.host2:2,S", message_text);
    CHECK_FALSE(maildir_message_now(w.root / "new" / "1380333601.M2P2"));
}

TEST_CASE("a file gone from a folder that is no Maildir stays unreadable", "[sources][maildir]") {
    const fs::path dir = temp_dir("not-maildir");
    fs::create_directories(dir / "new");
    write_file(dir / "new" / "x.eml", message_text);
    item it = file_item(dir / "new" / "x.eml");
    fs::rename(dir / "new" / "x.eml", dir / "new" / "x.eml:2,S");
    CHECK_FALSE(maildir_message_now(it.path));
    CHECK_THROWS_AS(it.head(4), rejection_error);
}
