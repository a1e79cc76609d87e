// SPDX-License-Identifier: Apache-2.0
// Reports saved out of Outlook for Windows as .msg files (a message dragged
// into a folder, or a message attached to a message). Before source-mail read
// them, each was refused as "an OLE2 file without a WordDocument stream" and
// its unit shown as not having reported.
#include "e2e_support.hpp"
#include "outlook_msg_writing.hpp"
#include "test_paths.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <catch2/catch.hpp>

#include <fstream>

namespace fs = std::filesystem;
using namespace baocao::testing;

TEST_CASE("reports in Outlook .msg files count for their units, received when Outlook says", "[e2e][msg]") {
    const fs::path root = temp_dir("outlook-msg");
    const fs::path inbox = root / "inbox";
    fs::create_directories(inbox);
    const fs::path demo_inbox = demo_dir() / "inbox";

    // Kỳ Anh's message as Outlook saves a received one: the Internet headers kept.
    msg_properties ky_anh;
    ky_anh.text(0x001A, u"IPM.Note")
        .text(0x0037, u"Báo cáo sơ kết 5 năm Chỉ thị 32")
        .text(0x007D, u"Received: from mx.kyanh by mail.hatinh; Fri, 27 Sep 2013 09:15:00 +0700\r\n"
                      u"From: Van phong <vanphong.kyanh@hatinh.example.vn>\r\nMessage-ID: <ct32@kyanh>\r\n\r\n");
    std::ofstream(inbox / "Báo cáo sơ kết 5 năm Chỉ thị 32.msg", std::ios::binary)
        << outlook_msg(ky_anh, {file_attachment(u"BC CT32 Kỳ Anh.docx", read_bytes(demo_inbox / "KyAnh_BC_CT32.docx"))});

    // Vũ Quang's report sent on as an attached Outlook item: as with a forwarded .eml, it
    // reached the commission when and from whom the carrying message did.
    msg_properties forward;
    forward.text(0x001A, u"IPM.Note").text(0x5D01, u"vanphong.vuquang@hatinh.example.vn").text(0x0037, u"Fw: BC Vũ Quang")
        .time(0x0E06, 1380764400);   // 2013-10-03 08:40 +07:00
    msg_attachment item;
    item.properties.integer(0x3705, 5).text(0x3001, u"BC Vũ Quang");
    msg_attachment::attached_message original;
    original.properties.text(0x001A, u"IPM.Note").text(0x5D01, u"bdv.vuquang@hatinh.example.vn")
        .time(0x0E06, 1380505200);   // 2013-09-30, when it reached the office that sent it on
    original.attachments.push_back(file_attachment(u"Báo cáo Vũ Quang.docx", read_bytes(demo_inbox / "Báo cáo Vũ Quang.docx")));
    item.item.push_back(original);
    std::ofstream(inbox / "Fw BC Vu Quang.msg", std::ios::binary) << outlook_msg(forward, {item});

    const auto result = run_demo_plan_on(inbox, root / "out");
    CHECK(result->getArray("rejected")->size() == 0);
    const auto subs = result->getArray("submissions");
    for (std::size_t i = 0; i < subs->size(); ++i) {
        const auto s = subs->getObject(static_cast<unsigned>(i));
        CHECK(s->getArray("sections")->size() >= 2);
        const bool vu_quang = s->getValue<std::string>("source").ends_with("Báo cáo Vũ Quang.docx");
        CHECK(s->getValue<std::string>("received_at") == (vu_quang ? "2013-10-03T08:40:00+07:00" : "2013-09-27T09:15:00+07:00"));
    }
    CHECK(unit_by_inbox_source(result) == std::map<std::string, std::string>{
                                {"inbox/Báo cáo sơ kết 5 năm Chỉ thị 32.msg#BC CT32 Kỳ Anh.docx", "ky-anh"},
                                {"inbox/Fw BC Vu Quang.msg#Báo cáo Vũ Quang.docx", "vu-quang"}});
    CHECK(unit_row(result, "ky-anh")->getValue<std::string>("status") == "on_time");
    CHECK(unit_row(result, "vu-quang")->getValue<std::string>("status") == "on_time");
    fs::remove_all(root);
}
