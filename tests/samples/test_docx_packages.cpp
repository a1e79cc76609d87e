// SPDX-License-Identifier: Apache-2.0
// Every generated .docx is a complete, well-formed OPC package; the broken
// one is not a readable zip at all.

#include "docx_writer.hpp"
#include "plan_document.hpp"
#include "sample_support.hpp"
#include "tcvn3_encoder.hpp"

#include <catch2/catch.hpp>

using namespace baocao::testing::samples;

namespace {

void check_package(const std::string& name, const std::string& bytes) {
    INFO(name);
    std::map<std::string, std::string> parts;
    REQUIRE_NOTHROW(parts = unzip(bytes));
    for (const char* required : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                                 "word/styles.xml", "docProps/core.xml"})
        CHECK(parts.count(required) == 1);
    for (const auto& [part, data] : parts) {
        INFO(part);
        if (part.ends_with(".xml") || part.ends_with(".rels")) CHECK(well_formed(data));
    }
    const std::string& types = parts["[Content_Types].xml"];
    CHECK(types.find("wordprocessingml.document.main+xml") != std::string::npos);
    if (parts.count("word/numbering.xml")) {
        CHECK(types.find("/word/numbering.xml") != std::string::npos);
        CHECK(parts["word/_rels/document.xml.rels"].find("numbering.xml") != std::string::npos);
    }
    const std::string& styles = parts["word/styles.xml"];
    for (const char* id : {"w:styleId=\"Normal\"", "w:styleId=\"Heading1\"", "w:styleId=\"Heading2\"", "w:styleId=\"Title\""})
        CHECK(styles.find(id) != std::string::npos);
}

}  // namespace

TEST_CASE("the plan and every report file of the demo are valid .docx packages", "[samples]") {
    const auto& dir = demo_dir();
    int checked = 0;
    for (const auto& f : list_files(dir)) {
        if (!f.ends_with(".docx") || f == "inbox/Bao cao Huong Khe.docx") continue;
        check_package(f, read_file(dir / f));
        ++checked;
    }
    CHECK(checked == 5);  // the plan and four plain reports
    const auto bundle = unzip(read_file(dir / "inbox/Báo cáo các đơn vị.zip"));
    CHECK(bundle.count("Báo cáo sơ kết CT32/") == 1);
    int inner = 0;
    for (const auto& [name, data] : bundle)
        if (name.ends_with(".docx")) {
            check_package(name, data);
            ++inner;
        }
    CHECK(inner == 2);
}

TEST_CASE("the truncated report is not a readable zip", "[samples]") {
    const std::string bytes = read_file(demo_dir() / "inbox/Bao cao Huong Khe.docx");
    CHECK(bytes.substr(0, 4) == std::string("PK\x03\x04", 4));
    CHECK_THROWS(unzip(bytes));
}

TEST_CASE("the plan document carries the plan's sections and content items", "[samples]") {
    const auto parts = unzip(baocao::samplegen::write_docx(baocao::samplegen::plan_document()));
    const std::string text = document_text(parts.at("word/document.xml"));
    CHECK(text.find("Số  99 - KH/TU") != std::string::npos);
    CHECK(text.find("II. NỘI DUNG") != std::string::npos);
    CHECK(text.find("xong trước ngày 05/10/2013") != std::string::npos);
    CHECK(parts.at("word/document.xml").find("<w:tblBorders><w:top w:val=\"nil\"/>") != std::string::npos);
}

TEST_CASE("auto-numbered reports declare a Roman then decimal list", "[samples]") {
    const auto parts = unzip(read_file(demo_dir() / "inbox/duc-tho-bao-cao-so-ket-ct32.docx"));
    const std::string& numbering = parts.at("word/numbering.xml");
    CHECK(numbering.find("<w:numFmt w:val=\"upperRoman\"/>") != std::string::npos);
    CHECK(numbering.find("<w:lvlText w:val=\"%1.\"/>") != std::string::npos);
    CHECK(numbering.find("<w:numFmt w:val=\"decimal\"/>") != std::string::npos);
    CHECK(numbering.find("<w:startOverride w:val=\"1\"/>") != std::string::npos);
    CHECK(parts.at("word/styles.xml").find("<w:numPr><w:numId w:val=\"1\"/></w:numPr>") != std::string::npos);
    // The labels live in numbering, not in the text.
    CHECK(document_text(parts.at("word/document.xml")).find("I. ") == std::string::npos);
}

TEST_CASE("the legacy report is stored in TCVN3 with .VnTime fonts", "[samples]") {
    using baocao::samplegen::tcvn3_encode;
    CHECK(tcvn3_encode("Hà Tĩnh") == "Hµ TÜnh");
    CHECK(tcvn3_encode("Báo cáo sơ kết") == "B¸o c¸o s¬ kÕt");
    CHECK(tcvn3_encode("được") == "\xC2\xAE\xC2\xAD\xC3\xAE\x63");  // ® U+00AD î c
    const auto parts = unzip(read_file(demo_dir() / "inbox/CA tinh - BC so ket CT32.docx"));
    const std::string& xml = parts.at("word/document.xml");
    CHECK(xml.find("w:ascii=\".VnTime\"") != std::string::npos);
    CHECK(xml.find("w:ascii=\".VnTimeH\"") != std::string::npos);
    const std::string text = document_text(xml);
    CHECK(text.find("®¶ng céng s¶n viÖt nam") != std::string::npos);
    CHECK(text.find("Hµ TÜnh, ngµy 30 th¸ng 9 n¨m 2013") != std::string::npos);
    CHECK(text.find("Công an") == std::string::npos);
    CHECK(parts.at("word/fontTable.xml").find(".VnTimeH") != std::string::npos);
}
