// SPDX-License-Identifier: Apache-2.0
// An .odt report through the real command with the demo's plan and roster:
// it is read like any other report, result.json says it was an .odt, it
// reaches the draft, and what is found in it is what is found in the .docx
// it was saved from (ky-anh.odt: the demo's "KyAnh_BC_CT32.docx" saved by LibreOffice).

#include "e2e_support.hpp"
#include "odt_fixture.hpp"
#include "test_paths.hpp"

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include <sstream>

using namespace baocao::testing;
namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

TEST_CASE("parse-odt: an .odt report is read, marked as .odt, and found to say what its .docx says", "[parse_odt][e2e]") {
    const fs::path work = temp_dir("parse-odt-demo");
    const auto odt = only_submission(run_demo_plan_on_files({{data_dir() / "odt" / "ky-anh.odt", "ky-anh.odt"}}, work / "odt"));
    const auto docx = only_submission(run_demo_plan_on_files({{demo_dir() / "inbox" / "KyAnh_BC_CT32.docx", "ky-anh.docx"}}, work / "docx"));

    CHECK(odt->getValue<std::string>("format") == "odt");
    CHECK_FALSE(docx->has("format"));
    REQUIRE(!odt->isNull("unit"));
    CHECK(odt->getObject("unit")->getValue<std::string>("id") == "ky-anh");
    CHECK(odt->getValue<std::string>("document_date") == docx->getValue<std::string>("document_date"));
    CHECK(odt->getValue<std::string>("status") == "on_time");
    const auto sections = section_labels(odt);
    CHECK(sections.size() >= 4);
    CHECK(sections == section_labels(docx));
    // The same text under each item, and the same figures.
    const auto odt_sections = odt->getArray("sections");
    const auto docx_sections = docx->getArray("sections");
    REQUIRE(odt_sections->size() == docx_sections->size());
    for (std::size_t i = 0; i < odt_sections->size(); ++i)
        CHECK(odt_sections->getObject(i)->getValue<std::string>("text") ==
              docx_sections->getObject(i)->getValue<std::string>("text"));
    CHECK(text_or_empty(odt->get("indicators")) == text_or_empty(docx->get("indicators")));

    // The draft cites the unit that sent it.
    const std::string draft = read_bytes(work / "odt" / "out" / "draft.md");
    CHECK(draft.find("Kỳ Anh") != std::string::npos);
    fs::remove_all(work);
}

