// SPDX-License-Identifier: Apache-2.0
// Names for formats baocao does not read, so a rejection tells the user what
// the sender attached instead of a report.
#include "format_names.hpp"

#include <algorithm>

namespace baocao::engine {

namespace {
bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

/// Text formats word processors and web systems save under a Word name: a
/// web page ("Save as Web Page", many document systems' "export to Word"),
/// a single-file web archive, Word 2003's XML.
std::string describe_markup(std::string_view head) {
    // Past a byte order mark and white space, ASCII letters in lower case: tags and headers are named without case.
    if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
    head.remove_prefix(std::min(head.size(), head.find_first_not_of(" \t\r\n")));
    std::string text(head);
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    auto has = [&](std::string_view what, std::size_t within = std::string::npos) {
        return std::string_view(text).substr(0, within).find(what) != std::string_view::npos;
    };
    if (starts_with(text, "<")) {
        if (has("w:worddocument") || has("progid=\"word.document\"")) return "a Word 2003 XML document";
        if (has("<html") || has("<!doctype html")) return "a web page (HTML)";
        return "";
    }
    if (has("mime-version:", 512) && has("multipart/related")) return "a single-file web page (MHTML)";
    return "";
}
}  // namespace

std::string describe_format(std::string_view head, const std::string& ext) {
    if (starts_with(head, "%PDF")) return "a PDF document";
    if (starts_with(head, "Rar!")) return "a RAR archive";
    if (starts_with(head, "7z\xBC\xAF\x27\x1C")) return "a 7-Zip archive";
    if (starts_with(head, "\x1F\x8B")) return "a gzip file";
    if (starts_with(head, "{\\rtf")) return "an RTF document";
    if (starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (ext == "xls") return "a legacy Excel .xls workbook";
        if (ext == "ppt") return "a legacy PowerPoint .ppt file";
        return "a legacy Office (OLE2) file such as a Word .doc";
    }
    if (starts_with(head, "\x89PNG")) return "a PNG image";
    if (starts_with(head, "\xFF\xD8\xFF")) return "a JPEG image";
    if (starts_with(head, "GIF8")) return "a GIF image";
    if (starts_with(head, "PK\x03\x04")) {
        if (head.find("xl/") != std::string_view::npos || ext == "xlsx") return "an Excel .xlsx workbook";
        if (head.find("ppt/") != std::string_view::npos || ext == "pptx") return "a PowerPoint .pptx file";
        if (ext == "odt") return "an OpenDocument text (.odt)";
        return "a zip package";
    }
    if (const std::string markup = describe_markup(head); !markup.empty())
        return ext == "doc" || ext == "docx" ? markup + " saved under a ." + ext + " name" : markup;
    if (ext == "doc" || ext == "docx") return "a file named ." + ext + " that is not a Word document";
    if (ext == "pdf") return "a PDF document";
    if (ext == "xls" || ext == "xlsx") return "an Excel workbook";
    if (ext == "rar") return "a RAR archive";
    if (ext == "txt") return "a plain text file";
    if (ext == "mbox") return "a file named .mbox with no \"From \" separator line, so no mailbox";
    if (ext == "eml") return "a file named .eml with no mail headers";
    if (ext == "odt") return "an OpenDocument text (.odt)";
    if (!ext.empty()) return "a ." + ext + " file";
    return "";
}

}  // namespace baocao::engine
