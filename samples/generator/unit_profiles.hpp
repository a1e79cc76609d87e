// SPDX-License-Identifier: Apache-2.0
#pragma once
/// How each roster unit writes: its header lines, number symbol, place on the
/// date line, who signs, what its grassroots are called and their names.

#include <string>
#include <vector>

namespace baocao::samplegen {

struct unit_profile {
    std::string id;
    std::string parent_line;         ///< "ĐẢNG BỘ TỈNH HÀ TĨNH", "" for none
    std::string issuer_line;         ///< "HUYỆN ỦY CAN LỘC"
    std::string issuer_sub;          ///< a second issuer line ("BAN THƯỜNG VỤ"), often ""
    bool party_style = true;         ///< "ĐẢNG CỘNG SẢN VIỆT NAM" on the right, else the state motto
    bool organization = false;       ///< the Front or a mass organization (its results are plan item 3)
    std::string right_title;         ///< overrides the right-hand title ("ĐOÀN TNCS HỒ CHÍ MINH")
    std::string number_form;         ///< "Số {n}-BC/HU": {n} is replaced by the document number
    std::string place;               ///< "Can Lộc"
    std::string collective;          ///< "Ban Thường vụ Huyện ủy"
    std::string self;                ///< "Huyện ủy"
    std::string area_noun;           ///< "huyện"
    std::string grassroots;          ///< "xã, thị trấn"
    std::string grassroots_one;      ///< "xã"
    std::string people;              ///< "nhân dân", "hội viên"
    std::string symbol;              ///< issuer abbreviation in symbols ("HU")
    std::string sign_authority;      ///< "T/M BAN THƯỜNG VỤ"
    std::vector<std::string> localities;  ///< communes or member units
    std::vector<std::string> models;      ///< models particular to this kind of unit
};

/// The profile of a roster unit id; throws std::out_of_range for an unknown id.
const unit_profile& profile_of(const std::string& unit_id);

/// A plausible invented Vietnamese full name, stable for a given random draw.
std::string invented_name(unsigned long long draw);

}  // namespace baocao::samplegen
