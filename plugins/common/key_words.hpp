// SPDX-License-Identifier: Apache-2.0
#pragma once
// Whole-word search in match keys (text::match_key: lower case, no marks, one
// space between words), shared by the plugins that test a text for phrases.

#include <cstddef>
#include <string_view>

namespace baocao::plugins {

/// True when the match key `key` holds `phrase` (a match key too) as whole
/// words: where it starts and ends at a space or an end of the key. Searched
/// in place, since a key may be a whole section's text.
inline bool has_words(std::string_view key, std::string_view phrase) {
    if (phrase.empty()) return false;
    for (std::size_t at = key.find(phrase); at != std::string_view::npos; at = key.find(phrase, at + 1)) {
        const std::size_t end = at + phrase.size();
        if ((at == 0 || key[at - 1] == ' ') && (end == key.size() || key[end] == ' ')) return true;
    }
    return false;
}

}  // namespace baocao::plugins
