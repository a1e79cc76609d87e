// SPDX-License-Identifier: Apache-2.0
// The built-in styles follow the Party format rules (HD 11/36-HD/VPTW as
// summarized in the project's reference notes): A4, Times New Roman, 14 pt
// body, 15 pt bold document type, justified body with a 1 cm first-line indent
// and 6 pt between paragraphs, 12 pt recipient lines. Elements inside pPr and
// rPr are written in the order the WordprocessingML schema requires, since
// Word rejects parts that break it.

#include "docx/default_parts.hpp"
#include "docx/docx_template.hpp"
#include "docx/xml_writer.hpp"

#include <string>
#include <vector>

namespace baocao::docx {

namespace {

struct para_props {
    bool keep_next = false;
    bool keep_lines = false;
    int before = -1, after = -1, line = -1;  ///< twips; line in 240ths
    int first_line = -1;
    const char* jc = nullptr;
    int outline = -1;
};

struct run_props {
    bool bold = false, italic = false, underline = false;
    int half_points = 0;
};

enum class kind { paragraph, character, table };

struct style_def {
    kind type;
    const char* id;
    const char* name;
    const char* based_on = nullptr;
    const char* next = nullptr;
    bool is_default = false;
    bool quick = false;       ///< shown in the style gallery
    bool hidden = false;      ///< semiHidden + unhideWhenUsed
    int priority = -1;
    para_props p{};
    run_props r{};
    bool grid = false;        ///< table borders on every edge
    bool cell_margins = false;
};

void write_ppr(xml_writer& w, const para_props& p) {
    const bool any = p.keep_next || p.keep_lines || p.before >= 0 || p.after >= 0 || p.line >= 0 ||
                     p.first_line >= 0 || p.jc || p.outline >= 0;
    if (!any) return;
    w.start("w:pPr");
    if (p.keep_next) w.empty("w:keepNext");
    if (p.keep_lines) w.empty("w:keepLines");
    if (p.before >= 0 || p.after >= 0 || p.line >= 0) {
        w.start("w:spacing");
        if (p.before >= 0) w.attr("w:before", std::to_string(p.before));
        if (p.after >= 0) w.attr("w:after", std::to_string(p.after));
        if (p.line >= 0) {
            w.attr("w:line", std::to_string(p.line));
            w.attr("w:lineRule", "auto");
        }
        w.end();
    }
    if (p.first_line >= 0) w.empty("w:ind", {{"w:firstLine", std::to_string(p.first_line)}});
    if (p.jc) w.empty("w:jc", {{"w:val", p.jc}});
    if (p.outline >= 0) w.empty("w:outlineLvl", {{"w:val", std::to_string(p.outline)}});
    w.end();
}

void write_rpr(xml_writer& w, const run_props& r) {
    if (!r.bold && !r.italic && !r.underline && r.half_points == 0) return;
    w.start("w:rPr");
    if (r.bold) {
        w.empty("w:b");
        w.empty("w:bCs");
    }
    if (r.italic) {
        w.empty("w:i");
        w.empty("w:iCs");
    }
    if (r.half_points) {
        w.empty("w:sz", {{"w:val", std::to_string(r.half_points)}});
        w.empty("w:szCs", {{"w:val", std::to_string(r.half_points)}});
    }
    if (r.underline) w.empty("w:u", {{"w:val", "single"}});
    w.end();
}

void write_borders(xml_writer& w, const char* element) {
    w.start(element);
    for (const char* edge : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        w.empty(edge, {{"w:val", "single"}, {"w:sz", "4"}, {"w:space", "0"}, {"w:color", "auto"}});
    w.end();
}

void write_style(xml_writer& w, const style_def& s) {
    const char* type = s.type == kind::paragraph ? "paragraph" : s.type == kind::character ? "character" : "table";
    w.start("w:style", {{"w:type", type}});
    if (s.is_default) w.attr("w:default", "1");
    w.attr("w:styleId", s.id);
    w.empty("w:name", {{"w:val", s.name}});
    if (s.based_on) w.empty("w:basedOn", {{"w:val", s.based_on}});
    if (s.next) w.empty("w:next", {{"w:val", s.next}});
    if (s.priority >= 0) w.empty("w:uiPriority", {{"w:val", std::to_string(s.priority)}});
    if (s.hidden) {
        w.empty("w:semiHidden");
        w.empty("w:unhideWhenUsed");
    }
    if (s.quick) w.empty("w:qFormat");
    write_ppr(w, s.p);
    write_rpr(w, s.r);
    if (s.type == kind::table) {
        w.start("w:tblPr");
        w.empty("w:tblInd", {{"w:w", "0"}, {"w:type", "dxa"}});
        if (s.grid) write_borders(w, "w:tblBorders");
        if (s.cell_margins) {
            w.start("w:tblCellMar");
            w.empty("w:top", {{"w:w", "0"}, {"w:type", "dxa"}});
            w.empty("w:left", {{"w:w", "108"}, {"w:type", "dxa"}});
            w.empty("w:bottom", {{"w:w", "0"}, {"w:type", "dxa"}});
            w.empty("w:right", {{"w:w", "108"}, {"w:type", "dxa"}});
            w.end();
        }
        w.end();
    }
    w.end();
}

std::vector<style_def> style_defs() {
    std::vector<style_def> v;
    auto add = [&](style_def d) { v.push_back(d); };

    add({kind::paragraph, "Normal", "Normal", nullptr, nullptr, true, true, false, 0, {}, {}});
    add({kind::character, "DefaultParagraphFont", "Default Paragraph Font", nullptr, nullptr, true, false, true, 1, {}, {}});
    style_def table_normal{kind::table, "TableNormal", "Normal Table", nullptr, nullptr, true, false, true, 99, {}, {}};
    table_normal.cell_margins = true;
    add(table_normal);

    para_props body;
    body.after = 120;
    body.line = 288;
    body.first_line = 567;
    body.jc = "both";
    add({kind::paragraph, "BodyText", "Body Text", "Normal", nullptr, false, true, false, -1, body, {}});

    para_props title;
    title.keep_next = true;
    title.before = 240;
    title.after = 0;
    title.jc = "center";
    add({kind::paragraph, "Title", "Title", "Normal", "Subtitle", false, true, false, 10, title, {true, false, false, 30}});

    para_props subtitle;
    subtitle.keep_next = true;
    subtitle.after = 0;
    subtitle.jc = "center";
    add({kind::paragraph, "Subtitle", "Subtitle", "Normal", "BodyText", false, true, false, 11, subtitle, {true, false, false, 28}});

    const char* heading_ids[] = {"Heading1", "Heading2", "Heading3", "Heading4", "Heading5"};
    const char* heading_names[] = {"heading 1", "heading 2", "heading 3", "heading 4", "heading 5"};
    for (int level = 0; level < 5; ++level) {
        para_props h;
        h.keep_next = true;
        h.keep_lines = true;
        h.before = level == 0 ? 240 : 120;
        h.after = level == 0 ? 120 : 60;
        h.jc = "both";
        h.outline = level;
        add({kind::paragraph, heading_ids[level], heading_names[level], "Normal", "BodyText", false, true, false, 9, h,
             {level < 3, level >= 2, false, 28}});
    }

    add({kind::character, "Strong", "Strong", "DefaultParagraphFont", nullptr, false, true, false, 22, {}, {true, false, false, 0}});

    para_props centred;
    centred.after = 0;
    centred.line = 240;
    centred.jc = "center";
    add({kind::paragraph, "HeaderBlock", "Header Block", "Normal", nullptr, false, true, false, -1, centred, {}});

    para_props cell;
    cell.before = 40;
    cell.after = 40;
    cell.line = 240;
    add({kind::paragraph, "TableText", "Table Text", "Normal", nullptr, false, true, false, -1, cell, {false, false, false, 26}});

    add({kind::paragraph, "Remark", "Remark", "BodyText", nullptr, false, true, false, -1, {}, {false, true, false, 0}});

    para_props tight;
    tight.after = 0;
    tight.line = 240;
    add({kind::paragraph, "Recipients", "Recipients", "Normal", nullptr, false, true, false, -1, tight, {false, false, false, 24}});
    add({kind::paragraph, "Signature", "Signature", "Normal", nullptr, false, true, false, -1, centred, {true, false, false, 0}});

    para_props header;
    header.jc = "center";
    add({kind::paragraph, "Header", "header", "Normal", nullptr, false, false, true, 99, header, {false, false, false, 26}});

    style_def grid{kind::table, "TableGrid", "Table Grid", "TableNormal", nullptr, false, false, false, 39, {}, {}};
    grid.grid = true;
    grid.cell_margins = true;
    add(grid);
    return v;
}

}  // namespace

std::string default_styles_xml() {
    xml_writer w;
    w.start("w:styles", {{"xmlns:w", ns_w}, {"xmlns:r", ns_r}});
    w.start("w:docDefaults");
    w.start("w:rPrDefault");
    w.start("w:rPr");
    w.empty("w:rFonts", {{"w:ascii", "Times New Roman"}, {"w:eastAsia", "Times New Roman"},
                         {"w:hAnsi", "Times New Roman"}, {"w:cs", "Times New Roman"}});
    w.empty("w:sz", {{"w:val", "28"}});
    w.empty("w:szCs", {{"w:val", "28"}});
    w.empty("w:lang", {{"w:val", "vi-VN"}, {"w:eastAsia", "en-US"}, {"w:bidi", "ar-SA"}});
    w.end();
    w.end();
    w.start("w:pPrDefault");
    w.start("w:pPr");
    w.empty("w:spacing", {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}});
    w.end();
    w.end();
    w.end();
    for (const auto& s : style_defs()) write_style(w, s);
    w.end();
    return w.finish();
}

std::string default_settings_xml() {
    xml_writer w;
    w.start("w:settings", {{"xmlns:w", ns_w}, {"xmlns:r", ns_r}});
    w.empty("w:zoom", {{"w:percent", "100"}});
    w.empty("w:defaultTabStop", {{"w:val", "720"}});
    w.empty("w:characterSpacingControl", {{"w:val", "doNotCompress"}});
    w.start("w:compat");
    w.empty("w:compatSetting", {{"w:name", "compatibilityMode"},
                                {"w:uri", "http://schemas.microsoft.com/office/word"},
                                {"w:val", "15"}});
    w.end();
    w.empty("w:themeFontLang", {{"w:val", "vi-VN"}});
    w.empty("w:decimalSymbol", {{"w:val", ","}});
    w.empty("w:listSeparator", {{"w:val", ";"}});
    w.end();
    return w.finish();
}

std::string default_font_table_xml() {
    xml_writer w;
    w.start("w:fonts", {{"xmlns:w", ns_w}, {"xmlns:r", ns_r}});
    w.start("w:font", {{"w:name", "Times New Roman"}});
    w.empty("w:panose1", {{"w:val", "02020603050405020304"}});
    w.empty("w:charset", {{"w:val", "00"}});
    w.empty("w:family", {{"w:val", "roman"}});
    w.empty("w:pitch", {{"w:val", "variable"}});
    w.end();
    w.end();
    return w.finish();
}

}  // namespace baocao::docx
