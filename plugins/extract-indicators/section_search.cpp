// SPDX-License-Identifier: Apache-2.0
#include "section_search.hpp"

#include <cstring>

namespace baocao::indicators {

namespace {

void count_bytes(std::string_view s, std::array<std::uint32_t, 256>& counts) {
    for (const char c : s) ++counts[static_cast<unsigned char>(c)];
}

}  // namespace

bool holds_at_anchor(std::string_view haystack, std::string_view needle, std::size_t anchor) {
    if (needle.empty()) return true;
    if (needle.size() > haystack.size() || anchor >= needle.size()) return false;
    const char mark = needle[anchor];
    // The anchor byte of a match sits at least `anchor` bytes in, and leaves
    // room for the rest of the needle after it.
    const std::size_t last = haystack.size() - (needle.size() - anchor);
    std::size_t from = anchor;
    while (from <= last) {
        const void* hit = std::memchr(haystack.data() + from, mark, last + 1 - from);
        if (!hit) return false;
        const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - haystack.data());
        if (std::memcmp(haystack.data() + (at - anchor), needle.data(), needle.size()) == 0) return true;
        from = at + 1;
    }
    return false;
}

section_search::section_search(const std::vector<std::string>& headings, const std::vector<std::string>& texts)
    : headings_(headings), texts_(texts) {
    for (const std::string& t : texts_) count_bytes(t, counts_);
    for (const std::string& h : headings_) count_bytes(h, counts_);
}

std::size_t section_search::first_holding(std::string_view phrase) const {
    if (phrase.empty()) return npos;
    std::size_t anchor = 0;
    for (std::size_t i = 1; i < phrase.size(); ++i)
        if (counts_[static_cast<unsigned char>(phrase[i])] < counts_[static_cast<unsigned char>(phrase[anchor])]) anchor = i;
    // A byte no section has: no section holds the phrase.
    if (counts_[static_cast<unsigned char>(phrase[anchor])] == 0) return npos;
    for (std::size_t k = 0; k < texts_.size() && k < headings_.size(); ++k)
        if (holds_at_anchor(texts_[k], phrase, anchor) || holds_at_anchor(headings_[k], phrase, anchor)) return k;
    return npos;
}

}  // namespace baocao::indicators
