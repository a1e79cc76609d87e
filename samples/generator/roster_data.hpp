// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The roster of units expected to report under plan 99-KH/TU, and its
/// roster.json form (with example sender addresses on hatinh.example.vn).

#include <string>
#include <string_view>
#include <vector>

namespace baocao::samplegen {

struct roster_unit {
    std::string id;
    std::string name;
    std::string level;                    ///< "district" or "organization"
    std::string kind;                     ///< "huyen-uy", "dang-uy-truc-thuoc", "mttq", "doan-the", ...
    std::vector<std::string> aliases;
    std::string admin_unit;
    std::vector<std::string> place_names;
    std::string symbol;
    std::string confidence;
};

/// All units, in the reference order.
const std::vector<roster_unit>& roster_units();
/// The unit with `id`, or nullptr.
const roster_unit* find_unit(std::string_view id);
/// Example sender addresses of a unit ("bdv.canloc@hatinh.example.vn" first).
std::vector<std::string> unit_emails(const roster_unit& u);
/// roster.json text: the contract's schema plus the reference's extra keys.
std::string roster_json();

}  // namespace baocao::samplegen
