// SPDX-License-Identifier: Apache-2.0
// The reference template: the shipped file is the generator's output, and a
// user's restyled template drives the draft's styles and page setup.

#include "docx_reader.hpp"
#include "draft_fixture.hpp"
#include "test_paths.hpp"

#include "docx/docx_template.hpp"
#include "docx/package_writer.hpp"
#include "template/template_document.hpp"

#include <catch2/catch.hpp>

BAOCAO_DECLARE_PLUGIN(emit_docx);

using namespace draft_test;

namespace {

const std::string w_decl = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

/// A small "user" template as Word might save it: localized-looking style ids,
/// Arial body, Letter paper, an attached template and a picture bullet that
/// refer to parts the draft does not copy, and none of the draft's own styles.
std::filesystem::path write_user_template(const std::filesystem::path& dir) {
    const std::string styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles " + w_decl + ">"
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:sz w:val=\"26\"/></w:rPr>"
        "</w:rPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Tieude1\"><w:name w:val=\"Heading 1\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:color w:val=\"C00000\"/></w:rPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Remark\"><w:name w:val=\"Remark char\"/></w:style>"
        "</w:styles>";
    const std::string settings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings " + w_decl + ">"
        "<w:zoom w:percent=\"120\"/><w:attachedTemplate r:id=\"rId1\"/><w:defaultTabStop w:val=\"567\"/></w:settings>";
    const std::string document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + w_decl + "><w:body>"
        "<w:p><w:r><w:t>x</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
        "<w:pgMar w:top=\"1440\" w:right=\"1080\" w:bottom=\"-1440\" w:left=\"1800\" w:header=\"708\" w:footer=\"708\" "
        "w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
    const std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
        "Target=\"/word/settings.xml\"/></Relationships>";
    const std::string root_rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    const auto bytes = baocao::docx::zip_parts({{"[Content_Types].xml", "<Types/>"},
                                                {"_rels/.rels", root_rels},
                                                {"word/document.xml", document},
                                                {"word/_rels/document.xml.rels", rels},
                                                {"word/styles.xml", styles},
                                                {"word/settings.xml", settings}},
                                               run_now, 420);
    const auto path = dir / "user-template.docx";
    baocao::write_file_atomically(path, bytes);
    return path;
}

}  // namespace

TEST_CASE("the shipped template is the generator's output", "[draft][template]") {
    const auto shipped = baocao::testing::source_dir() / "samples" / "template" / "draft-template.docx";
    REQUIRE(std::filesystem::exists(shipped));
    const auto made = baocao::docx::make_template_docx();
    CHECK(made == baocao::docx::make_template_docx());
    // Regenerate with: cmake --build BUILD --target draft_template
    CHECK(slurp(shipped) == made);
}

TEST_CASE("the shipped template loads with every style the draft needs", "[draft][template]") {
    const auto shipped = baocao::testing::source_dir() / "samples" / "template" / "draft-template.docx";
    const auto t = baocao::docx::load_template(shipped, baocao::limits{});
    for (std::size_t i = 0; i < static_cast<std::size_t>(baocao::docx::style_role::count_); ++i) {
        const auto role = static_cast<baocao::docx::style_role>(i);
        CHECK(t.id(role) == baocao::docx::default_style_id(role));
    }
    CHECK(t.page.width == 11906);
    CHECK(t.page.left == 1701);
    const xml styles(t.styles);
    CHECK(styles.texts("//w:style[@w:styleId='Normal']/w:name/@w:val") == std::vector<std::string>{"Normal"});
}

TEST_CASE("a user's template restyles the draft; missing styles are added", "[draft][template]") {
    const auto dir = baocao::testing::temp_dir("draft-user-template");
    const auto tpl = write_user_template(dir);
    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object;
    settings->set("template", tpl.string());
    const auto out = dir / "out";
    std::filesystem::create_directories(out);
    run_emitter(baocao_plugin_info_emit_docx(), make_run(), out, settings);

    const package pkg(out / "draft.docx");
    const xml doc(*pkg.read("word/document.xml"));
    const xml styles(*pkg.read("word/styles.xml"));
    const xml settings_xml(*pkg.read("word/settings.xml"));

    // Headings use the template's own heading style, matched by name.
    CHECK(doc.nodes("//w:p[w:pPr/w:pStyle/@w:val='Tieude1']").size() == 7);
    CHECK(doc.nodes("//w:pStyle[@w:val='Heading1']").empty());
    CHECK(styles.texts("//w:docDefaults//w:rFonts/@w:ascii") == std::vector<std::string>{"Arial"});
    // Styles it lacks come from the built-in set; a taken id is not reused for another type.
    CHECK(styles.nodes("//w:style[@w:type='paragraph' and w:name/@w:val='Body Text']").size() == 1);
    CHECK(styles.nodes("//w:style[@w:type='table' and w:name/@w:val='Table Grid']").size() == 1);
    CHECK(styles.nodes("//w:style[@w:type='table' and @w:styleId='TableNormal']").size() == 1);
    const auto remark_ids = styles.texts("//w:style[@w:type='paragraph' and w:name/@w:val='Remark']/@w:styleId");
    REQUIRE(remark_ids.size() == 1);
    CHECK(remark_ids[0] != "Remark");
    CHECK(doc.nodes("//w:pStyle[@w:val='" + remark_ids[0] + "']").size() >= 1);
    // Every style referenced exists exactly once.
    for (const auto& id : doc.texts("//w:pStyle/@w:val")) {
        INFO(id);
        CHECK(styles.nodes("//w:style[@w:styleId='" + id + "']").size() == 1);
    }
    // The attached template's dangling reference is gone; the rest of the settings stays.
    CHECK(settings_xml.nodes("//w:attachedTemplate").empty());
    CHECK(settings_xml.texts("//w:zoom/@w:percent") == std::vector<std::string>{"120"});
    // Page size and margins come from the template's section.
    CHECK(doc.texts("//w:sectPr/w:pgSz/@w:w") == std::vector<std::string>{"12240"});
    CHECK(doc.texts("//w:sectPr/w:pgMar/@w:bottom") == std::vector<std::string>{"1440"});
    CHECK(doc.texts("//w:sectPr/w:pgMar/@w:left") == std::vector<std::string>{"1800"});
    // Header table widths follow the narrower text area: 12240 - 1800 - 1080.
    int total = 0;
    for (const auto& w : doc.texts("/w:document/w:body/w:tbl[1]/w:tblGrid/w:gridCol/@w:w")) total += std::stoi(w);
    CHECK(total == 9360);
}

TEST_CASE("an unreadable template falls back to the built-in styles", "[draft][template]") {
    const auto dir = baocao::testing::temp_dir("draft-bad-template");
    baocao::write_file_atomically(dir / "not-a-docx.docx", "this is not a zip file");
    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object;
    settings->set("template", (dir / "not-a-docx.docx").string());
    CHECK_THROWS_WITH(baocao::docx::load_template(dir / "not-a-docx.docx", baocao::limits{}),
                      Catch::Contains("not-a-docx.docx") && Catch::Contains("cannot be opened"));
    run_emitter(baocao_plugin_info_emit_docx(), make_run(), dir, settings);
    const package pkg(dir / "draft.docx");
    const xml styles(*pkg.read("word/styles.xml"));
    CHECK(styles.texts("//w:docDefaults//w:rFonts/@w:ascii") == std::vector<std::string>{"Times New Roman"});
}
