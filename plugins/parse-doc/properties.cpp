// SPDX-License-Identifier: Apache-2.0
#include "properties.hpp"

namespace baocao::doc {

namespace {

/// A toggle operand: 0 off, 1 on, 0x80 as the style, 0x81 the opposite of the style.
bool toggle(std::uint32_t v, bool style_value) {
    switch (v & 0xFF) {
        case 0: return false;
        case 1: return true;
        case 0x80: return style_value;
        case 0x81: return !style_value;
        default: return style_value;
    }
}

/// True when a border type byte draws a line (0 none, 0xFF nil).
bool draws(std::uint8_t brc_type) { return brc_type != 0 && brc_type != 0xFF; }

/// True when any of `count` borders of `size` bytes, whose type byte sits at `type_at`, draws a line.
bool any_border(std::string_view borders, std::size_t count, std::size_t size, std::size_t type_at) {
    for (std::size_t i = 0; i < count && (i + 1) * size <= borders.size(); ++i)
        if (draws(u8(borders, i * size + type_at))) return true;
    return false;
}

/// The borders of the cells sprmTDefTable defines (TC80: 4 bytes, then four BRC80).
bool cell_borders(std::string_view operand) {
    const std::size_t cells = u8(operand, 0);
    const std::size_t tcs = 1 + (cells + 1) * 2;
    for (std::size_t c = 0; c < cells && tcs + (c + 1) * 20 <= operand.size(); ++c)
        if (any_border(operand.substr(tcs + c * 20 + 4, 16), 4, 4, 1)) return true;
    return false;
}

}  // namespace

void apply_char_sprm(char_props& p, const sprm& s, const char_props& style) {
    switch (s.op) {
        case 0x0835: p.bold = toggle(s.value(), style.bold); break;
        case 0x0836: p.italic = toggle(s.value(), style.italic); break;
        case 0x083B: p.caps = toggle(s.value(), style.caps); break;
        case 0x6A09: p.symbol = static_cast<char16_t>(u16(s.operand, 2)); break;
        case 0x2A3E: p.underline = (s.value() & 0xFF) != 0; break;
        case 0x0800: p.deleted = (s.value() & 0xFF) != 0; break;
        case 0x0801: p.inserted = (s.value() & 0xFF) != 0; break;
        case 0x4A4F: p.font_ascii = static_cast<int>(s.value() & 0xFFFF); break;
        case 0x4A51: p.font_other = static_cast<int>(s.value() & 0xFFFF); break;
        case 0x6A03: if (s.operand.size() >= 4) p.pic_location = u32(s.operand, 0); break;
        case 0x4A30: p.char_style = static_cast<int>(s.value() & 0xFFFF); break;
        default: break;
    }
}

void apply_para_sprm(para_props& p, const sprm& s) {
    switch (s.op) {
        case 0x2640: p.outline_level = static_cast<int>(s.value() & 0xFF); break;
        case 0x2403: p.jc = static_cast<std::uint8_t>(s.value()); break;
        case 0x2461: p.jc = static_cast<std::uint8_t>(s.value()); break;
        case 0x460B: p.ilfo = static_cast<int>(static_cast<std::int16_t>(s.value() & 0xFFFF)); break;
        case 0x260A: p.ilvl = static_cast<int>(s.value() & 0xFF); break;
        case 0x2416: p.in_table = (s.value() & 0xFF) != 0; break;
        case 0x2417: p.row_end = (s.value() & 0xFF) != 0; break;
        case 0x6649: p.table_depth = static_cast<int>(s.value() & 0xFF); break;
        case 0x244B: p.inner_cell = (s.value() & 0xFF) != 0; break;
        case 0x244C: p.inner_row_end = (s.value() & 0xFF) != 0; break;
        // DCS: fdct in the low three bits, 1 dropped into the text, 2 into the margin.
        case 0x442C: p.drop_cap = (s.value() & 0x7) != 0; break;
        case 0xD605: p.visible_borders = p.visible_borders || any_border(s.operand, 6, 4, 1); break;
        case 0xD613: p.visible_borders = p.visible_borders || any_border(s.operand, 6, 8, 5); break;
        case 0xD608: p.visible_borders = p.visible_borders || cell_borders(s.operand); break;
        case 0xD62F: p.visible_borders = p.visible_borders || (s.operand.size() >= 7 && draws(u8(s.operand, 4))); break;
        case 0xD620: p.visible_borders = p.visible_borders || (s.operand.size() >= 11 && draws(u8(s.operand, 8))); break;
        default: break;
    }
}

}  // namespace baocao::doc
