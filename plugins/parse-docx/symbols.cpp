// SPDX-License-Identifier: Apache-2.0
#include "symbols.hpp"

#include "zip_package.hpp"

#include <baocao/sdk/text.hpp>

#include <utility>

namespace baocao::docx {

namespace {

// The Adobe Symbol encoding: letters are Greek, and the upper half holds math
// signs and arrows. Only codes that differ from ASCII are listed.
constexpr std::pair<unsigned char, char32_t> symbol_table[] = {
    {0x22, U'∀'}, {0x24, U'∃'}, {0x27, U'∋'}, {0x2A, U'∗'}, {0x2D, U'−'}, {0x40, U'≅'},
    {0x41, U'Α'}, {0x42, U'Β'}, {0x43, U'Χ'}, {0x44, U'Δ'}, {0x45, U'Ε'}, {0x46, U'Φ'},
    {0x47, U'Γ'}, {0x48, U'Η'}, {0x49, U'Ι'}, {0x4A, U'ϑ'}, {0x4B, U'Κ'}, {0x4C, U'Λ'},
    {0x4D, U'Μ'}, {0x4E, U'Ν'}, {0x4F, U'Ο'}, {0x50, U'Π'}, {0x51, U'Θ'}, {0x52, U'Ρ'},
    {0x53, U'Σ'}, {0x54, U'Τ'}, {0x55, U'Υ'}, {0x56, U'ς'}, {0x57, U'Ω'}, {0x58, U'Ξ'},
    {0x59, U'Ψ'}, {0x5A, U'Ζ'}, {0x5C, U'∴'}, {0x5E, U'⊥'}, {0x61, U'α'}, {0x62, U'β'},
    {0x63, U'χ'}, {0x64, U'δ'}, {0x65, U'ε'}, {0x66, U'φ'}, {0x67, U'γ'}, {0x68, U'η'},
    {0x69, U'ι'}, {0x6A, U'ϕ'}, {0x6B, U'κ'}, {0x6C, U'λ'}, {0x6D, U'μ'}, {0x6E, U'ν'},
    {0x6F, U'ο'}, {0x70, U'π'}, {0x71, U'θ'}, {0x72, U'ρ'}, {0x73, U'σ'}, {0x74, U'τ'},
    {0x75, U'υ'}, {0x76, U'ϖ'}, {0x77, U'ω'}, {0x78, U'ξ'}, {0x79, U'ψ'}, {0x7A, U'ζ'},
    {0x7E, U'∼'}, {0xA2, U'′'}, {0xA3, U'≤'}, {0xA4, U'⁄'}, {0xA5, U'∞'}, {0xA6, U'ƒ'},
    {0xA7, U'♣'}, {0xA8, U'♦'}, {0xA9, U'♥'}, {0xAA, U'♠'}, {0xAB, U'↔'}, {0xAC, U'←'},
    {0xAD, U'↑'}, {0xAE, U'→'}, {0xAF, U'↓'}, {0xB0, U'°'}, {0xB1, U'±'}, {0xB2, U'″'},
    {0xB3, U'≥'}, {0xB4, U'×'}, {0xB5, U'∝'}, {0xB6, U'∂'}, {0xB7, U'•'}, {0xB8, U'÷'},
    {0xB9, U'≠'}, {0xBA, U'≡'}, {0xBB, U'≈'}, {0xBC, U'…'}, {0xC0, U'ℵ'}, {0xC4, U'⊗'},
    {0xC5, U'⊕'}, {0xC6, U'∅'}, {0xC7, U'∩'}, {0xC8, U'∪'}, {0xC9, U'⊃'}, {0xCA, U'⊇'},
    {0xCB, U'⊄'}, {0xCC, U'⊂'}, {0xCD, U'⊆'}, {0xCE, U'∈'}, {0xCF, U'∉'}, {0xD0, U'∠'},
    {0xD1, U'∇'}, {0xD5, U'∏'}, {0xD6, U'√'}, {0xD7, U'⋅'}, {0xD8, U'¬'}, {0xD9, U'∧'},
    {0xDA, U'∨'}, {0xDB, U'⇔'}, {0xDC, U'⇐'}, {0xDD, U'⇑'}, {0xDE, U'⇒'}, {0xDF, U'⇓'},
    {0xE0, U'◊'}, {0xE1, U'〈'}, {0xE5, U'∑'}, {0xF1, U'〉'}, {0xF2, U'∫'},
};

// Wingdings glyphs that appear as bullets and check marks in reports.
constexpr std::pair<unsigned char, char32_t> wingdings_table[] = {
    {0x4A, U'☺'}, {0x6C, U'●'}, {0x6E, U'■'}, {0x6F, U'□'}, {0x71, U'❑'}, {0x75, U'◆'},
    {0x76, U'❖'}, {0x77, U'⬥'}, {0x9F, U'•'}, {0xA1, U'○'}, {0xA7, U'▪'}, {0xA8, U'◻'},
    {0xD8, U'➢'}, {0xE0, U'→'}, {0xE8, U'➔'}, {0xF0, U'⇨'}, {0xFB, U'✗'}, {0xFC, U'✓'},
    {0xFD, U'☒'}, {0xFE, U'☑'},
};

template <std::size_t N>
char32_t lookup(const std::pair<unsigned char, char32_t> (&table)[N], unsigned char code) {
    for (const auto& [k, v] : table)
        if (k == code) return v;
    return 0;
}

enum class symbol_font { none, symbol, wingdings };

symbol_font font_kind(std::string_view font) {
    const std::string f = plugins::ascii_lower(font);
    if (f == "symbol") return symbol_font::symbol;
    if (f.rfind("wingdings", 0) == 0 || f == "webdings") return symbol_font::wingdings;
    return symbol_font::none;
}

}  // namespace

std::string symbol_to_unicode(std::string_view font, char32_t cp, bool bullet) {
    const bool pua = cp >= 0xF020 && cp <= 0xF0FF;
    const symbol_font kind = font_kind(font);
    std::string out;
    if (pua || (kind != symbol_font::none && cp >= 0x20 && cp <= 0xFF)) {
        const auto code = static_cast<unsigned char>(cp & 0xFF);
        char32_t mapped = 0;
        if (kind == symbol_font::wingdings) mapped = lookup(wingdings_table, code);
        else if (kind == symbol_font::symbol) mapped = lookup(symbol_table, code);
        else {
            // Without a font name, the private-use codes common in bullets are
            // Wingdings' squares, arrows and checks; the rest read as Symbol.
            constexpr std::string_view wingdings_first = "\xA7\xA8\xD8\xFC\xFB\xFD\xFE\x76\x6E\x71";
            mapped = wingdings_first.find(static_cast<char>(code)) != std::string_view::npos
                         ? lookup(wingdings_table, code)
                         : lookup(symbol_table, code);
        }
        // Symbol's ASCII digits and punctuation are themselves.
        if (!mapped && kind != symbol_font::wingdings && code >= 0x20 && code < 0x7F &&
            !(code >= 'A' && code <= 'Z') && !(code >= 'a' && code <= 'z'))
            mapped = code;
        if (mapped) text::append_utf8(out, mapped);
        else if (bullet) out = "•";
        return out;
    }
    if (cp >= 0xE000 && cp <= 0xF8FF) return bullet ? "•" : std::string{};
    text::append_utf8(out, cp);
    return out;
}

std::string bullet_text(std::string_view lvl_text, std::string_view font) {
    std::string out;
    std::size_t i = 0;
    while (i < lvl_text.size()) {
        const auto c = static_cast<unsigned char>(lvl_text[i]);
        char32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0 && i + 3 < lvl_text.size()) {
            cp = (c & 0x07u) << 18 | (lvl_text[i + 1] & 0x3Fu) << 12 | (lvl_text[i + 2] & 0x3Fu) << 6 | (lvl_text[i + 3] & 0x3Fu);
            len = 4;
        } else if (c >= 0xE0 && i + 2 < lvl_text.size()) {
            cp = (c & 0x0Fu) << 12 | (lvl_text[i + 1] & 0x3Fu) << 6 | (lvl_text[i + 2] & 0x3Fu);
            len = 3;
        } else if (c >= 0xC0 && i + 1 < lvl_text.size()) {
            cp = (c & 0x1Fu) << 6 | (lvl_text[i + 1] & 0x3Fu);
            len = 2;
        }
        i += len;
        if (cp == ' ' || cp == '\t') {
            out.push_back(static_cast<char>(cp));
            continue;
        }
        out += symbol_to_unicode(font, cp, true);
    }
    if (out.empty()) out = "•";
    return out;
}

}  // namespace baocao::docx
