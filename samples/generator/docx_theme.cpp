// SPDX-License-Identifier: Apache-2.0
// Parts Word 2010 adds to every file it saves (theme, web settings, the full
// latent style table). They carry no text, but readers must skip them and
// they give benchmark files the size and shape of real ones.

#include "docx_parts.hpp"

#include <string>

namespace baocao::samplegen {

namespace {

std::string font_collection(const char* tag, const char* latin) {
    static const char* scripts[][2] = {
        {"Jpan", "ＭＳ ゴシック"}, {"Hang", "맑은 고딕"}, {"Hans", "宋体"}, {"Hant", "新細明體"}, {"Arab", "Times New Roman"},
        {"Hebr", "Times New Roman"}, {"Thai", "Angsana New"}, {"Ethi", "Nyala"}, {"Beng", "Vrinda"}, {"Gujr", "Shruti"},
        {"Khmr", "MoolBoran"}, {"Knda", "Tunga"}, {"Guru", "Raavi"}, {"Cans", "Euphemia"}, {"Cher", "Plantagenet Cherokee"},
        {"Yiii", "Microsoft Yi Baiti"}, {"Tibt", "Microsoft Himalaya"}, {"Thaa", "MV Boli"}, {"Deva", "Mangal"},
        {"Telu", "Gautami"}, {"Taml", "Latha"}, {"Syrc", "Estrangelo Edessa"}, {"Orya", "Kalinga"}, {"Mlym", "Kartika"},
        {"Laoo", "DokChampa"}, {"Sinh", "Iskoola Pota"}, {"Mong", "Mongolian Baiti"}, {"Viet", "Times New Roman"},
        {"Uigh", "Microsoft Uighur"}, {"Geor", "Sylfaen"}};
    std::string s = std::string("<a:") + tag + "><a:latin typeface=\"" + latin + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>";
    for (const auto& sc : scripts) s += std::string("<a:font script=\"") + sc[0] + "\" typeface=\"" + sc[1] + "\"/>";
    return s + "</a:" + tag + ">";
}

std::string fill_style(int shade) {
    return "<a:gradFill rotWithShape=\"1\"><a:gsLst><a:gs pos=\"0\"><a:schemeClr val=\"phClr\"><a:tint val=\"" +
           std::to_string(35000 + shade * 5000) + "\"/><a:satMod val=\"" + std::to_string(300000 - shade * 20000) +
           "\"/></a:schemeClr></a:gs><a:gs pos=\"35000\"><a:schemeClr val=\"phClr\"><a:tint val=\"37000\"/><a:satMod val=\"300000\"/>"
           "</a:schemeClr></a:gs><a:gs pos=\"100000\"><a:schemeClr val=\"phClr\"><a:tint val=\"15000\"/><a:satMod val=\"350000\"/>"
           "</a:schemeClr></a:gs></a:gsLst><a:lin ang=\"16200000\" scaled=\"" + std::to_string(shade % 2) + "\"/></a:gradFill>";
}

}  // namespace

std::string theme_xml() {
    std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                    "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\">"
                    "<a:themeElements><a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                    "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>";
    const char* colors[][2] = {{"dk2", "1F497D"}, {"lt2", "EEECE1"}, {"accent1", "4F81BD"}, {"accent2", "C0504D"},
                               {"accent3", "9BBB59"}, {"accent4", "8064A2"}, {"accent5", "4BACC6"}, {"accent6", "F79646"},
                               {"hlink", "0000FF"}, {"folHlink", "800080"}};
    for (const auto& c : colors) s += std::string("<a:") + c[0] + "><a:srgbClr val=\"" + c[1] + "\"/></a:" + c[0] + ">";
    s += "</a:clrScheme><a:fontScheme name=\"Office\">" + font_collection("majorFont", "Cambria") +
         font_collection("minorFont", "Calibri") + "</a:fontScheme><a:fmtScheme name=\"Office\"><a:fillStyleLst>"
         "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>" + fill_style(1) + fill_style(2) +
         "</a:fillStyleLst><a:lnStyleLst>";
    for (int w : {9525, 25400, 38100})
        s += "<a:ln w=\"" + std::to_string(w) + "\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\"><a:solidFill><a:schemeClr val=\"phClr\">"
             "<a:shade val=\"95000\"/><a:satMod val=\"105000\"/></a:schemeClr></a:solidFill><a:prstDash val=\"solid\"/></a:ln>";
    s += "</a:lnStyleLst><a:effectStyleLst>";
    for (int d : {20000, 23000, 23000})
        s += "<a:effectStyle><a:effectLst><a:outerShdw blurRad=\"40000\" dist=\"" + std::to_string(d) +
             "\" dir=\"5400000\" rotWithShape=\"0\"><a:srgbClr val=\"000000\"><a:alpha val=\"38000\"/></a:srgbClr>"
             "</a:outerShdw></a:effectLst></a:effectStyle>";
    s += "</a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>" + fill_style(3) +
         fill_style(4) + "</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
    return s;
}

std::string web_settings_xml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
           "<w:webSettings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>";
}

std::string latent_styles_xml() {
    std::string s = "<w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\" w:defSemiHidden=\"1\" "
                    "w:defUnhideWhenUsed=\"1\" w:defQFormat=\"0\" w:count=\"267\">";
    int priority = 0;
    auto add = [&](const std::string& name, bool visible) {
        s += "<w:lsdException w:name=\"" + name + "\" w:uiPriority=\"" + std::to_string(priority++) + "\"" +
             (visible ? " w:semiHidden=\"0\" w:unhideWhenUsed=\"0\" w:qFormat=\"1\"" : "") + "/>";
    };
    add("Normal", true);
    for (int i = 1; i <= 9; ++i) add("heading " + std::to_string(i), i == 1);
    for (int i = 1; i <= 9; ++i) add("toc " + std::to_string(i), false);
    for (const char* n : {"caption", "Title", "Default Paragraph Font", "Subtitle", "Strong", "Emphasis", "Table Grid",
                          "Placeholder Text", "No Spacing", "Revision", "List Paragraph", "Quote", "Intense Quote",
                          "Subtle Emphasis", "Intense Emphasis", "Subtle Reference", "Intense Reference", "Book Title",
                          "Bibliography", "TOC Heading"})
        add(n, priority % 3 == 0);
    for (const char* base : {"Light Shading", "Light List", "Light Grid", "Medium Shading 1", "Medium Shading 2",
                             "Medium List 1", "Medium List 2", "Medium Grid 1", "Medium Grid 2", "Medium Grid 3",
                             "Dark List", "Colorful Shading", "Colorful List", "Colorful Grid"}) {
        add(base, false);
        for (int a = 1; a <= 6; ++a) add(std::string(base) + " Accent " + std::to_string(a), false);
    }
    return s + "</w:latentStyles>";
}

}  // namespace baocao::samplegen
