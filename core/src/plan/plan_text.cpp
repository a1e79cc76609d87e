// SPDX-License-Identifier: Apache-2.0
// Markers of plan lines. A plan uses the same numbering as the reports it asks
// for (Phần, Roman, Arabic, 1.1., a), dashes), typed by hand or, for a .docx,
// prefixed by the reader with Word's numbering label.
#include "plan/plan_text.hpp"

#include <baocao/sdk/labels.hpp>
#include <baocao/sdk/text.hpp>

namespace baocao::engine::plan_detail {

bool has_phrase(std::string_view key, std::string_view phrase) {
    if (phrase.empty()) return false;
    std::size_t pos = 0;
    while ((pos = key.find(phrase, pos)) != std::string_view::npos) {
        const bool start_ok = pos == 0 || key[pos - 1] == ' ';
        const std::size_t end = pos + phrase.size();
        const bool end_ok = end == key.size() || key[end] == ' ';
        if (start_ok && end_ok) return true;
        ++pos;
    }
    return false;
}

line_marker marker_of(std::string_view s) {
    // The same label rules as report headings; a plan has no use for prose
    // enumerations ("Một là,"), which stay part of the text.
    const text::label_info label = text::typed_label(s);
    line_marker m;
    switch (label.kind) {
        case text::label_kind::part: m.kind = marker::part; break;
        case text::label_kind::upper_letter: m.kind = marker::upper_letter; break;
        case text::label_kind::roman: m.kind = marker::roman; break;
        case text::label_kind::arabic: m.kind = marker::arabic; break;
        case text::label_kind::decimal: m.kind = marker::decimal; break;
        case text::label_kind::letter: m.kind = marker::letter; break;
        case text::label_kind::bullet: m.kind = marker::bullet; break;
        case text::label_kind::ordinal:
        case text::label_kind::none: return m;
    }
    m.length = label.length;
    return m;
}

}  // namespace baocao::engine::plan_detail
