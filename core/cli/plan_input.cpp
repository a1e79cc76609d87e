// SPDX-License-Identifier: Apache-2.0
// A plan arrives as the document the province issued or as the spec a person
// edited. Its name is no guide: a plan saved from Word as "plan.txt" may be
// UTF-16 or windows-1258, and a .docx may come without an extension, so the
// kind is read from the bytes.
#include "plan_input.hpp"

#include <baocao/engine/json_location.hpp>
#include <baocao/engine/plan_reader.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/text.hpp>

#include <unicode/unistr.h>

#include <fstream>
#include <sstream>

namespace baocao::cli {

namespace {

std::string read_file(const std::filesystem::path& file) {
    try {
        return read_regular_file(file, max_settings_file_bytes);
    } catch (const rejection_error& e) {
        throw std::runtime_error("cannot read the plan " + file.string() + ": " + e.what());
    }
}

std::string decode(std::string_view bytes, const char* charset) {
    const icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
    std::string out;
    u.toUTF8String(out);
    return out;
}

/// UTF-16 without a byte order mark still shows itself: ASCII letters leave
/// a NUL in every other byte.
const char* utf16_without_bom(std::string_view bytes) {
    const std::size_t n = std::min<std::size_t>(bytes.size(), 512) & ~std::size_t{1};
    if (n < 8) return nullptr;
    std::size_t even_nul = 0, odd_nul = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        even_nul += bytes[i] == '\0';
        odd_nul += bytes[i + 1] == '\0';
    }
    if (odd_nul * 10 >= n * 3 && even_nul * 10 < n / 2) return "UTF-16LE";
    if (even_nul * 10 >= n * 3 && odd_nul * 10 < n / 2) return "UTF-16BE";
    return nullptr;
}

/// The plan's text as UTF-8: a BOM says UTF-8 or UTF-16; valid UTF-8 is
/// taken as it is; anything else is the Vietnamese Windows code page, the
/// only 8-bit one Vietnamese offices save plain text in.
std::string text_as_utf8(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return std::string(bytes.substr(3));
    if (bytes.starts_with("\xFF\xFE")) return decode(bytes.substr(2), "UTF-16LE");
    if (bytes.starts_with("\xFE\xFF")) return decode(bytes.substr(2), "UTF-16BE");
    if (const char* utf16 = utf16_without_bom(bytes)) return decode(bytes, utf16);
    if (text::is_valid_utf8(bytes)) return std::string(bytes);
    return decode(bytes, "windows-1258");
}

std::vector<std::string> lines_of(const std::string& utf8) {
    const std::string body = text::to_nfc(text::sanitize_utf8(utf8));
    std::vector<std::string> lines;
    std::istringstream in(body);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> lines_of(const document& doc) {
    std::vector<std::string> lines;
    for_each_paragraph(doc.body, [&](const paragraph& p) { lines.push_back(labelled_text(p)); });
    return lines;
}

/// A .docx/.odt package, a Word 97-2003 file or an RTF document: read by the parser plugins.
bool is_document_file(std::string_view bytes) {
    return bytes.starts_with("PK\x03\x04") || bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") ||
           bytes.starts_with("{\\rtf");
}

bool looks_like_json(const std::string& utf8, const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto first = utf8.find_first_not_of(" \t\r\n");
    return ext == ".json" || (first != std::string::npos && utf8[first] == '{');
}

}  // namespace

plan_spec load_plan(const std::filesystem::path& file, const engine::pipeline& pipe) {
    std::string text;
    try {
        const std::string bytes = read_file(file);
        if (is_document_file(bytes)) return engine::read_plan_lines(lines_of(pipe.parse_one(file)));
        text = text_as_utf8(bytes);
        if (looks_like_json(text, file)) return engine::plan_from_json(text);
        return engine::read_plan_lines(lines_of(text));
    } catch (const rejection_error& e) {
        throw std::runtime_error("the plan " + file.string() + " cannot be read: " + e.what());
    } catch (const engine::json_value_error& e) {
        throw std::runtime_error("the plan " + engine::located_message(file, text, e));
    } catch (const engine::json_syntax_failure& e) {
        throw std::runtime_error("the plan " + engine::located_message(file, e));
    } catch (const std::runtime_error& e) {
        const std::string msg = e.what();
        if (msg.find(file.string()) != std::string::npos) throw;
        throw std::runtime_error("the plan " + file.string() + ": " + msg);
    }
}

}  // namespace baocao::cli
