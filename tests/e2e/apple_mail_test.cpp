// SPDX-License-Identifier: Apache-2.0
// A copy of Apple Mail's store given as input: each message an .emlx; an IMAP
// message's attachments kept apart, in Attachments/<id>/<part>/ beside
// Messages/. Before source-mail read .emlx, every message was refused as
// "this is a .emlx file" and the attachments, read loose, had no receipt time.
#include "e2e_support.hpp"
#include "test_paths.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <catch2/catch.hpp>

#include <fstream>

namespace fs = std::filesystem;
using namespace baocao::testing;

TEST_CASE("an Apple Mail store: the report kept beside its .partial.emlx counts once, received when the message was",
          "[e2e][emlx]") {
    const fs::path root = temp_dir("apple-mail");
    const fs::path data = root / "Mail" / "V10" / "ACCOUNT" / "INBOX.mbox" / "Data" / "0";
    fs::create_directories(data / "Messages");
    fs::create_directories(data / "Attachments" / "123" / "2");
    std::ofstream(data / "Attachments" / "123" / "2" / "BC Kỳ Anh.docx", std::ios::binary)
        << read_bytes(demo_dir() / "inbox" / "KyAnh_BC_CT32.docx");
    const std::string msg =
        "Received: from mx by mail.hatinh.example.vn; Fri, 27 Sep 2013 09:15:00 +0700\r\n"
        "From: Van phong <vanphong.kyanh@hatinh.example.vn>\r\nSubject: Bao cao\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nKinh gui.\r\n"
        "--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; "
        "name=\"=?UTF-8?B?QkMgS+G7syBBbmguZG9jeA==?=\"\r\n"
        "Content-Disposition: attachment; filename=\"=?UTF-8?B?QkMgS+G7syBBbmguZG9jeA==?=\"\r\n"
        "Content-Transfer-Encoding: base64\r\nX-Apple-Content-Length: 40000\r\n\r\n\r\n--b--\r\n";
    std::ofstream(data / "Messages" / "123.partial.emlx", std::ios::binary)
        << std::to_string(msg.size()) << "\n" << msg << "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict></dict></plist>\n";
    std::ofstream(data.parent_path().parent_path() / ".mboxCache.plist") << "<plist/>";

    const auto result = run_demo_plan_on(root / "Mail", root / "out");
    CHECK(result->getArray("rejected")->size() == 0);
    const auto row = unit_row(result, "ky-anh");
    CHECK(row->getValue<std::string>("status") == "on_time");
    const std::string counted = row->getValue<std::string>("submission");
    CHECK(counted.ends_with("Messages/123.partial.emlx#BC Kỳ Anh.docx"));
    // The loose copy under Attachments is the same file: a duplicate of the message's.
    const auto subs = result->getArray("submissions");
    REQUIRE(subs->size() == 2);
    for (std::size_t i = 0; i < subs->size(); ++i) {
        const auto s = subs->getObject(static_cast<unsigned>(i));
        if (s->getValue<std::string>("source") == counted) CHECK(s->getValue<std::string>("received_at") == "2013-09-27T09:15:00+07:00");
        else CHECK(s->getValue<std::string>("superseded_by") == counted);
    }
    fs::remove_all(root);
}
