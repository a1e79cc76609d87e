// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The style sheet (STSH, [MS-DOC] 2.9.271) and the font table (SttbfFfn,
/// 2.9.284) of a Word 97 document.

#include <cstdint>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// One style of the sheet.
struct word97_style {
    std::uint16_t istd = 0;           ///< its place in the sheet
    std::uint16_t sti = 0x0FFE;       ///< built-in identifier (0 Normal, 1..9 heading 1..9, 65 Default Paragraph Font)
    std::string name;                 ///< UTF-8
    bool paragraph = true;            ///< else a character style
    std::uint16_t base = 0x0FFF;      ///< istd of the base style, 0x0FFF none
    std::uint16_t next = 0;           ///< istd of the style of the next paragraph
    std::string paragraph_grpprl;     ///< paragraph styles only
    std::string character_grpprl;
};

/// The STSH holding `styles` (Word 97's 10-byte STD base), with the default
/// fonts `default_font` for ASCII, East Asian and other text.
std::string write_style_sheet(const std::vector<word97_style>& styles, std::uint16_t default_font);

/// The SttbfFfn naming `fonts` in order (a run's font index points into it);
/// "Symbol" is marked as a symbol font.
std::string write_font_table(const std::vector<std::string>& fonts);

}  // namespace baocao::samplegen
