// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The unit statuses as the page names and colours them, in the order they
/// are counted and drawn.

#include <string_view>

namespace baocao::html {

struct status_style {
    std::string_view status;  ///< the contract's status ("on_time")
    std::string_view label;   ///< Vietnamese ("Đúng hạn")
    std::string_view colour;  ///< fill colour for charts and badges
};

inline constexpr status_style statuses[] = {
    {"on_time", "Đúng hạn", "#2e7d32"},         {"late", "Chậm", "#c62828"},
    {"missing", "Chưa nộp", "#9e9e9e"},         {"unreadable", "Tệp không đọc được", "#6a1b9a"},
    {"not_yet_due", "Chưa đến hạn", "#1565c0"}, {"undetermined", "Chưa xác định", "#f9a825"},
};

/// The style of a status; an unknown status gets the last one's colour and its
/// own name.
inline status_style style_of(std::string_view status) {
    for (const auto& s : statuses)
        if (s.status == status) return s;
    return {status, status, "#f9a825"};
}

/// "Cấp huyện" for "district", and so on; other levels as they are.
inline std::string_view level_label(std::string_view level) {
    if (level == "district") return "Cấp huyện";
    if (level == "organization") return "Sở, ban, ngành, đoàn thể";
    if (level == "grassroots") return "Cơ sở";
    return level;
}

}  // namespace baocao::html
