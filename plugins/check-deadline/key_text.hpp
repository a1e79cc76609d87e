// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Small text helpers of the checker: whole-word search in match keys, and
/// short quotations of report and plan text in problem messages.

#include <string>
#include <string_view>

namespace baocao::deadline {

/// True when the match key `key` holds `phrase` (a match key too) as whole words.
inline bool has_words(std::string_view key, std::string_view phrase) {
    if (phrase.empty()) return false;
    // Found where it starts and ends at a space or an end of the key; no
    // padded copies of the key, which may be a whole section's text.
    for (std::size_t at = key.find(phrase); at != std::string_view::npos; at = key.find(phrase, at + 1)) {
        const std::size_t end = at + phrase.size();
        if ((at == 0 || key[at - 1] == ' ') && (end == key.size() || key[end] == ' ')) return true;
    }
    return false;
}

/// At most `max_bytes` of `s`, cut at a UTF-8 character boundary, with "…" when cut.
inline std::string clipped(const std::string& s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "…";
}

}  // namespace baocao::deadline
