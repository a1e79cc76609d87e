// SPDX-License-Identifier: Apache-2.0
#include <baocao/sdk/report_structure.hpp>

namespace baocao {

std::string_view role_name(part_role role) {
    switch (role) {
        case part_role::empty: return "empty";
        case part_role::header: return "header";
        case part_role::title: return "title";
        case part_role::addressee: return "addressee";
        case part_role::preamble: return "preamble";
        case part_role::body: return "body";
        case part_role::heading: return "heading";
        case part_role::closing: return "closing";
        case part_role::signature: return "signature";
        case part_role::annex: return "annex";
    }
    return "body";
}

std::vector<std::size_t> report_structure::lines_of(part_role role) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].role == role) out.push_back(i);
    return out;
}

}  // namespace baocao
