// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Vietnamese-aware reading of report text: sentences, sub-headings, list
/// markers and prose enumerators ("Một là, ...").

#include <string>
#include <string_view>
#include <vector>

namespace baocao::synthesis {

/// The sentences of a paragraph. A period, "!" or "?" ends a sentence when a
/// space and a capital, a digit or an opening quote follow, except after an
/// abbreviation ("TP.", "ThS.", "v.v.") or a single letter; numbers ("1.234",
/// "12,5") and document symbols ("32-CT/TU") never split. Each sentence is
/// trimmed and keeps its final mark.
std::vector<std::string> split_sentences(std::string_view paragraph);

/// True when a line reads as a heading inside a section ("1. Ưu điểm",
/// "a) Về kinh tế", "HẠN CHẾ, TỒN TẠI", "Nguyên nhân:"): short, not ending
/// like a sentence, and labelled, in capitals, ending with a colon, or of at most ten words.
bool looks_like_heading(std::string_view line);

/// True when the text ends as a sentence or a list item does (".", "!", "?",
/// ";", "…", before any closing quote or bracket), not as a heading left
/// without its number ("Việc cụ thể hóa, ban hành văn bản chỉ đạo, hướng dẫn").
bool ends_like_sentence(std::string_view text);

/// The line without its list marker ("- ", "+ ", "• ", "1. ", "a) ") and
/// prose enumerator ("Một là, ", "Thứ hai, "), its first letter a capital.
std::string strip_enumerator(std::string_view line);

/// What strip_enumerator keeps of `line`, as a view into it, its first letter as written.
std::string_view enumerator_stripped(std::string_view line);

/// The first letter in capitals ("các huyện" → "Các huyện").
std::string capitalize_first(std::string_view s);

/// Number of words (runs of non-spaces).
std::size_t word_count(std::string_view s);
/// word_count(s), counted no further than `limit`: the smaller of the two.
std::size_t word_count_up_to(std::string_view s, std::size_t limit);
/// True when `s` has fewer than `n` words; reads no further than the n-th.
inline bool has_fewer_words(std::string_view s, std::size_t n) { return word_count_up_to(s, n) < n; }

}  // namespace baocao::synthesis

namespace baocao::synthesis {

/// True when the text gives a figure: a number that is not a year, a date
/// ("18/9/2008") or part of a document symbol ("32-CT/TU").
bool has_figures(std::string_view s);

}  // namespace baocao::synthesis
