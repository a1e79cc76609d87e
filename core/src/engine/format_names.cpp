// SPDX-License-Identifier: Apache-2.0
// Names for formats baocao does not read, so a rejection tells the user what
// the sender attached instead of a report.
#include "format_names.hpp"

namespace baocao::engine {

namespace {
bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
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
    if (ext == "doc") return "a legacy Word .doc file";
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
