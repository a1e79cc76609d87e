// SPDX-License-Identifier: Apache-2.0
#pragma once
// Numbers as Vietnamese texts write them: "1.234" is one thousand two hundred
// and thirty-four, "1,5" is one and a half, "1.234,5" both.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::indicators {

/// The value of a number token ("1.234", "1,5", "156"), or nullopt when the
/// token is not a number in that style.
std::optional<double> parse_vietnamese_number(std::string_view token);

/// A sentence cut into words and numbers, in order.
struct token {
    std::string text;       ///< as written
    std::string key;        ///< match key of a word; empty for numbers
    std::optional<double> number;
    bool percent = false;   ///< a number directly followed by '%'
};

/// Splits text into tokens: runs of digits with inner '.' or ',' are numbers,
/// runs of letters are words; punctuation separates and is dropped.
std::vector<token> tokenize(std::string_view text);

/// Splits a paragraph into sentences at '.', ';', '!', '?' and line breaks that
/// end a sentence (a '.' between digits is part of a number).
std::vector<std::string> sentences(std::string_view paragraph);

}  // namespace baocao::indicators
