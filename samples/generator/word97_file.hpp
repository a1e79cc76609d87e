// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The streams of a Word 97-2003 file ([MS-DOC]) from its text and
/// properties: the FIB, the text pieces, the CHPX and PAPX pages in the
/// WordDocument stream; the piece table, bin tables, style sheet, font table,
/// section table, header and text-box tables in the table stream. Built as
/// plain data so that tests can also make damaged files on purpose.

#include "word97_lists.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// One piece of the document's text.
struct word97_piece {
    std::u16string text;
    bool compressed = true;   ///< stored as cp1252 bytes, else UTF-16
};

/// Character properties (a grpprl) for the characters [cp_start, cp_end).
struct word97_chars {
    std::uint32_t cp_start = 0;
    std::uint32_t cp_end = 0;
    std::string grpprl;
};

/// Paragraph properties for the paragraph [cp_start, cp_end), its mark included.
struct word97_paragraph {
    std::uint32_t cp_start = 0;
    std::uint32_t cp_end = 0;
    std::uint16_t istd = 0;   ///< style index in the style sheet
    std::string grpprl;
};

/// A text box: its own story (its paragraphs end with '\r'), shown by the
/// shape `shape_id`, anchored at `anchor_cp` of the main text or of the
/// header story (0x08 there, as Word writes). No anchor: a shape id no FSPA lists.
struct word97_text_box {
    std::u16string text;
    std::uint32_t shape_id = 0;
    std::int64_t anchor_cp = -1;   ///< -1: no FSPA for the shape
    bool reusable = false;         ///< a deleted box Word keeps for reuse
};

/// A Word 97 document: the pieces are laid out in the WordDocument stream in
/// reverse order (as a fast save leaves them) and listed in CP order. The
/// header and text-box stories follow the main text as pieces of their own.
/// Each range of `chars` and `paragraphs` lies inside one piece.
struct word97_file {
    std::vector<word97_piece> pieces;
    std::uint16_t nfib = 0x00C1;
    std::uint16_t flags = 0x0200;       ///< fWhichTblStm set: 1Table
    std::uint16_t lid = 0x0409;         ///< the document's language
    std::int64_t ccp_text = -1;         ///< -1: the length of all pieces
    std::vector<word97_chars> chpx;     ///< sorted by cp_start
    std::vector<word97_paragraph> papx; ///< sorted by cp_start
    std::u16string default_header;      ///< section 1's default header story, ending with '\r'
    std::vector<word97_text_box> text_boxes;          ///< of the main text
    std::vector<word97_text_box> header_text_boxes;   ///< of the headers
    std::string style_sheet;            ///< the STSH, "" for none
    std::string font_table;             ///< the SttbfFfn, "" for none
    word97_list_tables lists;           ///< PlfLst and PlfLfo, empty for none
    bool section_table = false;         ///< one section over the main text (PlcfSed)

    /// The WordDocument and table streams.
    std::map<std::string, std::string> streams() const;
    /// The whole .doc file.
    std::string bytes() const;
};

/// Offset of the CLX in the table stream word97_file writes.
constexpr std::size_t word97_clx_offset = 0;

}  // namespace baocao::samplegen
