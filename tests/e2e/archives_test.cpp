// SPDX-License-Identifier: Apache-2.0
// Reports that arrive inside archives other than zip: a RAR attached to a
// message, a RAR sent under a Word name, a gzip-compressed tar. Each report is
// read and counts for its unit; before the archive source they were refused
// as files of no known format and their units shown as unreadable.
#include "e2e_support.hpp"
#include "rar_writing.hpp"
#include "test_paths.hpp"

#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace baocao::testing;

namespace {

std::string base64(const std::string& bytes) {
    std::ostringstream out;
    Poco::Base64Encoder enc(out);
    enc << bytes;
    enc.close();
    return out.str();
}

/// A message from Kỳ Anh's committee with `rar` attached.
std::string message_with_rar(const std::string& rar) {
    return "From: Huyen uy Ky Anh <vanphong@kyanh.hatinh.gov.vn>\r\n"
           "To: bandanvan@hatinh.gov.vn\r\n"
           "Date: Fri, 27 Sep 2013 09:15:00 +0700\r\n"
           "Subject: =?UTF-8?B?" + base64("Báo cáo sơ kết 5 năm Chỉ thị 32") + "?=\r\n"
           "Message-ID: <ky-anh-ct32@kyanh.hatinh.gov.vn>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
           "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nKính gửi Ban Dân vận Tỉnh ủy.\r\n"
           "--b1\r\nContent-Type: application/x-rar-compressed; name=\"BC CT32 Ky Anh.rar\"\r\n"
           "Content-Disposition: attachment; filename=\"BC CT32 Ky Anh.rar\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" + base64(rar) + "\r\n--b1--\r\n";
}

}  // namespace

TEST_CASE("reports inside RAR and tar.gz archives, attached or sent whole, count for their units", "[e2e][archives]") {
    const fs::path root = temp_dir("archives");
    const fs::path inbox = root / "inbox";
    fs::create_directories(inbox);
    const fs::path demo_inbox = demo_dir() / "inbox";
    const std::string ky_anh = read_bytes(demo_inbox / "KyAnh_BC_CT32.docx");
    const std::string vu_quang = read_bytes(demo_inbox / "Báo cáo Vũ Quang.docx");
    const std::string duc_tho = read_bytes(demo_inbox / "duc-tho-bao-cao-so-ket-ct32.docx");
    // RAR 5, the report in a folder, attached to a message.
    std::ofstream(inbox / "ky-anh.eml", std::ios::binary)
        << message_with_rar(rar5_archive({{"Báo cáo/BC CT32 Kỳ Anh.docx", ky_anh}, {"Báo cáo/Thumbs.db", "junk"}}));
    // RAR 4 saved under a Word name.
    std::ofstream(inbox / "Báo cáo Vũ Quang.docx", std::ios::binary) << rar4_archive({{"VuQuang.docx", vu_quang}});
    // A tar.gz, written by the system's tar.
    const fs::path staging = root / "staging";
    fs::create_directories(staging);
    std::ofstream(staging / "duc-tho.docx", std::ios::binary) << duc_tho;
    const int tar = std::system(("tar -czf '" + (inbox / "duc-tho.tar.gz").string() + "' -C '" + staging.string() + "' duc-tho.docx").c_str());
    REQUIRE(tar == 0);

    const auto result = run_demo_plan_on(inbox, root / "out");
    CHECK(result->getArray("rejected")->size() == 0);
    const auto subs = result->getArray("submissions");
    for (std::size_t i = 0; i < subs->size(); ++i) CHECK(subs->getObject(static_cast<unsigned>(i))->getArray("sections")->size() >= 2);
    CHECK(unit_by_inbox_source(result) == std::map<std::string, std::string>{
                                {"inbox/ky-anh.eml#BC CT32 Ky Anh.rar#Báo cáo/BC CT32 Kỳ Anh.docx", "ky-anh"},
                                {"inbox/Báo cáo Vũ Quang.docx#VuQuang.docx", "vu-quang"},
                                {"inbox/duc-tho.tar.gz#duc-tho.docx", "duc-tho"}});
    for (const std::string id : {"ky-anh", "vu-quang", "duc-tho"}) {
        INFO(id);
        const std::string status = unit_row(result, id)->getValue<std::string>("status");
        CHECK((status == "on_time" || status == "late"));
    }
    // Received on 27/09/2013 by mail, before the district deadline of 05/10/2013.
    CHECK(unit_row(result, "ky-anh")->getValue<std::string>("status") == "on_time");
    fs::remove_all(root);
}
