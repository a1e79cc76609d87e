// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Flat benchmark corpora: many full-size report .docx files, no mail wrapping.

#include <cstdint>
#include <filesystem>

namespace baocao::samplegen {

/// Writes `count` reports ("bao-cao-0001-can-loc.docx" ...) into `out`: 15–60 KB
/// each, document.xml 50–400 KB, 800–2500 words, Word-like run markup, tables,
/// auto-numbered and bold headings, header blocks in tables. Returns `count`.
int write_flat_corpus(const std::filesystem::path& out, std::uint64_t seed, int count);

}  // namespace baocao::samplegen
