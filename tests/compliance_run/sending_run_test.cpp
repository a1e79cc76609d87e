// SPDX-License-Identifier: Apache-2.0
// What units sent, through `baocao run`: unreadable files and mails without
// a file belong to their unit, a late replacement is noted, two different
// reports of one unit are both kept, and compliance.csv says it in words.
#include "compliance_inbox.hpp"

#include "side_reports.hpp"
#include "docx_writer.hpp"
#include "outlook_msg_writing.hpp"
#include "rar_writing.hpp"
#include "test_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace baocao::testing;

namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

/// The first bytes of an OLE2 compound file, the container of Word 97-2003 .doc
/// files, and nothing in it: a damaged .doc.
std::string legacy_doc() {
    std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.resize(1536, '\0');
    return bytes;
}

std::string minimal_pdf() { return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"; }

Poco::JSON::Object::Ptr rejection_of(const Poco::JSON::Object::Ptr& result, const std::string& source) {
    auto list = result->getArray("rejected");
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto r = list->getObject(static_cast<unsigned>(i));
        if (r->getValue<std::string>("source") == source) return r;
    }
    FAIL("no rejection " << source);
    return nullptr;
}

std::string rejected_unit(const Poco::JSON::Object::Ptr& result, const std::string& source) {
    const auto r = rejection_of(result, source);
    return r->isNull("unit") ? "null" : r->getObject("unit")->getValue<std::string>("id");
}

}  // namespace

TEST_CASE("a unit that sent only what cannot be read is unreadable, not missing, and its rejections name it") {
    compliance_inbox box("unreadable");
    const std::string report = compliance_inbox::report("huong-khe", 52, vn(2013, 10, 2));
    box.loose("Bao cao Huong Khe.docx", report.substr(0, report.size() * 3 / 5));
    box.mail("hong-linh.eml", "hong-linh", vn(2013, 10, 2, 10), {});
    box.mail("nghi-xuan.eml", "nghi-xuan", vn(2013, 10, 3), {{"Báo cáo Nghi Xuân.doc", legacy_doc()}});
    box.mail("ky-anh.eml", "ky-anh", vn(2013, 10, 4), {{"Báo cáo Kỳ Anh.pdf", minimal_pdf()}});
    box.mail("vu-quang.eml", "vu-quang", vn(2013, 10, 4),
             {{"BC Vũ Quang.part1.rar", rar5_archive({{"BC Vũ Quang.docx", "PK first half", false, true}}, true)}});
    // A mail encrypted whole (PGP/MIME) for the commission's key. Before: its one rejection named no unit
    // (the encrypted part was the message's child), and Thạch Hà showed as missing.
    box.loose("thach-ha.eml", "From: Huyen uy Thach Ha <bdv.thachha@hatinh.example.vn>\r\nSubject: Bao cao\r\n"
                              "Date: Thu, 3 Oct 2013 09:00:00 +0700\r\nMIME-Version: 1.0\r\n"
                              "Content-Type: multipart/encrypted; boundary=e; protocol=\"application/pgp-encrypted\"\r\n\r\n"
                              "--e\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
                              "--e\r\nContent-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n--e--\r\n");
    // Outlook's "attach as link": a path on the sender's disk, not the file.
    msg_properties link_only;
    link_only.text(0x001A, u"IPM.Note").text(0x5D01, u"bdv.camxuyen@hatinh.example.vn").time(0x0E06, 1380769200);
    msg_attachment link;
    link.properties.integer(0x3705, 4).text(0x3707, u"Báo cáo Cẩm Xuyên.docx");
    box.loose("cam-xuyen.msg", outlook_msg(link_only, {link}));
    const auto result = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15"});

    CHECK(rejected_unit(result, "inbox/Bao cao Huong Khe.docx") == "huong-khe");
    CHECK(rejected_unit(result, "inbox/hong-linh.eml") == "hong-linh");
    CHECK(text_of(rejection_of(result, "inbox/hong-linh.eml"), "code") == "no_attachment");
    CHECK(rejected_unit(result, "inbox/nghi-xuan.eml#Báo cáo Nghi Xuân.doc") == "nghi-xuan");
    CHECK(rejected_unit(result, "inbox/ky-anh.eml#Báo cáo Kỳ Anh.pdf") == "ky-anh");

    const struct {
        const char* unit;
        const char* source;
        const char* note;
    } cases[] = {
        {"huong-khe", "inbox/Bao cao Huong Khe.docx", "tệp bị lỗi, đề nghị gửi lại"},
        {"hong-linh", "inbox/hong-linh.eml", "thư không kèm tệp báo cáo, đề nghị gửi lại"},
        {"nghi-xuan", "inbox/nghi-xuan.eml#Báo cáo Nghi Xuân.doc", "tệp bị lỗi, đề nghị gửi lại"},
        {"ky-anh", "inbox/ky-anh.eml#Báo cáo Kỳ Anh.pdf", "gửi tệp PDF, đề nghị gửi lại bản .docx"},
        {"vu-quang", "inbox/vu-quang.eml#BC Vũ Quang.part1.rar", "tệp nén bị chia thành nhiều phần, đề nghị gửi lại trong một tệp"},
        {"thach-ha", "inbox/thach-ha.eml", "thư được mã hóa, đề nghị gửi lại thư không mã hóa"},
        {"cam-xuyen", "inbox/cam-xuyen.msg", "thư chỉ kèm đường dẫn tới tệp trên máy người gửi, đề nghị gửi kèm tệp báo cáo"},
    };
    for (const auto& c : cases) {
        INFO(c.unit);
        const auto row = unit_row(result, c.unit);
        CHECK(text_of(row, "status") == "unreadable");
        CHECK(text_of(row, "note") == c.note);
        CHECK(strings_of(row, "rejected") == std::vector<std::string>{c.source});
    }
    // A message's arrival is the day the unit sent something.
    CHECK(text_of(unit_row(result, "nghi-xuan"), "submitted_on") == "2013-10-03");
    CHECK(text_of(unit_row(result, "duc-tho"), "status") == "missing");

    const std::string csv = box.csv();
    CHECK(csv.find("huong-khe,Huyện ủy Hương Khê,district,2013-10-05,,,unreadable,,before,trước 05/10/2013,"
                   "\"Đã gửi, tệp không đọc được\",\"tệp bị lỗi, đề nghị gửi lại\",") != std::string::npos);
}

