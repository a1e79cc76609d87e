// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small Word 97 files built in test code: a compound file holding a
// WordDocument stream (FIB and text) and a table stream (piece table), so
// that each damaged structure is made on purpose, byte by byte.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace baocao::testing {

/// Writes `v` little-endian into `s` at `at` (growing it as needed).
void put16(std::string& s, std::size_t at, std::uint16_t v);
void put32(std::string& s, std::size_t at, std::uint32_t v);

/// A version 3 compound file (512-byte sectors) with the given root streams,
/// each stored in the regular FAT (streams are padded to 4096 bytes).
/// `fat_patch` replaces FAT entries after layout (sector → next), to damage chains.
std::string build_compound_file(const std::map<std::string, std::string>& streams,
                                const std::map<std::uint32_t, std::uint32_t>& fat_patch = {});

/// One piece of a synthetic document's text.
struct test_piece {
    std::u16string text;
    bool compressed = true;   ///< stored as cp1252 bytes, else UTF-16
};

/// Character properties for characters [cp_start, cp_end) of one compressed piece.
struct test_chpx {
    std::uint32_t cp_start = 0;
    std::uint32_t cp_end = 0;
    std::string grpprl;
};

/// A text box: its own story (its paragraphs end with '\r'), shown by the
/// shape `shape_id`, anchored at `anchor_cp` of the main text or of the
/// header story (0x08 there, as Word writes). No anchor: a shape id no FSPA lists.
struct test_text_box {
    std::u16string text;
    std::uint32_t shape_id = 0;
    std::int64_t anchor_cp = -1;   ///< -1: no FSPA for the shape
    bool reusable = false;         ///< a deleted box Word keeps for reuse
};

/// A synthetic Word 97 document: the pieces are laid out in the WordDocument
/// stream in reverse order (as a fast save leaves them) and listed in CP order.
/// The header and text-box stories follow the main text as pieces of their own.
struct doc_builder {
    std::vector<test_piece> pieces;
    std::uint16_t nfib = 0x00C1;
    std::uint16_t flags = 0x0200;       ///< fWhichTblStm set: 1Table
    std::int64_t ccp_text = -1;         ///< -1: the length of all pieces
    std::vector<test_chpx> chpx;        ///< each gets its own CHPX page (compressed pieces only)
    std::u16string default_header;      ///< section 1's default header story, ending with '\r'
    std::vector<test_text_box> text_boxes;          ///< of the main text
    std::vector<test_text_box> header_text_boxes;   ///< of the headers


    /// The WordDocument and 1Table streams.
    std::map<std::string, std::string> streams() const;
    /// The whole .doc file.
    std::string bytes() const { return build_compound_file(streams()); }
};

/// Offset of the CLX in the table stream doc_builder writes.
constexpr std::size_t test_clx_offset = 0;

}  // namespace baocao::testing