TEST_CASE("parse-odt: an .odt named .docx is still read, and another OpenDocument kind is refused with what it is",
          "[parse_odt][e2e]") {
    const fs::path work = temp_dir("parse-odt-kinds");
    odt_fixture sheet("");
    sheet.part("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    const fs::path sheet_file = sheet.write(odt_fixture_path("bang-tong-hop"));
    const auto result = run_demo_plan_on_files({{data_dir() / "odt" / "ky-anh.odt", "BC Ky Anh.docx"}, {sheet_file, "bang tong hop.ods"}}, work);

    const auto sub = only_submission(result);
    CHECK(sub->getValue<std::string>("format") == "odt");
    CHECK(sub->getObject("unit")->getValue<std::string>("id") == "ky-anh");
    const auto rejected = result->getArray("rejected");
    REQUIRE(rejected->size() == 1);
    const auto r = rejected->getObject(0);
    CHECK(r->getValue<std::string>("source").find("bang tong hop.ods") != std::string::npos);
    CHECK(r->getValue<std::string>("code") == "not_docx");
    CHECK(r->getValue<std::string>("message").find("OpenDocument spreadsheet") != std::string::npos);
    fs::remove_all(work);
}

TEST_CASE("parse-odt: a plan saved as .odt reads to the same spec as the .docx it was saved from", "[parse_odt][e2e]") {
    // plan-99-KH-TU.odt: the demo's plan saved by LibreOffice, its thumbnail image left out.
    const fs::path work = temp_dir("parse-odt-plan");
    auto spec_of = [&](const fs::path& plan, const std::string& name) {
        const fs::path out = work / name;
        const auto r = run_process({(bin_dir() / "baocao").string(), "plan", plan.string(), "--out", out.string()});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return read_bytes(out);
    };
    const std::string from_odt = spec_of(data_dir() / "odt" / "plan-99-KH-TU.odt", "odt.json");
    const std::string from_docx = spec_of(demo_dir() / "plan-99-KH-TU.docx", "docx.json");
    CHECK(from_odt.find("\"99-KH/TU\"") != std::string::npos);
    CHECK(from_odt == from_docx);
    fs::remove_all(work);
}

TEST_CASE("parse-odt: a report whose letterhead stands only in the page header is the unit's", "[parse_odt][e2e]") {
    std::string body;
    for (const char* line : {"BÁO CÁO", "Sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU về phong trào “Dân vận khéo”",
                             "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", "Đã tổ chức 12 hội nghị quán triệt Chỉ thị 32-CT/TU cho 1.250 cán bộ, đảng viên.",
                             "II. KẾT QUẢ THỰC HIỆN", "Phong trào “Dân vận khéo” được triển khai sâu rộng, xây dựng 45 mô hình.",
                             "Kỳ Anh, ngày 30 tháng 9 năm 2013", "T/M BAN THƯỜNG VỤ"})
        body += std::string("<text:p>") + line + "</text:p>";
    odt_fixture f(body);
    f.part("styles.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-styles )") + odf_namespaces +
                             R"(><office:master-styles><style:master-page style:name="Standard"><style:header>)"
                             R"(<text:p>ĐẢNG BỘ TỈNH HÀ TĨNH</text:p><text:p>HUYỆN ỦY KỲ ANH</text:p><text:p>*</text:p>)"
                             R"(<text:p>Số: 45-BC/HU</text:p></style:header></style:master-page></office:master-styles></office:document-styles>)");
    const fs::path work = temp_dir("parse-odt-page-header");
    const fs::path file = f.write(odt_fixture_path("page-header"));
    const auto sub = only_submission(run_demo_plan_on_files({{file, "bao-cao.odt"}}, work));
    REQUIRE(!sub->isNull("unit"));
    CHECK(sub->getObject("unit")->getValue<std::string>("id") == "ky-anh");
    CHECK(sub->getValue<std::string>("document_date") == "2013-09-30");
    fs::remove_all(work);
}

TEST_CASE("parse-odt: a part that does not convert from its declared encoding is refused, and stderr names the file",
          "[parse_odt][e2e]") {
    odt_fixture f("<text:p>x</text:p>");
    std::string& content = f.parts.back().second;
    content.replace(0, content.find("?>") + 2, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>");
    content.replace(content.find("<text:p>x"), 9, "<text:p>" + std::string(4, '\xAC') + "\x81\xFF");
    const fs::path work = temp_dir("parse-odt-encoding");
    const fs::path inbox = work / "inbox";
    fs::create_directories(inbox);
    f.write(inbox / "bao-cao.odt");
    const auto r = run_baocao(demo_dir(), {"--plan", "plan-99-KH-TU.docx", "--roster", "roster.json", "--out",
                                           (work / "out").string(), inbox.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    // Every line on stderr is baocao's own; libxml2's "encoding error : …" lines are not printed.
    std::istringstream lines(r.err);
    for (std::string line; std::getline(lines, line);) CHECK(line.rfind("baocao", 0) == 0);
    const auto rejected = read_json(work / "out" / "result.json")->getArray("rejected");
    REQUIRE(rejected->size() == 1);
    CHECK(rejected->getObject(0)->getValue<std::string>("code") == "xml_error");
    CHECK(rejected->getObject(0)->getValue<std::string>("message").find("content.xml") != std::string::npos);
    fs::remove_all(work);
}
