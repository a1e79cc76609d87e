// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The styleId Word writes in a .docx for a style name, for the readers of
/// formats that name styles only (.doc, RTF), so that a heading style is
/// known by the same id whatever the report was saved as.

#include <string>
#include <string_view>

namespace baocao::plugins {

/// Letters (any non-ASCII byte among them) and digits of `name`, with the
/// first letter capitalised for one of Word's own names ("heading 1" → "Heading1").
inline std::string word_style_id(std::string_view name, bool builtin) {
    std::string id;
    for (const char c : name)
        if (static_cast<unsigned char>(c) >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            id.push_back(c);
    if (builtin && !id.empty() && id[0] >= 'a' && id[0] <= 'z') id[0] = static_cast<char>(id[0] - 'a' + 'A');
    return id;
}

}  // namespace baocao::plugins
