// SPDX-License-Identifier: Apache-2.0
#include "docx_parts.hpp"

#include "random.hpp"
#include "text_util.hpp"

#include <cstdio>

namespace baocao::samplegen {

namespace {

constexpr const char* xml_decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
constexpr const char* w_ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string heading_style(const std::string& id, const std::string& name, int level, int size, bool numbered) {
    std::string s = "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name +
                    "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>";
    if (numbered)
        s += "<w:numPr>" + (level > 0 ? "<w:ilvl w:val=\"" + std::to_string(level) + "\"/>" : std::string()) +
             "<w:numId w:val=\"1\"/></w:numPr>";
    s += "<w:spacing w:before=\"120\" w:after=\"60\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/><w:outlineLvl w:val=\"" +
         std::to_string(level) + "\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"" + std::to_string(size) +
         "\"/><w:szCs w:val=\"" + std::to_string(size) + "\"/></w:rPr></w:style>";
    return s;
}

std::string level(int ilvl, const char* fmt, const char* text, const char* style, int indent) {
    std::string s = "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/>";
    if (style) s += std::string("<w:pStyle w:val=\"") + style + "\"/>";
    s += std::string("<w:lvlText w:val=\"") + text + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"" +
         std::to_string(indent) + "\"/></w:pPr></w:lvl>";
    return s;
}

}  // namespace

std::string content_types_xml(bool numbering, bool word_parts) {
    std::string s = xml_decl;
    s += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>";
    if (numbering)
        s += "<Override PartName=\"/word/numbering.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>";
    if (word_parts)
        s += "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
             "<Override PartName=\"/word/webSettings.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml\"/>";
    s += "<Override PartName=\"/word/settings.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
         "<Override PartName=\"/word/fontTable.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>";
    return s;
}

std::string package_rels_xml() {
    return std::string(xml_decl) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
           "Target=\"docProps/app.xml\"/>"
           "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
           "Target=\"docProps/core.xml\"/>"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
           "Target=\"word/document.xml\"/></Relationships>";
}

std::string document_rels_xml(bool numbering, bool word_parts) {
    std::string s = std::string(xml_decl) +
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                    "Target=\"styles.xml\"/>"
                    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
                    "Target=\"settings.xml\"/>"
                    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" "
                    "Target=\"fontTable.xml\"/>";
    if (word_parts)
        s += "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" "
             "Target=\"theme/theme1.xml\"/>"
             "<Relationship Id=\"rId6\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/webSettings\" "
             "Target=\"webSettings.xml\"/>";
    if (numbering)
        s += "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
             "Target=\"numbering.xml\"/>";
    return s + "</Relationships>";
}

std::string styles_xml(const doc_spec& doc) {
    const std::string font = xml_escape(doc.body_font);
    const std::string size = std::to_string(doc.body_size);
    std::string s = xml_decl;
    s += std::string("<w:styles ") + w_ns + "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + font +
         "\" w:eastAsia=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font + "\"/><w:sz w:val=\"" + size +
         "\"/><w:szCs w:val=\"" + size +
         "\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
         "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    if (doc.word_like_markup) s += latent_styles_xml();
    s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
    s += heading_style("Heading1", "heading 1", 0, doc.body_size, doc.numbering_in_heading_styles);
    s += heading_style("Heading2", "heading 2", 1, doc.body_size, doc.numbering_in_heading_styles);
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/>"
         "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>";
    s += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
         "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>";
    s += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/>"
         "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
         "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
         "</w:tblCellMar></w:tblPr></w:style>";
    s += "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
         "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>";
    s += "</w:styles>";
    return s;
}

std::string numbering_xml(const doc_spec& doc) {
    const bool by_style = doc.numbering_in_heading_styles;
    std::string s = xml_decl;
    s += std::string("<w:numbering ") + w_ns + "><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>";
    s += level(0, "upperRoman", "%1.", by_style ? "Heading1" : nullptr, 567);
    s += level(1, "decimal", "%2.", by_style ? "Heading2" : nullptr, 567);
    s += level(2, "lowerLetter", "%3)", nullptr, 567);
    s += "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
         "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"
         "</w:lvlOverride></w:num></w:numbering>";
    return s;
}

std::string settings_xml(const doc_spec& doc) {
    std::string s = xml_decl;
    s += std::string("<w:settings ") + w_ns + "><w:zoom w:percent=\"100\"/>";
    if (doc.track_revisions) s += "<w:trackRevisions/>";
    s += "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>";
    if (doc.word_like_markup) {
        const auto ids = revision_ids(doc.markup_seed, doc.revision_count);
        s += "<w:rsids><w:rsidRoot w:val=\"" + ids.front() + "\"/>";
        for (const std::string& id : ids) s += "<w:rsid w:val=\"" + id + "\"/>";
        s += "</w:rsids>";
    }
    s += ""
         "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"14\"/>"
         "</w:compat></w:settings>";
    return s;
}

std::string font_table_xml(const doc_spec& doc) {
    std::string s = xml_decl;
    s += std::string("<w:fonts ") + w_ns + "><w:font w:name=\"" + xml_escape(doc.body_font) +
         "\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
         "<w:pitch w:val=\"variable\"/></w:font>";
    for (const std::string& f : doc.legacy_fonts)
        s += "<w:font w:name=\"" + xml_escape(f) +
             "\"><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>";
    return s + "</w:fonts>";
}

std::string core_properties_xml(const doc_spec& doc) {
    std::string s = xml_decl;
    s += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    s += "<dc:title>" + xml_escape(doc.title) + "</dc:title><dc:creator>" + xml_escape(doc.creator) + "</dc:creator>";
    s += "<cp:lastModifiedBy>" + xml_escape(doc.last_modified_by.empty() ? doc.creator : doc.last_modified_by) +
         "</cp:lastModifiedBy><cp:revision>3</cp:revision>";
    s += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + doc.created + "</dcterms:created>";
    s += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + doc.modified + "</dcterms:modified></cp:coreProperties>";
    return s;
}

std::vector<std::string> revision_ids(std::uint64_t seed, std::size_t count) {
    random_source rng(seed);
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < count; ++i) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "00%06llX", static_cast<unsigned long long>(rng.next() & 0xFFFFFF));
        ids.push_back(buf);
    }
    return ids;
}

std::string app_properties_xml() {
    return std::string(xml_decl) +
           "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
           "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
           "<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
           "<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>"
           "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>14.0000</AppVersion></Properties>";
}

}  // namespace baocao::samplegen
