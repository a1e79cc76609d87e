// SPDX-License-Identifier: Apache-2.0
#pragma once
/// List numbering of a Word 97 document ([MS-DOC] 2.9.147 PlfLst, 2.9.146
/// PlfLfo): the list definitions with their nine levels, and the overrides
/// paragraphs point to (sprmPIlfo, 1-based).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// One level of a list: its number format and the label template, where
/// code units 0..8 stand for the numbers of levels 1..9 ("\x00." → "I.").
struct word97_list_level {
    std::int32_t start = 1;
    std::uint8_t nfc = 0;          ///< 0 decimal, 1 upper Roman, 2 lower Roman, 3 upper letter, 4 lower letter
    std::u16string text;
    std::uint16_t style = 0x0FFF;  ///< istd of the paragraph style tied to the level, 0x0FFF none
};

/// A multi-level list definition.
struct word97_list {
    std::uint32_t lsid = 0;
    std::vector<word97_list_level> levels;   ///< up to nine; missing levels are decimal
};

/// An override: the list it numbers, and a new start for level 0 if any.
struct word97_list_override {
    std::uint32_t lsid = 0;
    std::optional<std::int32_t> restart_first_level;
};

/// The list tables in the table stream.
struct word97_list_tables {
    std::string plf_lst;   ///< the count and the LSTFs (what lcbPlfLst covers)
    std::string levels;    ///< the LVLs, right after the PlfLst
    std::string plf_lfo;   ///< the LFOs and their data
    bool empty() const { return plf_lst.empty(); }
};


/// The tables holding `lists` and `overrides`.
word97_list_tables write_list_tables(const std::vector<word97_list>& lists, const std::vector<word97_list_override>& overrides);

}  // namespace baocao::samplegen
