// SPDX-License-Identifier: Apache-2.0
// RTF reports through the real command with the demo's plan and roster: they
// are read like any other report, result.json says they were RTF, and what
// is found in each is what is found in the .docx it was saved from
// (tests/data/rtf: demo reports saved as RTF by LibreOffice).

#include "e2e_support.hpp"
#include "rtf_fixture.hpp"
#include "test_paths.hpp"

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include <fstream>

using namespace baocao::testing;
namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

/// Runs the RTF and the .docx it was saved from, and checks that both say the same.
void check_same_as_docx(const std::string& rtf, const std::string& docx, const std::string& unit) {
    const fs::path work = temp_dir("parse-rtf-demo");
    const auto from_rtf = only_submission(run_demo_plan_on_files({{data_dir() / "rtf" / rtf, rtf}}, work / "rtf"));
    const auto from_docx = only_submission(run_demo_plan_on_files({{demo_dir() / "inbox" / docx, "report.docx"}}, work / "docx"));
    INFO(rtf);
    CHECK(from_rtf->getValue<std::string>("format") == "rtf");
    CHECK_FALSE(from_docx->has("format"));
    REQUIRE(!from_rtf->isNull("unit"));
    CHECK(from_rtf->getObject("unit")->getValue<std::string>("id") == unit);
    CHECK(from_rtf->getValue<std::string>("document_date") == from_docx->getValue<std::string>("document_date"));
    CHECK(from_rtf->getValue<std::string>("status") == from_docx->getValue<std::string>("status"));
    CHECK(text_or_empty(from_rtf->get("title")) == text_or_empty(from_docx->get("title")));
    const auto sections = section_labels(from_rtf);
    CHECK(sections.size() >= 4);
    CHECK(sections == section_labels(from_docx));
    // The same text under each item, and the same figures.
    const auto rtf_sections = from_rtf->getArray("sections");
    const auto docx_sections = from_docx->getArray("sections");
    REQUIRE(rtf_sections->size() == docx_sections->size());
    for (std::size_t i = 0; i < rtf_sections->size(); ++i)
        CHECK(rtf_sections->getObject(i)->getValue<std::string>("text") == docx_sections->getObject(i)->getValue<std::string>("text"));
    CHECK(text_or_empty(from_rtf->get("indicators")) == text_or_empty(from_docx->get("indicators")));
    fs::remove_all(work);
}

}  // namespace

TEST_CASE("parse-rtf: an RTF report is read, marked as RTF, and found to say what its .docx says", "[parse_rtf][e2e]") {
    // Headings typed in bold with their numbers, a letterhead typed with tabs.
    check_same_as_docx("ky-anh.rtf", "KyAnh_BC_CT32.docx", "ky-anh");
}

TEST_CASE("parse-rtf: headings numbered by their style keep their labels through LibreOffice's RTF", "[parse_rtf][e2e]") {
    // The .docx numbers its Heading 1/2 paragraphs through the styles; the RTF carries the labels in \listtext.
    check_same_as_docx("duc-tho.rtf", "duc-tho-bao-cao-so-ket-ct32.docx", "duc-tho");
    const auto doc = parse_rtf_bytes([] {
        std::ifstream in(data_dir() / "rtf" / "duc-tho.rtf", std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }());
    std::vector<std::string> labels;
    for_each_paragraph(doc.body, [&](const baocao::paragraph& p) {
        if (p.outline_level >= 0) labels.push_back(p.numbering_label);
    });
    REQUIRE(labels.size() >= 4);
    CHECK(labels[0] == "I.");
}

TEST_CASE("parse-rtf: a report in TCVN3 fonts saved as RTF reads as the .docx does", "[parse_rtf][e2e]") {
    check_same_as_docx("ca-tinh.rtf", "CA tinh - BC so ket CT32.docx", "dang-uy-cong-an");
}

TEST_CASE("parse-rtf: an RTF report named .doc, as e-office systems send it, is read as RTF", "[parse_rtf][e2e]") {
    const fs::path work = temp_dir("parse-rtf-named-doc");
    const auto sub = only_submission(run_demo_plan_on_files({{data_dir() / "rtf" / "ky-anh.rtf", "BC Ky Anh.doc"}}, work));
    CHECK(sub->getValue<std::string>("format") == "rtf");
    REQUIRE(!sub->isNull("unit"));
    CHECK(sub->getObject("unit")->getValue<std::string>("id") == "ky-anh");
    const std::string draft = read_bytes(work / "out" / "draft.md");
    CHECK(draft.find("Kỳ Anh") != std::string::npos);
    fs::remove_all(work);
}

TEST_CASE("parse-rtf: a report whose letterhead stands only in the page header is the unit's", "[parse_rtf][e2e]") {
    std::string body;
    for (const char* line : {"B\\u193?O C\\u193?O", "S\\u417? k\\u7871?t 5 n\\u259?m th\\u7921?c hi\\u7879?n Ch\\u7881? th\\u7883? 32-CT/TU",
                             "I. T\\u204?NH H\\u204?NH TRI\\u7874?N KHAI TH\\u7920?C HI\\u7878?N",
                             "\\u272?\\u227? t\\u7893? ch\\u7913?c 12 h\\u7897?i ngh\\u7883? qu\\u225?n tri\\u7879?t Ch\\u7881? th\\u7883? 32-CT/TU.",
                             "II. K\\u7870?T QU\\u7842? TH\\u7920?C HI\\u7878?N", "X\\u226?y d\\u7921?ng 45 m\\u244? h\\u236?nh.",
                             "K\\u7923? Anh, ng\\u224?y 30 th\\u225?ng 9 n\\u259?m 2013", "T/M BAN TH\\u431?\\u7900?NG V\\u7908?"})
        body += std::string("\\pard ") + line + "\\par\n";
    const std::string header = "{\\header\\pard \\u272?\\u7842?NG B\\u7896? T\\u7880?NH H\\u192? T\\u296?NH\\par"
                               "\\pard HUY\\u7878?N \\u7910?Y K\\u7922? ANH\\par\\pard *\\par\\pard S\\u7889?: 45-BC/HU\\par}";
    const fs::path work = temp_dir("parse-rtf-page-header");
    const fs::path file = work / "bao-cao.rtf";
    fs::create_directories(work);
    std::ofstream(file, std::ios::binary) << rtf_document(header + body);
    const auto sub = only_submission(run_demo_plan_on_files({{file, "bao-cao.rtf"}}, work / "run"));
    REQUIRE(!sub->isNull("unit"));
    CHECK(sub->getObject("unit")->getValue<std::string>("id") == "ky-anh");
    CHECK(sub->getValue<std::string>("document_date") == "2013-09-30");
    fs::remove_all(work);
}
