// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Single property modifiers ([MS-DOC] 2.6): the opcodes the .doc writer
/// uses, and how one is appended to a property list (grpprl).

#include "byte_writer.hpp"

#include <cstdint>
#include <string>

namespace baocao::samplegen::sprm {

// Character properties.
inline constexpr std::uint16_t c_rmark_del = 0x0800;    ///< tracked deletion
inline constexpr std::uint16_t c_rmark_ins = 0x0801;    ///< tracked insertion
inline constexpr std::uint16_t c_bold = 0x0835;
inline constexpr std::uint16_t c_italic = 0x0836;
inline constexpr std::uint16_t c_underline = 0x2A3E;    ///< kul: 1 single
inline constexpr std::uint16_t c_size = 0x4A43;         ///< half-points
inline constexpr std::uint16_t c_font_ascii = 0x4A4F;   ///< sprmCRgFtc0
inline constexpr std::uint16_t c_font_east = 0x4A50;    ///< sprmCRgFtc1
inline constexpr std::uint16_t c_font_other = 0x4A51;   ///< sprmCRgFtc2
// Paragraph properties.
inline constexpr std::uint16_t p_jc = 0x2403;           ///< sprmPJc80: 0 left, 1 center, 2 right, 3 both
inline constexpr std::uint16_t p_keep_follow = 0x2406;
inline constexpr std::uint16_t p_ilvl = 0x260A;         ///< list level
inline constexpr std::uint16_t p_ilfo = 0x460B;         ///< list override, 1-based
inline constexpr std::uint16_t p_in_table = 0x2416;
inline constexpr std::uint16_t p_ttp = 0x2417;          ///< the table terminating paragraph (row mark)
inline constexpr std::uint16_t p_outline_level = 0x2640;
inline constexpr std::uint16_t p_first_line = 0x8411;   ///< sprmPDxaLeft180, twips
inline constexpr std::uint16_t p_space_before = 0xA413;
inline constexpr std::uint16_t p_space_after = 0xA414;
// Table properties, on the row mark.
inline constexpr std::uint16_t t_gap_half = 0x9602;
inline constexpr std::uint16_t t_table_borders = 0xD605;  ///< sprmTTableBorders80: six BRC80
inline constexpr std::uint16_t t_def_table = 0xD608;

inline void add8(std::string& grpprl, std::uint16_t op, std::uint8_t v) {
    append16(grpprl, op);
    grpprl.push_back(static_cast<char>(v));
}
inline void add16(std::string& grpprl, std::uint16_t op, std::uint16_t v) {
    append16(grpprl, op);
    append16(grpprl, v);
}
/// A variable-length operand: one size byte, then the bytes.
inline void add_bytes(std::string& grpprl, std::uint16_t op, const std::string& operand) {
    append16(grpprl, op);
    grpprl.push_back(static_cast<char>(operand.size()));
    grpprl += operand;
}

}  // namespace baocao::samplegen::sprm
