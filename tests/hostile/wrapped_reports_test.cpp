// SPDX-License-Identifier: Apache-2.0
// Reports Word shows whole but that are wrapped: the whole report laid out
// inside a one-cell or one-column table, or the body held in another part
// (w:altChunk: an embedded .docx or an XHTML/HTML page). Each must be read as
// the report it is, its sections found, never a unit left "missing".
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "process_runner.hpp"
#include "raw_zip.hpp"
#include "test_files.hpp"
#include "test_paths.hpp"

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace baocao::testing;
using namespace baocao::hostile;

namespace {

/// The paragraphs of a district report on the hostile plan: header, kind
/// line, two numbered sections answering plan items, and the signature.
std::vector<std::string> report_lines() {
    return {"HUYỆN ỦY CAN LỘC",
            "Số 12-BC/HU",
            "Can Lộc, ngày 28 tháng 9 năm 2013",
            "BÁO CÁO",
            "Sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU về mô hình \"Dân vận khéo\"",
            "I. TÌNH HÌNH KẾT QUẢ VIỆC TỔ CHỨC QUÁN TRIỆT, TUYÊN TRUYỀN, TRIỂN KHAI THỰC HIỆN CHỈ THỊ",
            "Ban Thường vụ Huyện ủy đã tổ chức quán triệt Chỉ thị đến 100% chi bộ trong toàn huyện.",
            "II. NHỮNG GIẢI PHÁP, KIẾN NGHỊ, ĐỀ XUẤT VỚI CẤP ỦY, CHÍNH QUYỀN",
            "Đề nghị Tỉnh ủy tiếp tục quan tâm chỉ đạo, nhân rộng các mô hình dân vận khéo.",
            "Nơi nhận:",
            "T/M BAN THƯỜNG VỤ"};
}

std::string paragraphs_xml() {
    std::string xml;
    for (const auto& l : report_lines()) xml += paragraph_xml(l);
    return xml;
}

std::string table_xml(const std::vector<std::string>& cells, bool borders) {
    std::string xml = "<w:tbl><w:tblPr>";
    if (borders)
        xml += "<w:tblBorders><w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/>"
               "<w:right w:val=\"single\"/></w:tblBorders>";
    else
        xml += "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
               "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>";
    xml += "</w:tblPr><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid>";
    for (const auto& c : cells) xml += "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"9000\"/></w:tcPr>" + c + "</w:tc></w:tr>";
    return xml + "</w:tbl><w:p/>";
}

std::string html_report(bool xhtml) {
    const auto lines = report_lines();
    std::string h = xhtml ? "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                          : "<!DOCTYPE html><html>";
    h += "<head><meta charset=\"utf-8\"><title>Báo cáo</title><style>p{margin:0}</style></head><body>";
    h += "<div><p>" + lines[0] + "</p><p>" + lines[1] + "</p><p>" + lines[2] + "</p></div>";
    h += "<h1>" + lines[3] + "</h1><p><b>" + lines[4] + "</b></p>";
    h += "<h2>" + lines[5] + "</h2><ul><li>" + lines[6] + "</li></ul>";
    h += "<h2>" + lines[7] + "</h2><table><tr><td>" + lines[8] + "</td></tr></table>";
    h += "<p>" + lines[9] + "</p><p>" + lines[10] + "</p>";
    h += "<script>var notText = 'never read';</script></body></html>";
    return h;
}

/// Runs `baocao run` on one file and returns its result.json.
Poco::JSON::Object::Ptr run_one(const std::string& name, const std::string& bytes) {
    const auto dir = temp_dir("wrapped");
    fs::create_directories(dir / "in");
    std::ofstream(dir / "in" / name, std::ios::binary) << bytes;
    const auto r = run_process({(bin_dir() / "baocao").string(), "run", "--quiet", "--plan",
                                (data_dir() / "hostile" / "plan.txt").string(), "--roster",
                                (data_dir() / "hostile" / "roster.json").string(), "--out", (dir / "out").string(),
                                "--now", "2013-10-20T09:00:00+07:00", (dir / "in").string()},
                               120);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Poco::JSON::Parser parser;
    return parser.parse(read_file_bytes(dir / "out" / "result.json")).extract<Poco::JSON::Object::Ptr>();
}

/// The one submission is Can Lộc's, its two sections found with their text.
void check_read_whole(const Poco::JSON::Object::Ptr& result) {
    const auto subs = result->getArray("submissions");
    INFO(result->getArray("rejected")->size() << " rejected");
    REQUIRE(subs->size() == 1);
    const auto sub = subs->getObject(0);
    const auto unit = sub->getObject("unit");
    REQUIRE(unit);
    CHECK(unit->getValue<std::string>("id") == "can-loc");
    CHECK(sub->getValue<std::string>("document_date") == "2013-09-28");
    const auto sections = sub->getArray("sections");
    std::string all;
    for (std::size_t i = 0; i < sections->size(); ++i)
        all += sections->getObject(static_cast<unsigned>(i))->getValue<std::string>("text") + "\n";
    INFO(all);
    CHECK(sections->size() >= 2);
    CHECK(all.find("quán triệt Chỉ thị đến 100% chi bộ") != std::string::npos);
    CHECK(all.find("nhân rộng các mô hình") != std::string::npos);
    CHECK(all.find("never read") == std::string::npos);
    const auto problems = sub->getArray("problems");
    for (std::size_t i = 0; i < problems->size(); ++i)
        CHECK(problems->getObject(static_cast<unsigned>(i))->getValue<std::string>("code") != "no_sections");
}

}  // namespace

