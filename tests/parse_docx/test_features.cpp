// SPDX-License-Identifier: Apache-2.0
// Features of the .docx reader, each on a package built for it.

#include "docx_fixture.hpp"

#include <baocao/sdk/error.hpp>

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

std::string para(const std::string& text, const std::string& ppr = "", const std::string& rpr = "") {
    return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r>" +
           (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string run(const std::string& text, const std::string& rpr = "") {
    return "<w:r>" + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text +
           "</w:t></w:r>";
}

document parse(const docx_fixture& f, const parse_options& opts = {}) {
    return parse_file(f.write(fixture_path("feature")), opts);
}

const std::string tracked_body =
    "<w:p><w:r><w:t>A</w:t></w:r>"
    "<w:ins w:id=\"1\" w:author=\"x\"><w:r><w:t>B</w:t></w:r></w:ins>"
    "<w:del w:id=\"2\" w:author=\"x\"><w:r><w:delText>C</w:delText></w:r></w:del>"
    "<w:r><w:t>D</w:t></w:r>"
    "<w:moveFrom w:id=\"3\" w:author=\"x\"><w:r><w:t>E</w:t></w:r></w:moveFrom></w:p>";

}  // namespace

TEST_CASE("paragraph text, alignment and special characters") {
    docx_fixture f;
    f.body("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
           "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:softHyphen/><w:t>d</w:t>"
           "<w:noBreakHyphen/><w:t>e</w:t><w:br w:type=\"page\"/><w:sym w:font=\"Symbol\" w:char=\"F0B3\"/>"
           "<w:t>  trimmed  </w:t><w:t xml:space=\"preserve\"> kept </w:t></w:r></w:p>");
    const document doc = parse(f);
    REQUIRE(doc.body.size() == 1);
    const auto& p = std::get<paragraph>(doc.body[0]);
    CHECK(p.text() == "a\tb\ncd-e≥trimmed kept ");
    CHECK(p.align == alignment::center);
}

TEST_CASE("bold, italic and caps resolve through docDefaults, paragraph and character style chains") {
    docx_fixture f;
    f.styles("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>"
             "</w:rPr></w:rPrDefault></w:docDefaults>"
             "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Title1\"><w:name w:val=\"My Title\"/><w:basedOn w:val=\"Normal\"/>"
             "<w:rPr><w:b/><w:caps/></w:rPr></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Title2\"><w:name w:val=\"Sub Title\"/><w:basedOn w:val=\"Title1\"/>"
             "<w:rPr><w:i/></w:rPr></w:style>"
             "<w:style w:type=\"character\" w:styleId=\"Plain\"><w:name w:val=\"Plain\"/><w:rPr><w:b w:val=\"0\"/></w:rPr></w:style>"
             "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>");
    f.body(para("inherits", "<w:pStyle w:val=\"Title2\"/>") +
           "<w:p><w:pPr><w:pStyle w:val=\"Title2\"/></w:pPr>" + run("off", "<w:b w:val=\"false\"/>") +
           run("charstyle", "<w:rStyle w:val=\"Plain\"/>") + run("strong", "<w:rStyle w:val=\"Strong\"/><w:b w:val=\"0\"/>") +
           "</w:p>" + para("normal"));
    const document doc = parse(f);
    REQUIRE(doc.body.size() == 3);
    const auto& p1 = std::get<paragraph>(doc.body[0]);
    CHECK(p1.style_id == "Title2");
    CHECK(p1.style_name == "Sub Title");
    REQUIRE(p1.runs.size() == 1);
    CHECK(p1.runs[0].bold);
    CHECK(p1.runs[0].italic);
    CHECK(p1.runs[0].caps);
    CHECK(p1.runs[0].font == "Times New Roman");
    const auto& p2 = std::get<paragraph>(doc.body[1]);
    REQUIRE(p2.runs.size() == 1);   // three w:r with the same formatting merge
    CHECK(p2.text() == "offcharstylestrong");
    CHECK_FALSE(p2.runs[0].bold);
    CHECK(p2.runs[0].italic);
    const auto& p3 = std::get<paragraph>(doc.body[2]);
    CHECK(p3.style_id.empty());
    CHECK(p3.style_name == "Normal");
    CHECK_FALSE(p3.runs[0].bold);
}

TEST_CASE("outline levels come from pPr, the style chain, or built-in heading names") {
    docx_fixture f;
    f.styles("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"Muc\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"MucCon\"><w:name w:val=\"Muc con\"/><w:basedOn w:val=\"Muc\"/></w:style>");
    f.body(para("h1", "<w:pStyle w:val=\"Heading1\"/>") + para("muc", "<w:pStyle w:val=\"MucCon\"/>") +
           para("direct", "<w:outlineLvl w:val=\"3\"/>") + para("body", "<w:pStyle w:val=\"Muc\"/><w:outlineLvl w:val=\"9\"/>"));
    const document doc = parse(f);
    CHECK(find_paragraph(doc, "h1").outline_level == 0);
    CHECK(find_paragraph(doc, "muc").outline_level == 1);
    CHECK(find_paragraph(doc, "direct").outline_level == 3);
    CHECK(find_paragraph(doc, "body").outline_level == -1);
}

TEST_CASE("theme fonts resolve through theme1.xml") {
    docx_fixture f;
    f.styles("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/>"
             "</w:rPr></w:rPrDefault></w:docDefaults>");
    f.related("theme", "theme/theme1.xml",
              "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:themeElements>"
              "<a:fontScheme name=\"x\"><a:majorFont><a:latin typeface=\"Cambria\"/></a:majorFont>"
              "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/></a:minorFont></a:fontScheme>"
              "</a:themeElements></a:theme>");
    f.body(para("themed") + para("named", "", "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>"));
    const document doc = parse(f);
    CHECK(find_paragraph(doc, "themed").runs[0].font == "Calibri");
    CHECK(find_paragraph(doc, "named").runs[0].font == "Arial");
}

TEST_CASE("TCVN3 and VNI runs are converted to Unicode by their effective font") {
    docx_fixture f;
    f.styles("<w:style w:type=\"paragraph\" w:styleId=\"Old\"><w:name w:val=\"Old\"/>"
             "<w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr></w:style>");
    f.body(para("C\xC2\xAB" "ng t\xC2\xB8" "c", "", "<w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/>") +
           para("C\xC2\xAB" "ng", "<w:pStyle w:val=\"Old\"/>") +
           para("C\xC2\xAB" "ng", "", "<w:rFonts w:ascii=\".VnTimeH\" w:hAnsi=\".VnTimeH\"/>") +
           para("Xin cha\xC3\xB8o", "", "<w:rFonts w:ascii=\"VNI-Times\" w:hAnsi=\"VNI-Times\"/>"));
    const document doc = parse(f);
    const auto t = texts(doc.body);
    REQUIRE(t.size() == 4);
    CHECK(t[0] == "Công tác");
    CHECK(t[1] == "Công");
    CHECK(t[2] == "CÔNG");
    CHECK(t[3] == "Xin chào");
    CHECK(std::get<paragraph>(doc.body[0]).runs[0].font == ".VnTime");
}

TEST_CASE("text is NFC once the paragraph ends") {
    docx_fixture f;
    // "Hoà" with a combining grave accent split across two runs.
    f.body("<w:p>" + run("Hoa", "<w:b/>") + run("\xCC\x80 b\xC3\xACnh") + "</w:p>");
    const document doc = parse(f);
    const auto& p = std::get<paragraph>(doc.body[0]);
    CHECK(p.text() == "Hoà bình");   // the mark joins its letter across the run boundary
    REQUIRE(p.runs.size() == 2);
    CHECK(p.runs[0].text == "Hoà");
    docx_fixture g;
    g.body(para("Hoa\xCC\x80 bi\xCC\x80nh"));
    CHECK(std::get<paragraph>(parse(g).body[0]).text() == "Hoà bình");
}

TEST_CASE("tracked changes: accept, reject and all") {
    docx_fixture f;
    f.body(tracked_body);
    CHECK(texts(parse(f).body) == std::vector<std::string>{"ABD"});
    CHECK(texts(parse(f, {"accept", {}}).body) == std::vector<std::string>{"ABD"});
    CHECK(texts(parse(f, {"reject", {}}).body) == std::vector<std::string>{"ACDE"});
    CHECK(texts(parse(f, {"all", {}}).body) == std::vector<std::string>{"A[+B+][-C-]D[-E-]"});
}

TEST_CASE("tracked changes: a deleted paragraph mark joins the paragraphs, a deleted row disappears") {
    docx_fixture f;
    f.body("<w:p><w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"x\"/></w:rPr></w:pPr>" + run("first ") + "</w:p>" +
           para("second") +
           "<w:tbl><w:tr><w:tc>" + para("kept") + "</w:tc></w:tr>"
           "<w:tr><w:trPr><w:del w:id=\"2\" w:author=\"x\"/></w:trPr><w:tc>" + para("gone") + "</w:tc></w:tr></w:tbl>");
    const document accepted = parse(f);
    CHECK(texts(accepted.body) == std::vector<std::string>{"first second", "kept"});
    const document all = parse(f, {"all", {}});
    CHECK(texts(all.body) == std::vector<std::string>{"first ", "second", "kept", "gone"});
}

TEST_CASE("fields show their results, never their instructions") {
    docx_fixture f;
    f.body("<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
           "<w:p><w:fldSimple w:instr=\" DATE \"><w:r><w:t>30/9/2013</w:t></w:r></w:fldSimple></w:p>"
           // A nested field inside the instruction of another, and a field without result.
           "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>hidden</w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 1 \"x\"</w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>shown</w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>XE \"entry\"</w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
           "<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>link</w:t></w:r></w:hyperlink>"
           "<w:smartTag w:uri=\"u\" w:element=\"place\"><w:r><w:t xml:space=\"preserve\"> Hà Tĩnh</w:t></w:r></w:smartTag>"
           "<w:customXml w:element=\"x\"><w:r><w:t xml:space=\"preserve\"> cx</w:t></w:r></w:customXml></w:p>"
           "<w:sdt><w:sdtPr><w:alias w:val=\"a\"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent>" + para("in sdt") +
           "</w:sdtContent></w:sdt>");
    const document doc = parse(f);
    CHECK(texts(doc.body) == std::vector<std::string>{"Page 7", "30/9/2013", "shown", "link Hà Tĩnh cx", "in sdt"});
}

TEST_CASE("a text box is read once, after its anchoring paragraph") {
    const std::string box = "<w:txbxContent>" + para("Box text") + "</w:txbxContent>";
    docx_fixture f;
    f.body("<w:p>" + run("Anchor") +
           "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
           "<wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
           "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict>"
           "</mc:Fallback></mc:AlternateContent></w:r>" + run(" after") + "</w:p>" + para("next"));
    const document doc = parse(f);
    CHECK(texts(doc.body) == std::vector<std::string>{"Anchor after", "Box text", "next"});
}

TEST_CASE("mc:AlternateContent takes the fallback of a choice it does not understand") {
    docx_fixture f;
    f.body("<w:p>" + run("smile ") +
           "<w:r><mc:AlternateContent><mc:Choice Requires=\"w16se\"><w16se:symEx w16se:font=\"Segoe UI Emoji\" "
           "w16se:char=\"1F642\"/></mc:Choice><mc:Fallback><w:t>\xF0\x9F\x99\x82</w:t></mc:Fallback>"
           "</mc:AlternateContent></w:r></w:p>");
    CHECK(texts(parse(f).body) == std::vector<std::string>{"smile \xF0\x9F\x99\x82"});
}

TEST_CASE("tables: rows, cells, spans, vertical merges, nesting and borders") {
    docx_fixture f;
    f.styles("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/></w:style>"
             "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
             "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/>"
             "</w:tblBorders></w:tblPr></w:style>");
    const std::string nested = "<w:tbl><w:tr><w:tc>" + para("inner") + "</w:tc></w:tr></w:tbl>";
    f.body("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid/>"
           "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/></w:tcPr>" + para("a") + "</w:tc>"
           "<w:tc>" + para("b") + nested + "</w:tc></w:tr>"
           "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>" + para("c") + "</w:tc></w:tr>"
           "</w:tbl>"
           "<w:tbl><w:tr><w:tc>" + para("plain") + "</w:tc></w:tr></w:tbl>"
           "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"none\"/>"
           "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/>"
           "</w:tblBorders></w:tblPr><w:tr><w:tc>" + para("sig") + "</w:tc></w:tr></w:tbl>");
    const document doc = parse(f);
    REQUIRE(doc.body.size() == 3);
    const auto& t = std::get<table>(doc.body[0]);
    CHECK(t.style_id == "TableGrid");
    CHECK_FALSE(t.borderless);
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.rows[0].cells.size() == 2);
    CHECK(t.rows[0].cells[0].grid_span == 2);
    CHECK_FALSE(t.rows[0].cells[0].vertical_continuation);
    CHECK(t.rows[1].cells[0].vertical_continuation);
    REQUIRE(t.rows[0].cells[1].blocks.size() == 2);
    const auto& inner = std::get<table>(t.rows[0].cells[1].blocks[1]);
    CHECK(texts(inner.rows[0].cells[0].blocks) == std::vector<std::string>{"inner"});
    CHECK(std::get<table>(doc.body[1]).borderless);    // the default table style draws nothing
    CHECK(std::get<table>(doc.body[2]).borderless);    // every edge switched off
    CHECK(texts(doc.body) == std::vector<std::string>{"a", "b", "inner", "", "c", "plain", "sig"});
}

