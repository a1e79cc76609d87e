// SPDX-License-Identifier: Apache-2.0
#pragma once
/// How a finding is stated once for the province: its representative
/// sentence made general (the unit's own name replaced by the units
/// collectively) and the units that said it named after it.

#include "reporters.hpp"

#include <baocao/sdk/roster.hpp>

#include <string>
#include <vector>

namespace baocao::synthesis {

/// "các huyện, thành, thị ủy, đảng ủy trực thuộc" when every unit is a Party
/// committee, "các đoàn thể" when every one is a mass organization, else
/// "các địa phương, đơn vị".
std::string collective_of(const std::vector<const reporter*>& units);

/// The sentence with its unit's names (the reporter's name, short name and
/// roster aliases) replaced by `collective`, "huyện X" / "thị xã X" by "các
/// địa phương", "toàn huyện" by "toàn tỉnh"; first letter a capital. Text
/// that names no unit comes back unchanged.
std::string generalize(const std::string& sentence, const reporter& unit, const roster& r, const std::string& collective);

/// The part of a sentence that holds none of its unit's figures, for a
/// finding several units state each with their own: the first clause with
/// the comma-separated parts that carry figures dropped from its end, then
/// the later ";"-clauses that carry none. "" when the first clause opens with
/// figures or too little is left to stand as a sentence (under eight words).
/// Nothing is reworded: every word kept is the unit's own, in its order.
std::string without_unit_figures(const std::string& sentence);

/// "(Can Lộc, Đức Thọ, Thạch Hà)" for up to `max_named` units, else "(12/16 đơn vị)".
std::string attribution(const std::vector<const reporter*>& units, std::size_t reporting, std::size_t max_named = 8);

/// "Can Lộc, Đức Thọ; Huyện ủy Yên Thành, Huyện ủy Gio Linh – ngoài danh sách":
/// roster units first, then the units of each remark with the remark said once.
std::string unit_list(const std::vector<const reporter*>& units);

/// The sentence without its final period, ready for a bracket to follow.
std::string without_final_period(std::string s);

}  // namespace baocao::synthesis
