// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The labels OpenDocument lists and numbered headings show: the file stores
/// a list style and the items, and the application counts; so does this.

#include "odf_styles.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::odt {

/// A number in a list level's format: "1" → "3", "a" → "c", "A" → "C", "i" → "iii", "I" → "III".
std::string format_value(int value, std::string_view format);

/// The counters of one list, or of the outline.
class list_counters {
public:
    /// The label of the next item at `level` (0-based) in `style`; `restart_at`
    /// is the item's own text:start-value, when it has one. Deeper levels start again.
    std::string next(const list_style& style, int level, std::optional<int> restart_at = std::nullopt);

private:
    std::array<int, list_style::depth> value_{};
    std::array<bool, list_style::depth> started_{};
};

}  // namespace baocao::odt
