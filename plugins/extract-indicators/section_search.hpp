// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which of a report's sections first holds a phrase. A long report has
// thousands of figures' sentences to look for in its sections, each a scan of
// the text before it: the scan stops only where the phrase's rarest byte is,
// counted over the sections themselves, not at every match of its first byte.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::indicators {

class section_search {
public:
    /// `headings` and `texts`: those of each section, in order; both must outlive the search.
    section_search(const std::vector<std::string>& headings, const std::vector<std::string>& texts);
    /// The first section whose text or heading holds `phrase`, in order;
    /// npos when none does (or `phrase` is empty).
    std::size_t first_holding(std::string_view phrase) const;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    const std::vector<std::string>& headings_;
    const std::vector<std::string>& texts_;
    std::array<std::uint32_t, 256> counts_{};   ///< how often each byte occurs in the sections
};

/// True when `haystack` holds `needle`, scanning for the needle's byte at `anchor`.
bool holds_at_anchor(std::string_view haystack, std::string_view needle, std::size_t anchor);

}  // namespace baocao::indicators
