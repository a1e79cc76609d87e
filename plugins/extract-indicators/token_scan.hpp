// SPDX-License-Identifier: Apache-2.0
#pragma once
// The lexical rules figures are read by, on views of the text: where sentences
// and tokens lie, and the match key of a word. tokenize() and sentences() are
// built on these, and the finder uses them directly to avoid copying.

#include <cstddef>
#include <string>
#include <string_view>

namespace baocao::indicators {

/// Where one token lies in its text.
struct token_span {
    std::size_t begin = 0;
    std::size_t end = 0;          ///< past the token, a glued digit of "m2" included
    std::size_t letters_end = 0;  ///< words: past the run of letters; numbers: equals `end`
    bool number = false;
};

/// Finds the next token at or after `pos` and moves `pos` past it; false when
/// none is left. Runs of digits with inner '.' or ',' are numbers, runs of
/// letters are words, a lone "m" keeps a digit or '²' right after it ("m2").
bool next_token(std::string_view text, std::size_t& pos, token_span& out);

/// Whether the number ending at `end` is followed by '%', spaces allowed between.
bool followed_by_percent(std::string_view text, std::size_t end);

/// Appends the match key of word `w` of `text` to `out`: text::match_key of its
/// letters, then the glued digit ('²' as '2'). Appends nothing for a word whose
/// letters have an empty key; such words are not tokens.
void append_word_key(std::string_view text, const token_span& w, std::string& out);

/// Where the first ASCII digit at or after `from` is; npos when none.
std::size_t find_digit(std::string_view text, std::size_t from = 0);

/// Whether `text` holds an ASCII digit.
inline bool contains_digit(std::string_view text) { return find_digit(text) != std::string_view::npos; }

/// Past the number starting at the digit at `begin`: digits, with a '.' or ','
/// counted in when a digit follows it.
std::size_t number_end(std::string_view text, std::size_t begin);

/// Where the sentence starting at `from` ends: the index of the mark ending it
/// ('.', ';', '!', '?', line break; a '.' between digits is part of a number),
/// or the paragraph's size; `holds_digit` tells whether the sentence holds a digit.
std::size_t sentence_end(std::string_view paragraph, std::size_t from, bool& holds_digit);

/// Calls `on_sentence(segment, holds_digit)` for each stretch of `paragraph`
/// between sentence ends. Segments are untrimmed and may be empty.
template <class Callback>
void for_each_sentence_segment(std::string_view paragraph, Callback&& on_sentence) {
    std::size_t start = 0;
    for (;;) {
        bool holds_digit = false;
        const std::size_t end = sentence_end(paragraph, start, holds_digit);
        on_sentence(paragraph.substr(start, end - start), holds_digit);
        if (end == paragraph.size()) return;
        start = end + 1;
    }
}

/// `segment` trimmed as text::trim does. Returns a view of `segment` when its
/// ends are plain ASCII (nearly always); otherwise the trimmed copy is kept in
/// `storage` and the view is of that.
std::string_view trim_segment(std::string_view segment, std::string& storage);

}  // namespace baocao::indicators
