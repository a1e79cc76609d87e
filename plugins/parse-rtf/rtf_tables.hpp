// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The document's font table (\fonttbl: each font's name and code page, and
/// whether it is a legacy Vietnamese font) and style sheet (\stylesheet:
/// each paragraph style's name, base style and outline level).

#include <baocao/sdk/text.hpp>

#include <optional>
#include <string>
#include <unordered_map>

namespace baocao::rtf {

struct font_entry {
    std::string name;                              ///< "Times New Roman", ".VnTime"
    int charset = -1;                              ///< \fcharsetN, -1 when not given
    int codepage = 0;                              ///< \cpgN, 0 when not given
    std::optional<text::legacy_encoding> legacy;   ///< TCVN3 for ".Vn…", VNI for "VNI-…"
    bool legacy_capitals = false;                  ///< a TCVN3 capital font (".VnTimeH"): its runs show upper-cased
};

class font_table {
public:
    /// Adds or replaces font `number`; `name` is cut to a bounded length. Past 32 768 fonts, new ones are not kept.
    void add(int number, font_entry entry);
    /// The font, nullptr when the table has no such number.
    const font_entry* find(int number) const;
    /// The code page a font's bytes are in: its \cpg, else its \fcharset's, else the document's.
    int codepage_of(int number, int document_codepage) const;

private:
    std::unordered_map<int, font_entry> fonts_;
};

struct style_entry {
    std::string name;         ///< "heading 1"; "" when the entry named none
    int based_on = -1;        ///< \sbasedonN, -1 when none
    int outline_level = -1;   ///< \outlinelevelN (0-8), -1 when not given; 9 (body text) is kept as 9
};

class style_sheet {
public:
    /// Adds paragraph style `number` (\sN); a later entry of the same number replaces it. Past 32 768 styles, new ones are not kept.
    void add(int number, style_entry entry);
    const style_entry* find(int number) const;
    /// The outline level a paragraph of the style takes, through its base
    /// styles: 0-8, or -1 (none, body text, or a chain that loops or runs too deep).
    int outline_level(int number) const;

private:
    std::unordered_map<int, style_entry> styles_;
};

/// The styleId Word gives a style of this name in a .docx: its letters and
/// digits, the first letter capitalised for Word's own names ("heading 1" → "Heading1").
std::string style_id_of(std::string_view name);

}  // namespace baocao::rtf
