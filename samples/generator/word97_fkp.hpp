// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Formatted disk pages ([MS-DOC] 2.9.62, 2.9.76): the 512-byte pages of the
/// WordDocument stream that give each stretch of text its character (CHPX)
/// or paragraph (PAPX) properties, and the bin table that lists them.

#include <cstdint>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// Properties for the bytes [fc_start, fc_end) of the WordDocument stream.
struct fkp_item {
    std::uint32_t fc_start = 0;
    std::uint32_t fc_end = 0;
    std::string props;   ///< CHPX: the grpprl ("" for none); PAPX: istd then grpprl
};

enum class fkp_kind { chpx, papx };

/// Appends the pages holding `items` (sorted by fc_start, not overlapping) to
/// `word_document`, each page starting at a multiple of 512; consecutive items
/// share a page while they touch and fit. Returns the bin table (PlcBteChpx or
/// PlcBtePapx) for the table stream, "" when there are no items.
std::string write_fkp_pages(std::string& word_document, const std::vector<fkp_item>& items, fkp_kind kind);

}  // namespace baocao::samplegen
