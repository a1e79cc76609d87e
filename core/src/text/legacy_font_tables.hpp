// SPDX-License-Identifier: Apache-2.0
#pragma once
// Letter tables of the legacy Vietnamese font encodings (data in
// legacy_font_tables.cpp). Code points are those Word stores for each byte.

#include <array>

namespace baocao::text::detail {

/// One TCVN3 letter: the stored character and its Unicode letter (UTF-8).
struct tcvn3_row {
    char16_t stored;
    const char* unicode;
};

/// One VNI entry: one or two stored characters (second 0 when single) and
/// the Unicode letter, or for a mark row the combining sequence (UTF-8).
struct vni_row {
    char16_t first;
    char16_t second;
    const char* unicode;
};

/// The 74 TCVN3 letter positions.
extern const std::array<tcvn3_row, 74> tcvn3_rows;
/// VNI letters written as a single byte (đ, ơ, ư, toned i, ỵ and capitals).
extern const std::array<vni_row, 18> vni_single_rows;
/// VNI letters written as base letter + mark byte.
extern const std::array<vni_row, 116> vni_pair_rows;
/// VNI mark bytes and the combining marks they stand for.
extern const std::array<vni_row, 34> vni_mark_rows;

}  // namespace baocao::text::detail