TEST_CASE("headers, footers, footnotes, endnotes and comments are parts, not body") {
    const std::string ns = w_namespaces;
    docx_fixture f;
    f.related("header", "header1.xml", "<w:hdr " + ns + ">" + para("Đảng bộ tỉnh") + "</w:hdr>", "rIdH");
    f.related("footer", "footer1.xml", "<w:ftr " + ns + ">" + para("Trang 1") + "</w:ftr>", "rIdF");
    f.related("footnotes", "footnotes.xml",
              "<w:footnotes " + ns + "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
              "</w:footnote><w:footnote w:id=\"1\">" + para("Chú thích") + "</w:footnote></w:footnotes>");
    f.related("endnotes", "endnotes.xml", "<w:endnotes " + ns + "><w:endnote w:id=\"2\">" + para("end") + "</w:endnote></w:endnotes>");
    f.related("comments", "comments.xml", "<w:comments " + ns + "><w:comment w:id=\"0\" w:author=\"a\">" + para("xem lại") +
                                              "</w:comment></w:comments>");
    f.body("<w:p>" + run("Body") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
           "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/><w:footerReference w:type=\"default\" r:id=\"rIdF\"/></w:sectPr>");
    const document doc = parse(f);
    CHECK(texts(doc.body) == std::vector<std::string>{"Body"});
    REQUIRE(doc.parts.size() == 5);
    CHECK(doc.parts[0].kind == "header");
    CHECK(doc.parts[0].id == "word/header1.xml");
    CHECK(texts(doc.parts[0].blocks) == std::vector<std::string>{"Đảng bộ tỉnh"});
    CHECK(doc.parts[1].kind == "footer");
    CHECK(doc.parts[2].kind == "footnote");
    CHECK(doc.parts[2].id == "1");
    CHECK(texts(doc.parts[2].blocks) == std::vector<std::string>{"Chú thích"});
    CHECK(doc.parts[3].kind == "endnote");
    CHECK(doc.parts[4].kind == "comment");
    CHECK(texts(doc.parts[4].blocks) == std::vector<std::string>{"xem lại"});
}

