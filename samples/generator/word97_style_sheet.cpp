// SPDX-License-Identifier: Apache-2.0
#include "word97_style_sheet.hpp"

#include "byte_writer.hpp"
#include "text_util.hpp"

#include <algorithm>

namespace baocao::samplegen {

namespace {

constexpr std::uint16_t std_base_size = 10;          // cbSTDBaseInFile of Word 97
constexpr std::uint16_t fixed_styles = 15;           // istdMaxFixedWhenSaved: Normal, 9 headings, 5 more
constexpr std::uint16_t stshi_size = 18;

/// One STD: the base, the name, then the property exceptions (UPX), each at an even offset.
std::string write_std(const word97_style& s) {
    std::string out;
    const std::uint16_t upx_count = s.paragraph ? 2 : 1;
    append16(out, static_cast<std::uint16_t>(s.sti & 0x0FFF));
    append16(out, static_cast<std::uint16_t>((s.paragraph ? 1 : 2) | (s.base << 4)));
    append16(out, static_cast<std::uint16_t>(upx_count | (s.next << 4)));
    append16(out, 0);   // bchUpe, set below
    append16(out, 0);   // grfstd
    const std::u16string name = utf16(s.name);
    append16(out, static_cast<std::uint16_t>(name.size()));
    for (const char16_t c : name) append16(out, c);
    append16(out, 0);
    put16(out, 6, static_cast<std::uint16_t>(out.size()));
    auto upx = [&](const std::string& bytes) {
        if (out.size() % 2) out.push_back('\0');
        append16(out, static_cast<std::uint16_t>(bytes.size()));
        out += bytes;
    };
    if (s.paragraph) {
        std::string papx;
        append16(papx, s.istd);
        upx(papx + s.paragraph_grpprl);
    }
    upx(s.character_grpprl);
    if (out.size() % 2) out.push_back('\0');
    return out;
}

}  // namespace

std::string write_style_sheet(const std::vector<word97_style>& styles, std::uint16_t default_font) {
    std::uint16_t count = fixed_styles;
    for (const word97_style& s : styles) count = std::max<std::uint16_t>(count, static_cast<std::uint16_t>(s.istd + 1));
    std::string stshi;
    append16(stshi, count);
    append16(stshi, std_base_size);
    append16(stshi, 1);                       // fStdStylenamesWritten
    append16(stshi, 0x005B);                  // stiMaxWhenSaved: Word 97's built-in styles
    append16(stshi, fixed_styles);
    append16(stshi, 0);                       // nVerBuiltInNamesWhenSaved
    for (int i = 0; i < 3; ++i) append16(stshi, default_font);   // ftcAsci, ftcFE, ftcOther
    std::string out;
    append16(out, stshi_size);
    out += stshi;
    for (std::uint16_t istd = 0; istd < count; ++istd) {
        const auto it = std::find_if(styles.begin(), styles.end(), [&](const word97_style& s) { return s.istd == istd; });
        if (it == styles.end()) {
            append16(out, 0);   // an empty slot
            continue;
        }
        const std::string std_bytes = write_std(*it);
        append16(out, static_cast<std::uint16_t>(std_bytes.size()));
        out += std_bytes;
    }
    return out;
}

std::string write_font_table(const std::vector<std::string>& fonts) {
    std::string out;
    append16(out, static_cast<std::uint16_t>(fonts.size()));
    append16(out, 0);   // cbExtra
    for (const std::string& name : fonts) {
        const bool symbol = name == "Symbol";
        std::string ffn;
        // prq 2 (variable pitch), TrueType, family roman (1) or decorative (5) for Symbol.
        ffn.push_back(static_cast<char>(0x02 | 0x04 | ((symbol ? 5 : 1) << 4)));
        append16(ffn, 400);                                  // wWeight
        ffn.push_back(static_cast<char>(symbol ? 2 : 0));    // chs: SYMBOL_CHARSET or ANSI_CHARSET
        ffn.push_back('\0');                                 // ixchSzAlt: no alternative name
        ffn.append(10, '\0');                                // panose
        ffn.append(24, '\0');                                // font signature
        for (const char16_t c : utf16(name)) append16(ffn, c);
        append16(ffn, 0);
        out.push_back(static_cast<char>(ffn.size()));        // cbFfnM1
        out += ffn;
    }
    return out;
}

}  // namespace baocao::samplegen
