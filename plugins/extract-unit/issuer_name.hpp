// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The name of a body a report's header gives when the roster has no such
/// unit, written as names are in running text: "HUYỆN ỦY YÊN THÀNH" →
/// "Huyện ủy Yên Thành", "ĐẢNG ỦY XÃ THIÊN LỘC" → "Đảng ủy xã Thiên Lộc",
/// "TRƯỜNG THCS HOÀNG LƯƠNG" → "Trường THCS Hoàng Lương".

#include <string>
#include <string_view>

namespace baocao::unit_match {

/// `line` (a header line naming a body) with its spaces collapsed and, when it
/// is written in capitals, in the case of running text: the kind of body
/// ("Huyện ủy", "Đảng ủy", "Ủy ban nhân dân", "Trường") and the kinds of place
/// ("xã", "phường", "thị trấn", "huyện", "thị xã", "thành phố", "tỉnh") in
/// lower case after their first letter, every other word capitalised, and
/// words without a vowel ("THCS", "UBND") kept as abbreviations. A line not in
/// capitals is kept as written.
std::string issuer_name(std::string_view line);

}  // namespace baocao::unit_match
