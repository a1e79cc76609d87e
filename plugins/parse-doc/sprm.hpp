// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Single property modifiers ([MS-DOC] 2.2.5.1): the opcode-and-operand lists
/// (grpprl) that carry every character, paragraph and table property.

#include "bytes.hpp"

#include <cstdint>
#include <string_view>

namespace baocao::doc {

/// One property modifier: its opcode and its operand bytes.
struct sprm {
    std::uint16_t op = 0;
    std::string_view operand;
    /// The operand as an unsigned number of its first one, two or four bytes.
    std::uint32_t value() const {
        if (operand.size() >= 4) return u32(operand, 0);
        if (operand.size() >= 2) return u16(operand, 0);
        return u8(operand, 0);
    }
};

/// The operand size a sprm's opcode implies, read at `at` (just past the
/// opcode) for the variable-length kinds; 0 past the end.
inline std::size_t sprm_operand_size(std::uint16_t op, std::string_view grpprl, std::size_t at) {
    switch (op >> 13) {
        case 0: case 1: return 1;
        case 2: case 4: case 5: return 2;
        case 3: return 4;
        case 7: return 3;
        default: break;
    }
    // sprmTDefTable holds a two-byte length that counts one byte of itself.
    if (op == 0xD608 || op == 0xD606) {
        const std::size_t n = u16(grpprl, at);
        return n + 1;
    }
    // sprmPChgTabs with cb 255 sizes itself from its deleted and added tab lists.
    if (op == 0xC615 && u8(grpprl, at) == 255) {
        const std::size_t deleted = u8(grpprl, at + 1);
        const std::size_t added = u8(grpprl, at + 2 + 4 * deleted);
        return 1 + 1 + 4 * deleted + 1 + 3 * added;
    }
    return std::size_t(1) + u8(grpprl, at);
}

/// Calls fn(sprm) for each modifier of `grpprl` in order; a modifier cut
/// short by the end of the list ends the walk.
template <typename Fn>
void for_each_sprm(std::string_view grpprl, Fn&& fn) {
    std::size_t at = 0;
    while (at + 2 <= grpprl.size()) {
        const std::uint16_t op = u16(grpprl, at);
        const std::size_t size = sprm_operand_size(op, grpprl, at + 2);
        if (size > grpprl.size() - at - 2) return;
        std::size_t skip = 0;
        // The variable kinds store their length in front of the operand.
        if ((op >> 13) == 6) skip = (op == 0xD608 || op == 0xD606) ? 2 : 1;
        if (skip > size) return;
        fn(sprm{op, grpprl.substr(at + 2 + skip, size - skip)});
        at += 2 + size;
    }
}

}  // namespace baocao::doc