TEST_CASE("a replacement after the deadline is noted, and the first version's day still counts") {
    compliance_inbox box("replacement");
    box.mail("loc-ha.eml", "loc-ha", vn(2013, 10, 2, 15), {{"BC Lộc Hà.docx", compliance_inbox::report("loc-ha", 41, vn(2013, 9, 30))}});
    box.mail("loc-ha-2.eml", "loc-ha", vn(2013, 10, 7, 8), {{"BC Lộc Hà (thay thế).docx", compliance_inbox::report("loc-ha", 44, vn(2013, 10, 6))}});
    const auto result = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15"});
    const std::string newer = "inbox/loc-ha-2.eml#BC Lộc Hà (thay thế).docx";
    CHECK(text_of(submission_of(result, "inbox/loc-ha.eml#BC Lộc Hà.docx"), "superseded_by") == newer);
    const auto row = unit_row(result, "loc-ha");
    CHECK(text_of(row, "status") == "on_time");
    CHECK(text_of(row, "submission") == newer);
    CHECK(text_of(row, "note") == "bản thay thế nhận ngày 07/10/2013");
    auto versions = row->getArray("versions");
    REQUIRE(versions->size() == 2);
    CHECK(text_of(versions->getObject(0), "submitted_on") == "2013-10-02");
    CHECK(text_of(versions->getObject(0), "after_deadline") == "false");
    CHECK(text_of(versions->getObject(1), "submitted_on") == "2013-10-07");
    CHECK(text_of(versions->getObject(1), "after_deadline") == "true");
    CHECK(contains(problem_codes(submission_of(result, newer)), "late_replacement"));
}

TEST_CASE("a unit's main report and its thematic report are not versions: both count") {
    compliance_inbox box("two-reports");
    box.mail("can-loc.eml", "can-loc", vn(2013, 10, 1), {{"Báo cáo sơ kết Can Lộc.docx", compliance_inbox::report("can-loc", 58, vn(2013, 9, 28))}});
    box.mail("can-loc-chuyen-de.eml", "can-loc", vn(2013, 10, 3),
             {{"Chuyên đề mô hình Dân vận khéo.docx",
               baocao::samplegen::write_docx(baocao::samplegen::thematic_report("can-loc", 60, vn(2013, 10, 2)))}});
    const auto result = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15"});
    const std::string main = "inbox/can-loc.eml#Báo cáo sơ kết Can Lộc.docx";
    const std::string thematic = "inbox/can-loc-chuyen-de.eml#Chuyên đề mô hình Dân vận khéo.docx";
    CHECK(text_of(submission_of(result, main), "superseded_by") == "null");
    CHECK(text_of(submission_of(result, thematic), "superseded_by") == "null");
    const auto row = unit_row(result, "can-loc");
    CHECK(text_of(row, "submission") == main);
    CHECK(strings_of(row, "other_reports") == std::vector<std::string>{thematic});
    CHECK(text_of(row, "submitted_on") == "2013-10-01");
    CHECK(row->getArray("versions")->size() == 0);
}

