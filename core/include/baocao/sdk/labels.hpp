// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Numbering labels of paragraphs in reports and plans: the label Word shows
/// (from the parser) or one typed at the start of the text, classified by kind.

#include <cstddef>
#include <string>
#include <string_view>

namespace baocao::text {

/// What kind of numbering a label is; the order is the usual nesting order.
enum class label_kind {
    none,
    part,          ///< "Phần thứ nhất", "PHẦN I", "Phần 2", "Chương II"
    upper_letter,  ///< "A.", "B)"
    roman,         ///< "I.", "II-", "III/", "IV)"
    arabic,        ///< "1.", "2-", "3)", "(4)"
    decimal,       ///< "1.1.", "2.3.1" (depth = number of parts)
    letter,        ///< "a)", "b.", "đ-"
    bullet,        ///< "-", "+", "•", "*"
    ordinal,       ///< prose enumeration "Một là,", "Thứ hai," (body text, not a heading)
};

struct label_info {
    label_kind kind = label_kind::none;
    int depth = 0;            ///< parts of a decimal label (2 for "1.1."), 1 otherwise
    std::size_t length = 0;   ///< bytes of the typed label in the text, spaces after it included (0 for parser labels and ordinals)
    std::string text;         ///< the label as written, trimmed ("II.", "Phần thứ nhất")
};

/// Classifies a label Word shows for an auto-numbered paragraph ("I.", "1.1.", "a)", "•").
label_info classify_label(std::string_view label);

/// Finds a label typed at the start of a paragraph's text; kind none when there is none.
label_info typed_label(std::string_view text);

/// Nesting rank of a kind (part 0 ... bullet 7), -1 for none and ordinal.
int rank_of(label_kind kind, int depth);

/// A short name of the kind for diagnostics ("roman", "decimal2").
std::string kind_name(label_kind kind, int depth);

/// Roman numeral of 1..3999 ("IV", or "iv" when not `upper`); "" outside that range.
std::string roman_numeral(int value, bool upper = true);

}  // namespace baocao::text
