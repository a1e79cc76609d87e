// SPDX-License-Identifier: Apache-2.0
#include "issuer_name.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <array>
#include <vector>

namespace baocao::unit_match {

namespace {

/// The kinds of body a name opens with, in lower case, longest first.
constexpr std::array<std::string_view, 14> body_kinds = {
    "ủy ban nhân dân", "uỷ ban nhân dân", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ", "thị ủy",
    "thị uỷ",          "đảng ủy",         "đảng uỷ",  "đảng bộ",  "chi bộ",   "công ty",  "trường"};

/// The kinds of place inside a name, in lower case, longest first.
constexpr std::array<std::string_view, 7> place_kinds = {"thị trấn", "thị xã", "thành phố", "phường", "huyện", "tỉnh", "xã"};

/// True when the words from `at` on begin with `phrase` (lower-case words).
bool starts_with_words(const std::vector<std::string>& lower, std::size_t at, std::string_view phrase) {
    for (std::size_t pos = 0; at < lower.size(); ++at) {
        const std::size_t end = phrase.find(' ', pos);
        const std::string_view word = phrase.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (lower[at] != word) return false;
        if (end == std::string_view::npos) return true;
        pos = end + 1;
    }
    return false;
}

std::size_t word_count_of(std::string_view phrase) { return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1; }

/// True for a word that cannot be one Vietnamese syllable: no vowel ("THCS",
/// "MTTQ"), or letters after its last vowel that no syllable ends with ("UBND",
/// "HĐND"): an abbreviation, kept in capitals.
bool is_abbreviation(std::string_view lower_word) {
    const std::string key = text::match_key(lower_word);
    if (key.empty() || key.find_first_of("0123456789") != std::string::npos) return false;
    const auto last_vowel = key.find_last_of("aeiouy");
    if (last_vowel == std::string::npos) return true;
    const std::string_view tail = std::string_view(key).substr(last_vowel + 1);
    for (const std::string_view final : {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
        if (tail == final) return false;
    return true;
}

std::string capitalised(std::string_view lower_word) {
    if (lower_word.empty()) return {};
    const auto first = text::utf8_sequence_length(static_cast<unsigned char>(lower_word[0]));
    return text::to_upper(lower_word.substr(0, first)) + std::string(lower_word.substr(first));
}

}  // namespace

std::string issuer_name(std::string_view line) {
    const std::string collapsed = text::collapse_spaces(text::trim(line));
    if (collapsed.empty() || !text::is_all_caps(collapsed)) return collapsed;
    std::vector<std::string> written, lower;
    for (const auto& w : text::words(collapsed)) {
        written.push_back(w);
        lower.push_back(text::to_lower(w));
    }
    std::string out;
    auto add = [&](const std::string& word) { out += (out.empty() ? "" : " ") + word; };
    std::size_t i = 0;
    for (const std::string_view kind : body_kinds)
        if (starts_with_words(lower, 0, kind)) {
            const std::size_t n = word_count_of(kind);
            for (std::size_t k = 0; k < n; ++k) add(k == 0 ? capitalised(lower[k]) : lower[k]);
            i = n;
            break;
        }
    while (i < lower.size()) {
        const auto place = std::find_if(place_kinds.begin(), place_kinds.end(),
                                        [&](std::string_view p) { return starts_with_words(lower, i, p); });
        if (place != place_kinds.end() && i > 0) {
            const std::size_t n = word_count_of(*place);
            for (std::size_t k = 0; k < n; ++k) add(lower[i + k]);
            i += n;
            continue;
        }
        add(is_abbreviation(lower[i]) ? written[i] : capitalised(lower[i]));
        ++i;
    }
    return out;
}

}  // namespace baocao::unit_match
