// SPDX-License-Identifier: Apache-2.0
#include "list_labels.hpp"

#include <baocao/sdk/labels.hpp>

#include <algorithm>

namespace baocao::odt {

namespace {

/// Letters counted the way office suites count them past z: aa, ab, … (bijective base 26).
std::string letters(int value, char base) {
    std::string out;
    for (int v = value; v > 0 && out.size() < 16; v = (v - 1) / 26) out.insert(out.begin(), static_cast<char>(base + (v - 1) % 26));
    return out;
}

/// A bullet as text: a character of a symbol font's private range, or none, shows as "•".
std::string bullet_label(const std::string& bullet) {
    if (bullet.empty()) return "•";
    const auto b = static_cast<unsigned char>(bullet[0]);
    // U+E000–U+F8FF, the private use area symbol fonts map their glyphs into, is EE–EF 80–A3 … in UTF-8.
    const bool private_use = bullet.size() >= 3 && (b == 0xEE || (b == 0xEF && static_cast<unsigned char>(bullet[1]) < 0xA4));
    if (private_use || b < 0x20) return "•";
    return bullet;
}

}  // namespace

std::string format_value(int value, std::string_view format) {
    if (format.empty()) return {};
    if ((format == "i" || format == "I") && value > 0 && value < 4000) return text::roman_numeral(value, format == "I");
    if ((format == "a" || format == "A") && value > 0) return letters(value, format == "A" ? 'A' : 'a');
    return std::to_string(value);
}

std::string list_counters::next(const list_style& style, int level, std::optional<int> restart_at) {
    level = std::clamp(level, 0, list_style::depth - 1);
    const auto at = static_cast<std::size_t>(level);
    const list_level& own = style.levels[at];
    if (restart_at) value_[at] = *restart_at;
    else if (started_[at]) ++value_[at];
    else value_[at] = own.start;
    started_[at] = true;
    for (std::size_t deeper = at + 1; deeper < started_.size(); ++deeper) started_[deeper] = false;

    if (own.type == list_level::kind::bullet) return bullet_label(own.bullet);
    if (own.type == list_level::kind::none) return {};
    auto shown = [&](int l) {
        const auto i = static_cast<std::size_t>(l);
        return format_value(started_[i] ? value_[i] : style.levels[i].start, style.levels[i].format);
    };
    std::string out;
    if (!own.template_text.empty()) {
        // "%1%.%2%.": each %N% is level N's number in its own format.
        const std::string_view t = own.template_text;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] == '%' && i + 2 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9' && t[i + 2] == '%') {
                const int ref = t[i + 1] - '1';
                if (ref <= level) out += shown(ref);
                i += 2;
            } else if (t[i] == '%' && i + 3 < t.size() && t[i + 1] == '1' && t[i + 2] == '0' && t[i + 3] == '%') {
                if (level == 9) out += shown(9);
                i += 3;
            } else {
                out.push_back(t[i]);
            }
        }
        return out;
    }
    out = own.prefix;
    for (int l = level - own.display_levels + 1; l <= level; ++l) {
        if (l < level) {
            out += shown(l);
            out.push_back('.');
        } else {
            out += shown(l);
        }
    }
    return out + own.suffix;
}

}  // namespace baocao::odt
