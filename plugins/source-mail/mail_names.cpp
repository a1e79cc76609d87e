// SPDX-License-Identifier: Apache-2.0
#include "mail_names.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace baocao::plugins {

namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Cuts UTF-8 text to at most `max` bytes without splitting a character.
std::string cut_utf8(std::string s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s.resize(end);
    return s;
}

}  // namespace

std::string clean_attachment_name(std::string_view decoded) {
    std::string s = text::to_nfc(text::sanitize_utf8(decoded));
    const auto sep = s.find_last_of("/\\");
    if (sep != std::string::npos) s.erase(0, sep + 1);
    return text::collapse_spaces(s);
}

std::string message_file_name(std::string_view subject) {
    std::string s = text::collapse_spaces(text::to_nfc(text::sanitize_utf8(subject)));
    for (char& c : s)
        if (c == '/' || c == '\\') c = '_';
    s = text::trim(cut_utf8(std::move(s), 150));
    return s.empty() ? "message.eml" : s + ".eml";
}

bool has_document_magic(std::string_view bytes) {
    return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
           bytes.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

std::string generated_name(std::string_view part_path, std::string_view mime_type, std::string_view bytes) {
    static const std::array<std::pair<std::string_view, std::string_view>, 20> by_type{{
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"},
        {"application/msword", ".doc"},
        {"application/zip", ".zip"},
        {"application/x-zip-compressed", ".zip"},
        {"application/vnd.rar", ".rar"},
        {"application/x-rar-compressed", ".rar"},
        {"application/x-rar", ".rar"},
        {"application/x-7z-compressed", ".7z"},
        {"application/gzip", ".gz"},
        {"application/x-gzip", ".gz"},
        {"application/x-tar", ".tar"},
        {"application/pdf", ".pdf"},
        {"message/rfc822", ".eml"},
        {"application/vnd.ms-outlook", ".msg"},   // an Outlook message, as Outlook and Exchange label one
        {"application/mbox", ".mbox"},
        {"text/plain", ".txt"},
        {"text/html", ".html"},
        {"application/rtf", ".rtf"},
        {"text/rtf", ".rtf"},
        {"application/vnd.oasis.opendocument.text", ".odt"},
    }};
    std::string ext;
    const std::string type = lower_ascii(mime_type);
    for (const auto& [t, e] : by_type)
        if (type == t) ext = e;
    if (ext.empty() && bytes.starts_with("PK")) {
        // A package names its parts near the start: a Word one is a .docx, an
        // OpenDocument text names its media type in its first entry.
        const std::string_view start = bytes.substr(0, 64 * 1024);
        ext = start.find("word/") != std::string_view::npos                                      ? ".docx"
              : start.find("mimetypeapplication/vnd.oasis.opendocument.text") != std::string_view::npos ? ".odt"
                                                                                                  : ".zip";
    } else if (ext.empty() && has_document_magic(bytes)) {
        ext = ".doc";
    }
    return "attachment-" + std::string(part_path) + ext;
}

}  // namespace baocao::plugins