TEST_CASE("a report laid out whole inside a 1x1 table is read as body text", "[hostile][wrapped]") {
    for (const bool borders : {true, false}) {
        INFO("borders " << borders);
        check_read_whole(run_one("bao-cao.docx", minimal_docx(table_xml({paragraphs_xml()}, borders))));
    }
}

TEST_CASE("a report laid out in a one-column table, a row per part, is read as body text", "[hostile][wrapped]") {
    const auto lines = report_lines();
    std::vector<std::string> rows;
    rows.push_back(paragraph_xml(lines[0]) + paragraph_xml(lines[1]) + paragraph_xml(lines[2]));
    rows.push_back(paragraph_xml(lines[3]) + paragraph_xml(lines[4]));
    rows.push_back(paragraph_xml(lines[5]) + paragraph_xml(lines[6]));
    rows.push_back(paragraph_xml(lines[7]) + paragraph_xml(lines[8]));
    rows.push_back(paragraph_xml(lines[9]) + paragraph_xml(lines[10]));
    check_read_whole(run_one("bao-cao.docx", minimal_docx(table_xml(rows, false))));
}

TEST_CASE("a .docx whose body is an altChunk holding an embedded .docx is read", "[hostile][wrapped]") {
    check_read_whole(run_one("bao-cao.docx",
                             alt_chunk_docx("chunk.docx",
                                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                            minimal_docx(paragraphs_xml()))));
}

TEST_CASE("an altChunk two levels deep is read", "[hostile][wrapped]") {
    const std::string inner = alt_chunk_docx(
        "inner.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        minimal_docx(paragraphs_xml()));
    check_read_whole(run_one(
        "bao-cao.docx",
        alt_chunk_docx("chunk.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", inner)));
}

TEST_CASE("a .docx whose body is an altChunk holding XHTML or HTML is read", "[hostile][wrapped]") {
    SECTION("XHTML") { check_read_whole(run_one("bao-cao.docx", alt_chunk_docx("chunk.xhtml", "application/xhtml+xml", html_report(true)))); }
    SECTION("HTML") { check_read_whole(run_one("bao-cao.docx", alt_chunk_docx("chunk.htm", "text/html", html_report(false)))); }
}
