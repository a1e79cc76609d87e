// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The piece table (CLX, [MS-DOC] 2.9.38): which bytes of the WordDocument
/// stream hold each character position, as compressed cp1252 or as UTF-16,
/// in any order (fast-saved files), and the text it gives.

#include "fib.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::doc {

struct piece {
    std::uint32_t cp_start = 0;
    std::uint32_t cp_end = 0;
    std::uint32_t fc = 0;          ///< byte offset of cp_start in the WordDocument stream
    bool compressed = false;       ///< one cp1252 byte per character, else two bytes of UTF-16
};

/// The document's characters, one UTF-16 unit per character position.
class piece_table {
public:
    /// Reads the CLX of `table_stream` and the text it points to in `word_document`,
    /// up to `max_chars` positions; throws rejection_error(corrupt_doc) when the
    /// table is missing, out of order, or points outside the stream, or when it
    /// holds fewer characters than the FIB's stories.
    piece_table(const fib& f, std::string_view word_document, std::string_view table_stream, std::uint64_t max_chars);

    /// The characters, indexed by CP.
    const std::u16string& text() const { return text_; }
    /// The pieces in CP order.
    const std::vector<piece>& pieces() const { return pieces_; }
    /// The index of the piece holding `cp` (cp < text().size()).
    std::size_t piece_of(std::uint32_t cp) const;

private:
    std::u16string text_;
    std::vector<piece> pieces_;
};

}  // namespace baocao::doc
