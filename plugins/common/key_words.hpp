// SPDX-License-Identifier: Apache-2.0
#pragma once
// Whole-word search in match keys (text::match_key: lower case, no marks, one
// space between words), shared by the plugins that test a text for phrases.

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

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

/// A fixed list of phrases (match keys), tested against a key in one pass
/// over its words: the same answer as has_words for each phrase in turn, for
/// the cost of reading the key once. Phrases are looked up by the first byte
/// of a word, so most words are passed after one comparison. The phrases'
/// bytes must outlive the list (string literals, as every caller has).
class phrase_list {
public:
    phrase_list(std::initializer_list<std::string_view> phrases) {
        for (const auto p : phrases)
            if (!p.empty()) by_first_byte_[static_cast<unsigned char>(p[0])].push_back(p);
    }

    /// True when `key` holds one of the phrases as whole words.
    bool found_in(std::string_view key) const {
        // Every start of a word: the key's start and each place after a space.
        for (std::size_t at = 0; at < key.size();) {
            for (const auto p : by_first_byte_[static_cast<unsigned char>(key[at])]) {
                const std::size_t end = at + p.size();
                if (end <= key.size() && key.compare(at, p.size(), p) == 0 && (end == key.size() || key[end] == ' '))
                    return true;
            }
            const std::size_t space = key.find(' ', at);
            if (space == std::string_view::npos) break;
            at = space + 1;
        }
        return false;
    }

private:
    std::array<std::vector<std::string_view>, 256> by_first_byte_;
};

}  // namespace baocao::plugins