TEST_CASE("compliance.csv gives a staffer the deadline's words, the status in words and the note") {
    compliance_inbox box("csv");
    box.mail("can-loc.eml", "can-loc", vn(2013, 10, 5), {{"Báo cáo Can Lộc.docx", compliance_inbox::report("can-loc", 58, vn(2013, 10, 4))}});
    box.mail("hong-linh.eml", "hong-linh", vn(2013, 10, 2, 10), {});
    box.run(box.plan(), box.roster(true), {"--now", "2013-10-04"});
    const std::string csv = box.csv();
    CHECK(csv.rfind("unit_id,unit,level,deadline,submitted_on,days_late,status,source,deadline_rule,deadline_text,status_text,note,"
                    "items_not_covered\r\n",
                    0) == 0);
    CHECK(csv.find("\r\nduc-tho,Huyện ủy Đức Thọ,district,2013-10-05,,,not_yet_due,,before,trước 05/10/2013,Chưa đến hạn,,\r\n") !=
          std::string::npos);
    CHECK(csv.find(",Chậm 1 ngày,") != std::string::npos);
    CHECK(csv.find("\r\nhong-linh,Thị ủy Hồng Lĩnh,district,2013-10-05,,,unreadable,,before,trước 05/10/2013,"
                   "\"Đã gửi, tệp không đọc được\",\"thư không kèm tệp báo cáo, đề nghị gửi lại\",\r\n") != std::string::npos);
}

TEST_CASE("an unreadable sending after the deadline says how late it came, in result.json and in words") {
    compliance_inbox box("unreadable-late");
    box.mail("ky-anh.eml", "ky-anh", vn(2013, 10, 8, 9), {{"Báo cáo Kỳ Anh.pdf", minimal_pdf()}});
    box.mail("nghi-xuan.eml", "nghi-xuan", vn(2013, 10, 3), {{"Báo cáo Nghi Xuân.doc", legacy_doc()}});
    const auto result = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15"});

    const auto late = unit_row(result, "ky-anh");
    CHECK(text_of(late, "status") == "unreadable");
    CHECK(text_of(late, "submitted_on") == "2013-10-08");
    CHECK(text_of(late, "days_late") == "4");  // due "trước 05/10": the 4th was the last day on time
    const auto in_time = unit_row(result, "nghi-xuan");
    CHECK(text_of(in_time, "status") == "unreadable");
    CHECK(text_of(in_time, "days_late") == "0");

    const std::string csv = box.csv();
    CHECK(csv.find(",2013-10-08,4,unreadable,,before,trước 05/10/2013,\"Đã gửi, tệp không đọc được, chậm 4 ngày\",") !=
          std::string::npos);
    CHECK(csv.find(",2013-10-03,0,unreadable,,before,trước 05/10/2013,\"Đã gửi, tệp không đọc được\",") != std::string::npos);
}

TEST_CASE("a message dated without a zone counts in Vietnam time, and its report carries the problem") {
    compliance_inbox box("zone-less-date");
    box.mail("can-loc.eml", "can-loc", vn(2013, 10, 4, 23, 30), {{"Báo cáo Can Lộc.docx", compliance_inbox::report("can-loc", 58, vn(2013, 10, 3))}});
    // The same message as a client without a server hop writes it: no Received:, a Date: without its zone.
    const auto eml = box.dir() / "inbox" / "can-loc.eml";
    std::string raw = read_file_bytes(eml);
    const auto received = raw.find("Received:");
    REQUIRE(received == 0);
    raw.erase(0, raw.find("Message-ID:"));
    const auto zone = raw.find(" +0700\r\n", raw.find("\r\nDate:"));
    REQUIRE(zone != std::string::npos);
    raw.erase(zone, 6);
    std::filesystem::remove(eml);
    box.loose("can-loc.eml", raw);

    const auto result = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15"});
    const auto sub = submission_of(result, "inbox/can-loc.eml#Báo cáo Can Lộc.docx");
    // 23:30 on 4 October in Vietnam, not 06:30 on 5 October as UTC would make it: on time under "trước 05/10".
    CHECK(text_of(sub, "received_at") == "2013-10-04T23:30:00+07:00");
    CHECK(contains(problem_codes(sub), "date_without_zone"));
    CHECK(text_of(unit_row(result, "can-loc"), "status") == "on_time");
}