TEST_CASE("core properties are read into the metadata") {
    docx_fixture f;
    f.part("docProps/core.xml",
           "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>Báo cáo sơ kết</dc:title>"
           "<dc:subject>Nghị quyết</dc:subject><dc:creator>Văn phòng</dc:creator><cp:lastModifiedBy>Lan</cp:lastModifiedBy>"
           "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2013-09-30T08:00:00Z</dcterms:created>"
           "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2013-10-01T01:15:00Z</dcterms:modified></cp:coreProperties>");
    f.body(para("x"));
    const document doc = parse(f);
    CHECK(doc.metadata.title == "Báo cáo sơ kết");
    CHECK(doc.metadata.subject == "Nghị quyết");
    CHECK(doc.metadata.creator == "Văn phòng");
    CHECK(doc.metadata.last_modified_by == "Lan");
    CHECK(doc.metadata.created == "2013-09-30T08:00:00Z");
    CHECK(doc.metadata.modified == "2013-10-01T01:15:00Z");
}

TEST_CASE("the main part is found through _rels/.rels, wherever it is") {
    docx_fixture f;
    const std::string doc_xml = f.parts["word/document.xml"];
    f.remove("word/document.xml").remove("word/_rels/document.xml.rels");
    f.part("content/main.xml", std::string("<w:document ") + w_namespaces + "><w:body>" + para("moved") + "</w:body></w:document>");
    f.part("_rels/.rels",
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"r1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" "
           "Target=\"/content/main.xml\"/></Relationships>");
    CHECK(texts(parse(f).body) == std::vector<std::string>{"moved"});
}

