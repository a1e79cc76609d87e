// SPDX-License-Identifier: Apache-2.0
#include "group_state.hpp"

#include <array>

namespace baocao::rtf {

bool takes_text(destination d) {
    return d == destination::text || d == destination::label || d == destination::font_table || d == destination::style_sheet ||
           d == destination::info_text;
}

alignment alignment_of(std::string_view word) {
    if (word == "ql") return alignment::left;
    if (word == "qc") return alignment::center;
    if (word == "qr") return alignment::right;
    return alignment::both;   // \qj, \qd
}

bool is_underline_on(std::string_view word) {
    static constexpr std::array words{"ul",      "uld",      "uldash",     "uldashd",    "uldashdd", "uldb",     "ulhwave",
                                      "ulldash", "ulth",     "ulthd",      "ulthdash",   "ulthdashd", "ulthdashdd", "ulthldash",
                                      "ululdbwave", "ulw",   "ulwave"};
    for (std::string_view w : words)
        if (w == word) return true;
    return false;
}

}  // namespace baocao::rtf
