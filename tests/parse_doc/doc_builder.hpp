// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small Word 97 files built in test code with the sample generator's .doc
// writer (a compound file holding a WordDocument stream and a table stream),
// so that each damaged structure is made on purpose, byte by byte.

#include "byte_writer.hpp"
#include "compound_file_writer.hpp"
#include "word97_file.hpp"

namespace baocao::testing {

using samplegen::put16;
using samplegen::put32;

/// A version 3 compound file (512-byte sectors): sector 0 the FAT, 1 the
/// directory, then each stream in name order, padded to 4096 bytes.
/// `fat_patch` replaces FAT entries after layout (sector → next), to damage chains.
inline std::string build_compound_file(const std::map<std::string, std::string>& streams,
                                       const std::map<std::uint32_t, std::uint32_t>& fat_patch = {}) {
    return samplegen::write_compound_file(streams, fat_patch);
}

using test_piece = samplegen::word97_piece;
using test_chpx = samplegen::word97_chars;
using test_text_box = samplegen::word97_text_box;
/// A synthetic Word 97 document: pieces stored in reverse order (as a fast
/// save leaves them), character runs, a header story and text boxes.
using doc_builder = samplegen::word97_file;

/// Offset of the CLX in the table stream doc_builder writes.
constexpr std::size_t test_clx_offset = samplegen::word97_clx_offset;

}  // namespace baocao::testing
