// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Small text helpers of the checker: whole-word search in match keys, and
/// short quotations of report and plan text in problem messages.

#include "key_words.hpp"

#include <string>

namespace baocao::deadline {

using plugins::has_words;   ///< whole words of one match key in another

/// At most `max_bytes` of `s`, cut at a UTF-8 character boundary, with "…" when cut.
inline std::string clipped(const std::string& s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "…";
}

}  // namespace baocao::deadline