TEST_CASE("several w:body elements are all read; the same bytes parse from memory") {
    docx_fixture f;
    f.part("word/document.xml", std::string("<w:document ") + w_namespaces + "><w:body>" + para("one") +
                                    "</w:body><w:body>" + para("two") + "</w:body></w:document>");
    CHECK(texts(parse(f).body) == std::vector<std::string>{"one", "two"});
    CHECK(texts(parse_bytes(f.bytes(), "mem.docx").body) == std::vector<std::string>{"one", "two"});
}

TEST_CASE("probe scores: zip with a Word extension highest, OLE2 claimed, other files not") {
    const parser& p = docx_parser();
    item it;
    it.name = "a.docx";
    CHECK(p.probe(it, std::string_view("PK\x03\x04", 4)) >= 80);
    it.name = "a";
    CHECK(p.probe(it, std::string_view("PK\x03\x04", 4)) > 0);
    it.name = "a.doc";
    CHECK(p.probe(it, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) > 0);
    it.name = "a.txt";
    CHECK(p.probe(it, "hello") == 0);
    item docx;
    docx.name = "a.docx";
    it.name = "a.zip";
    CHECK(p.probe(it, std::string_view("PK\x03\x04", 4)) < p.probe(docx, std::string_view("PK\x03\x04", 4)));
}

