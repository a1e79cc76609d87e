// SPDX-License-Identifier: Apache-2.0
#include "archive_entry_names.hpp"

#include "os_junk.hpp"

#include <baocao/sdk/text.hpp>

#include <unicode/unistr.h>

#include <vector>

namespace baocao::plugins {

namespace {

bool is_drive_letter(std::string_view seg) {
    return seg.size() == 2 && seg[1] == ':' &&
           ((seg[0] >= 'A' && seg[0] <= 'Z') || (seg[0] >= 'a' && seg[0] <= 'z'));
}

}  // namespace

std::string decode_legacy_name(std::string_view bytes, const std::string& charset) {
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string clean_entry_name(std::string_view utf8) {
    std::string s = text::to_nfc(text::sanitize_utf8(utf8));
    for (char& c : s)
        if (c == '\\' || c == '\t' || c == '\n') c = c == '\\' ? '/' : ' ';
    std::vector<std::string> segments;
    std::size_t pos = 0;
    bool first = true;
    while (pos <= s.size()) {
        const std::size_t end = std::min(s.find('/', pos), s.size());
        const std::string_view seg(s.data() + pos, end - pos);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != "." && !(first && is_drive_letter(seg))) {
            segments.emplace_back(seg);
        }
        first = false;
        pos = end + 1;
    }
    std::string out;
    for (const auto& seg : segments) {
        if (!out.empty()) out += '/';
        out += seg;
    }
    return out;
}

bool is_folder_entry(std::string_view raw_name) {
    return !raw_name.empty() && (raw_name.back() == '/' || raw_name.back() == '\\');
}

std::optional<error_code> junk_entry_reason(std::string_view clean_name) {
    if (clean_name.starts_with("__MACOSX/") || clean_name == "__MACOSX" ||
        clean_name.find("/__MACOSX/") != std::string_view::npos)
        return error_code::appledouble;
    const auto slash = clean_name.rfind('/');
    return os_junk_reason(slash == std::string_view::npos ? clean_name : clean_name.substr(slash + 1));
}

}  // namespace baocao::plugins
