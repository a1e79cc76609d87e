// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Formatted disk pages ([MS-DOC] 2.9.43, 2.9.175): the character (CHPX) and
/// paragraph (PAPX) properties of stretches of the WordDocument stream, found
/// through the PlcBteChpx and PlcBtePapx bin tables.

#include "fib.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace baocao::doc {

/// The properties of the bytes [fc_start, fc_end) of the WordDocument stream.
struct fc_props {
    std::uint32_t fc_start = 0;
    std::uint32_t fc_end = 0;
    std::uint16_t istd = 0;        ///< paragraph style (PAPX only)
    std::string_view grpprl;       ///< the property modifiers, a view into the WordDocument or Data stream
};

/// The stretches of one kind, sorted by fc_start, with lookup by byte offset.
class fc_props_table {
public:
    /// Reads every FKP the bin table `bte` points to; damaged pages and entries are skipped.
    /// PAPX modifiers moved to the Data stream (sprmPHugePapx) are followed there.
    static fc_props_table read_chpx(std::string_view wd, std::string_view table, fc_lcb bte);
    static fc_props_table read_papx(std::string_view wd, std::string_view table, std::string_view data, fc_lcb bte);

    /// The stretch holding byte `fc`, nullptr when none does.
    const fc_props* find(std::uint32_t fc) const;

private:
    std::vector<fc_props> items_;
};

}  // namespace baocao::doc