TEST_CASE("a drop cap begins the paragraph that follows it") {
    docx_fixture f;
    f.body(para("T", "<w:framePr w:dropCap=\"drop\" w:lines=\"3\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"text\"/>") +
           para("ỉnh ủy Hà Tĩnh") + para("next"));
    CHECK(texts(parse(f).body) == std::vector<std::string>{"Tỉnh ủy Hà Tĩnh", "next"});
}

TEST_CASE("documents share a parsed styles part only when its stored bytes are the same") {
    const std::string body = para("Tiêu đề", "<w:pStyle w:val=\"Heading\"/>");
    auto with_heading_style = [&](const std::string& rpr) {
        docx_fixture f;
        f.styles("<w:style w:type=\"paragraph\" w:styleId=\"Heading\"><w:name w:val=\"Heading\"/><w:rPr>" + rpr +
                 "</w:rPr></w:style>");
        f.body(body);
        return f;
    };
    const docx_fixture bold = with_heading_style("<w:b/>");
    const docx_fixture italic = with_heading_style("<w:i/>");
    docx_fixture stored_bold = with_heading_style("<w:b/>");
    stored_bold.store("word/styles.xml");

    // One parser reads them in turn, as in a run: each keeps its own styles.
    for (int round = 0; round < 2; ++round) {
        const document bold_doc = parse_bytes(bold.bytes(), "bold.docx");
        const auto& b = find_paragraph(bold_doc, "Tiêu đề");
        CHECK(b.runs[0].bold);
        CHECK_FALSE(b.runs[0].italic);
        const document italic_doc = parse_bytes(italic.bytes(), "italic.docx");
        const auto& i = find_paragraph(italic_doc, "Tiêu đề");
        CHECK_FALSE(i.runs[0].bold);
        CHECK(i.runs[0].italic);
        const document stored_doc = parse_bytes(stored_bold.bytes(), "stored.docx");
        CHECK(find_paragraph(stored_doc, "Tiêu đề").runs[0].bold);
    }
}
