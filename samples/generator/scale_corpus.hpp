// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Flat benchmark corpora: many full-size report .docx files, no mail wrapping.

#include <cstdint>
#include <filesystem>

namespace baocao::samplegen {

/// Writes `count` reports ("bao-cao-0001-can-loc.docx" ...) into `out`: 15–60 KB
/// each, document.xml 50–400 KB, 800–2500 words, Word-like run markup, tables,
/// auto-numbered and bold headings, header blocks in tables. Returns `count`.
struct flat_corpus_options {
    /// 5 000–15 000 words each, a sentence of figures in most paragraphs and a
    /// table of figures per locality after about half the topics.
    bool long_reports = false;
    /// The share of reports written by district committees of other provinces,
    /// which the roster does not list ("bao-cao-0042-ngoai-danh-sach.docx").
    double foreign_share = 0;
    /// Each of those reports from a district committee of its own, with a name
    /// made for it ("Huyện ủy Quế Lâm"), so that every such report is a unit
    /// of its own; otherwise they come from eight real ones.
    bool distinct_foreign = false;
};
int write_flat_corpus(const std::filesystem::path& out, std::uint64_t seed, int count,
                      const flat_corpus_options& options = {});

}  // namespace baocao::samplegen
