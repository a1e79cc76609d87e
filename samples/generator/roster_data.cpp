// SPDX-License-Identifier: Apache-2.0
// The Hà Tĩnh roster of 2013 (reference/roster-ha-tinh-2013.json) kept as
// data here, because users' clones do not carry the reference folder.

#include "roster_data.hpp"

#include <baocao/sdk/json.hpp>

#include <utility>

namespace baocao::samplegen {

const std::vector<roster_unit>& roster_units() {
    static const std::vector<roster_unit> units{
    {"tp-ha-tinh", "Thành ủy Hà Tĩnh", "district", "thanh-uy",
     {"Thành ủy Hà Tĩnh", "Thành uỷ Hà Tĩnh", "Đảng bộ thành phố Hà Tĩnh", "Thành ủy thành phố Hà Tĩnh", "Thành uỷ thành phố Hà Tĩnh", "BTV Thành ủy Hà Tĩnh", "BTV Thành uỷ Hà Tĩnh", "Ban Thường vụ Thành ủy Hà Tĩnh", "Ban Thường vụ Thành uỷ Hà Tĩnh", "THÀNH ỦY HÀ TĨNH", "THÀNH UỶ HÀ TĨNH", "TP Hà Tĩnh", "TP. Hà Tĩnh", "Thành phố Hà Tĩnh"},
     "thành phố Hà Tĩnh", {"Hà Tĩnh"}, "TU (possibly ThU)", "high"},
    {"hong-linh", "Thị ủy Hồng Lĩnh", "district", "thi-uy",
     {"Thị ủy Hồng Lĩnh", "Thị uỷ Hồng Lĩnh", "Đảng bộ thị xã Hồng Lĩnh", "Thị ủy thị xã Hồng Lĩnh", "Thị uỷ thị xã Hồng Lĩnh", "BTV Thị ủy Hồng Lĩnh", "BTV Thị uỷ Hồng Lĩnh", "Ban Thường vụ Thị ủy Hồng Lĩnh", "Ban Thường vụ Thị uỷ Hồng Lĩnh", "THỊ ỦY HỒNG LĨNH", "THỊ UỶ HỒNG LĨNH", "TX Hồng Lĩnh", "TX. Hồng Lĩnh", "Thị xã Hồng Lĩnh", "Hồng Lĩnh"},
     "thị xã Hồng Lĩnh", {"Hồng Lĩnh"}, "TU (possibly ThU/TXU)", "high"},
    {"nghi-xuan", "Huyện ủy Nghi Xuân", "district", "huyen-uy",
     {"Huyện ủy Nghi Xuân", "Huyện uỷ Nghi Xuân", "Đảng bộ huyện Nghi Xuân", "BTV Huyện ủy Nghi Xuân", "BTV Huyện uỷ Nghi Xuân", "Ban Thường vụ Huyện ủy Nghi Xuân", "Ban Thường vụ Huyện uỷ Nghi Xuân", "BCH Đảng bộ huyện Nghi Xuân", "HUYỆN ỦY NGHI XUÂN", "HUYỆN UỶ NGHI XUÂN", "Huyện Nghi Xuân", "Nghi Xuân"},
     "huyện Nghi Xuân", {"Nghi Xuân", "Xuân An"}, "HU", "high"},
    {"duc-tho", "Huyện ủy Đức Thọ", "district", "huyen-uy",
     {"Huyện ủy Đức Thọ", "Huyện uỷ Đức Thọ", "Đảng bộ huyện Đức Thọ", "BTV Huyện ủy Đức Thọ", "BTV Huyện uỷ Đức Thọ", "Ban Thường vụ Huyện ủy Đức Thọ", "Ban Thường vụ Huyện uỷ Đức Thọ", "BCH Đảng bộ huyện Đức Thọ", "HUYỆN ỦY ĐỨC THỌ", "HUYỆN UỶ ĐỨC THỌ", "Huyện Đức Thọ", "Đức Thọ"},
     "huyện Đức Thọ", {"Đức Thọ"}, "HU", "high"},
    {"huong-son", "Huyện ủy Hương Sơn", "district", "huyen-uy",
     {"Huyện ủy Hương Sơn", "Huyện uỷ Hương Sơn", "Đảng bộ huyện Hương Sơn", "BTV Huyện ủy Hương Sơn", "BTV Huyện uỷ Hương Sơn", "Ban Thường vụ Huyện ủy Hương Sơn", "Ban Thường vụ Huyện uỷ Hương Sơn", "BCH Đảng bộ huyện Hương Sơn", "HUYỆN ỦY HƯƠNG SƠN", "HUYỆN UỶ HƯƠNG SƠN", "Huyện Hương Sơn", "Hương Sơn"},
     "huyện Hương Sơn", {"Hương Sơn", "Phố Châu"}, "HU", "high"},
    {"huong-khe", "Huyện ủy Hương Khê", "district", "huyen-uy",
     {"Huyện ủy Hương Khê", "Huyện uỷ Hương Khê", "Đảng bộ huyện Hương Khê", "BTV Huyện ủy Hương Khê", "BTV Huyện uỷ Hương Khê", "Ban Thường vụ Huyện ủy Hương Khê", "Ban Thường vụ Huyện uỷ Hương Khê", "BCH Đảng bộ huyện Hương Khê", "HUYỆN ỦY HƯƠNG KHÊ", "HUYỆN UỶ HƯƠNG KHÊ", "Huyện Hương Khê", "Hương Khê"},
     "huyện Hương Khê", {"Hương Khê"}, "HU", "high"},
    {"vu-quang", "Huyện ủy Vũ Quang", "district", "huyen-uy",
     {"Huyện ủy Vũ Quang", "Huyện uỷ Vũ Quang", "Đảng bộ huyện Vũ Quang", "BTV Huyện ủy Vũ Quang", "BTV Huyện uỷ Vũ Quang", "Ban Thường vụ Huyện ủy Vũ Quang", "Ban Thường vụ Huyện uỷ Vũ Quang", "BCH Đảng bộ huyện Vũ Quang", "HUYỆN ỦY VŨ QUANG", "HUYỆN UỶ VŨ QUANG", "Huyện Vũ Quang", "Vũ Quang"},
     "huyện Vũ Quang", {"Vũ Quang"}, "HU", "high"},
    {"can-loc", "Huyện ủy Can Lộc", "district", "huyen-uy",
     {"Huyện ủy Can Lộc", "Huyện uỷ Can Lộc", "Đảng bộ huyện Can Lộc", "BTV Huyện ủy Can Lộc", "BTV Huyện uỷ Can Lộc", "Ban Thường vụ Huyện ủy Can Lộc", "Ban Thường vụ Huyện uỷ Can Lộc", "BCH Đảng bộ huyện Can Lộc", "HUYỆN ỦY CAN LỘC", "HUYỆN UỶ CAN LỘC", "Huyện Can Lộc", "Can Lộc"},
     "huyện Can Lộc", {"Can Lộc", "Nghèn"}, "HU", "high"},
    {"loc-ha", "Huyện ủy Lộc Hà", "district", "huyen-uy",
     {"Huyện ủy Lộc Hà", "Huyện uỷ Lộc Hà", "Đảng bộ huyện Lộc Hà", "BTV Huyện ủy Lộc Hà", "BTV Huyện uỷ Lộc Hà", "Ban Thường vụ Huyện ủy Lộc Hà", "Ban Thường vụ Huyện uỷ Lộc Hà", "BCH Đảng bộ huyện Lộc Hà", "HUYỆN ỦY LỘC HÀ", "HUYỆN UỶ LỘC HÀ", "Huyện Lộc Hà", "Lộc Hà"},
     "huyện Lộc Hà", {"Lộc Hà"}, "HU", "high"},
    {"thach-ha", "Huyện ủy Thạch Hà", "district", "huyen-uy",
     {"Huyện ủy Thạch Hà", "Huyện uỷ Thạch Hà", "Đảng bộ huyện Thạch Hà", "BTV Huyện ủy Thạch Hà", "BTV Huyện uỷ Thạch Hà", "Ban Thường vụ Huyện ủy Thạch Hà", "Ban Thường vụ Huyện uỷ Thạch Hà", "BCH Đảng bộ huyện Thạch Hà", "HUYỆN ỦY THẠCH HÀ", "HUYỆN UỶ THẠCH HÀ", "Huyện Thạch Hà", "Thạch Hà"},
     "huyện Thạch Hà", {"Thạch Hà"}, "HU", "high"},
    {"cam-xuyen", "Huyện ủy Cẩm Xuyên", "district", "huyen-uy",
     {"Huyện ủy Cẩm Xuyên", "Huyện uỷ Cẩm Xuyên", "Đảng bộ huyện Cẩm Xuyên", "BTV Huyện ủy Cẩm Xuyên", "BTV Huyện uỷ Cẩm Xuyên", "Ban Thường vụ Huyện ủy Cẩm Xuyên", "Ban Thường vụ Huyện uỷ Cẩm Xuyên", "BCH Đảng bộ huyện Cẩm Xuyên", "HUYỆN ỦY CẨM XUYÊN", "HUYỆN UỶ CẨM XUYÊN", "Huyện Cẩm Xuyên", "Cẩm Xuyên"},
     "huyện Cẩm Xuyên", {"Cẩm Xuyên"}, "HU", "high"},
    {"ky-anh", "Huyện ủy Kỳ Anh", "district", "huyen-uy",
     {"Huyện ủy Kỳ Anh", "Huyện uỷ Kỳ Anh", "Đảng bộ huyện Kỳ Anh", "BTV Huyện ủy Kỳ Anh", "BTV Huyện uỷ Kỳ Anh", "Ban Thường vụ Huyện ủy Kỳ Anh", "Ban Thường vụ Huyện uỷ Kỳ Anh", "BCH Đảng bộ huyện Kỳ Anh", "HUYỆN ỦY KỲ ANH", "HUYỆN UỶ KỲ ANH", "Huyện Kỳ Anh", "Kỳ Anh"},
     "huyện Kỳ Anh", {"Kỳ Anh"}, "HU", "high"},
    {"dang-uy-khoi-cac-co-quan", "Đảng ủy Khối các cơ quan tỉnh", "district", "dang-uy-truc-thuoc",
     {"Đảng ủy Khối các cơ quan tỉnh", "Đảng uỷ Khối các cơ quan tỉnh", "Đảng bộ Khối các cơ quan tỉnh", "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh", "Đảng uỷ Khối các cơ quan tỉnh Hà Tĩnh", "Đảng ủy Khối Cơ quan tỉnh", "Đảng uỷ Khối Cơ quan tỉnh", "Đảng ủy Khối cơ quan", "Đảng uỷ Khối cơ quan", "ĐUK các cơ quan tỉnh", "Khối các cơ quan tỉnh", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "ĐU or ĐUK", "high"},
    {"dang-uy-khoi-doanh-nghiep", "Đảng ủy Khối Doanh nghiệp tỉnh", "district", "dang-uy-truc-thuoc",
     {"Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng uỷ Khối Doanh nghiệp tỉnh", "Đảng bộ Khối Doanh nghiệp tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh", "Đảng uỷ Khối Doanh nghiệp tỉnh Hà Tĩnh", "Đảng ủy Khối DN tỉnh", "Đảng uỷ Khối DN tỉnh", "ĐUK Doanh nghiệp", "Khối Doanh nghiệp tỉnh", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", "ĐẢNG UỶ KHỐI DOANH NGHIỆP TỈNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "ĐU or ĐUK", "high"},
    {"dang-uy-quan-su", "Đảng ủy Quân sự tỉnh", "district", "dang-uy-truc-thuoc",
     {"Đảng ủy Quân sự tỉnh", "Đảng uỷ Quân sự tỉnh", "Đảng bộ Quân sự tỉnh", "Đảng ủy Quân sự tỉnh Hà Tĩnh", "Đảng uỷ Quân sự tỉnh Hà Tĩnh", "Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "Đảng uỷ Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh", "ĐUQS tỉnh", "ĐẢNG ỦY QUÂN SỰ TỈNH", "ĐẢNG UỶ QUÂN SỰ TỈNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "ĐU or ĐUQS", "high"},
    {"dang-uy-cong-an", "Đảng ủy Công an tỉnh", "district", "dang-uy-truc-thuoc",
     {"Đảng ủy Công an tỉnh", "Đảng uỷ Công an tỉnh", "Đảng bộ Công an tỉnh", "Đảng ủy Công an tỉnh Hà Tĩnh", "Đảng uỷ Công an tỉnh Hà Tĩnh", "Công an tỉnh", "Công an tỉnh Hà Tĩnh", "ĐUCA tỉnh", "ĐẢNG ỦY CÔNG AN TỈNH", "ĐẢNG UỶ CÔNG AN TỈNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "ĐU or ĐUCA", "high"},
    {"dang-uy-bien-phong", "Đảng ủy Bộ đội Biên phòng tỉnh", "district", "dang-uy-truc-thuoc",
     {"Đảng ủy Bộ đội Biên phòng tỉnh", "Đảng uỷ Bộ đội Biên phòng tỉnh", "Đảng bộ Bộ đội Biên phòng tỉnh", "Đảng ủy BĐBP tỉnh", "Đảng uỷ BĐBP tỉnh", "Đảng ủy Biên phòng tỉnh", "Đảng uỷ Biên phòng tỉnh", "Bộ đội Biên phòng tỉnh", "BĐBP tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "BCH BĐBP tỉnh", "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH", "ĐẢNG UỶ BỘ ĐỘI BIÊN PHÒNG TỈNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "ĐU", "medium"},
    {"mttq", "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "organization", "mttq",
     {"Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Uỷ ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "Ủy ban MTTQ tỉnh", "Uỷ ban MTTQ tỉnh", "UBMTTQ tỉnh", "UBMTTQVN tỉnh", "MTTQ tỉnh", "Mặt trận Tổ quốc tỉnh", "Ban Thường trực Ủy ban MTTQ tỉnh", "Ban Thường trực Uỷ ban MTTQ tỉnh", "BTT UBMTTQ tỉnh", "Đảng đoàn MTTQ tỉnh", "ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH", "UỶ BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "", "high"},
    {"hoi-nong-dan", "Hội Nông dân tỉnh Hà Tĩnh", "organization", "doan-the",
     {"Hội Nông dân tỉnh Hà Tĩnh", "Hội Nông dân tỉnh", "Hội ND tỉnh", "HND tỉnh", "Ban Thường vụ Hội Nông dân tỉnh", "Đảng đoàn Hội Nông dân tỉnh", "HỘI NÔNG DÂN TỈNH HÀ TĨNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "", "high"},
    {"hoi-lhpn", "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "organization", "doan-the",
     {"Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", "Hội LHPN tỉnh Hà Tĩnh", "Hội Phụ nữ tỉnh", "Ban Thường vụ Hội LHPN tỉnh", "Đảng đoàn Hội LHPN tỉnh", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "", "high"},
    {"tinh-doan", "Tỉnh đoàn Hà Tĩnh", "organization", "doan-the",
     {"Tỉnh đoàn Hà Tĩnh", "Tỉnh Đoàn Hà Tĩnh", "Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn", "BTV Tỉnh đoàn", "Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh", "Đoàn Thanh niên tỉnh", "TỈNH ĐOÀN HÀ TĨNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "", "high"},
    {"hoi-ccb", "Hội Cựu chiến binh tỉnh Hà Tĩnh", "organization", "doan-the",
     {"Hội Cựu chiến binh tỉnh Hà Tĩnh", "Hội Cựu chiến binh tỉnh", "Hội CCB tỉnh", "Hội CCB tỉnh Hà Tĩnh", "Ban Thường vụ Hội CCB tỉnh", "HỘI CỰU CHIẾN BINH TỈNH HÀ TĨNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "", "high"},
    {"ldld", "Liên đoàn Lao động tỉnh Hà Tĩnh", "organization", "doan-the",
     {"Liên đoàn Lao động tỉnh Hà Tĩnh", "Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh", "LĐLĐ tỉnh Hà Tĩnh", "Công đoàn tỉnh", "Ban Thường vụ LĐLĐ tỉnh", "Đảng đoàn LĐLĐ tỉnh", "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH"},
     "tỉnh Hà Tĩnh", {"Hà Tĩnh"}, "", "high"},
    };
    return units;
}

const roster_unit* find_unit(std::string_view id) {
    for (const roster_unit& u : roster_units())
        if (u.id == id) return &u;
    return nullptr;
}

namespace {

// The local part of a unit's example addresses: "can-loc" → "canloc".
std::string mail_slug(const std::string& id) {
    static const std::vector<std::pair<std::string, std::string>> special{
        {"dang-uy-khoi-cac-co-quan", "dukcq"}, {"dang-uy-khoi-doanh-nghiep", "dukdn"},
        {"dang-uy-quan-su", "duqs"},          {"dang-uy-cong-an", "duca"},
        {"dang-uy-bien-phong", "dubp"},       {"tp-ha-tinh", "thanhuy"}};
    for (const auto& [from, to] : special)
        if (from == id) return to;
    std::string out;
    for (char c : id)
        if (c != '-') out += c;
    return out;
}

}  // namespace

std::vector<std::string> unit_emails(const roster_unit& u) {
    const std::string slug = mail_slug(u.id);
    if (u.level == "organization") return {slug + "@hatinh.example.vn", "vanphong." + slug + "@hatinh.example.vn"};
    if (u.kind == "dang-uy-truc-thuoc") return {slug + "@hatinh.example.vn"};
    return {"bdv." + slug + "@hatinh.example.vn", "vanphong." + slug + "@hatinh.example.vn"};
}

std::string roster_json() {
    baocao::json_writer j;
    j.begin_object();
    j.key("as_of").value("2013-08-16");
    j.key("source_plan").value("Kế hoạch số 99-KH/TU ngày 16/8/2013 của Ban Thường vụ Tỉnh ủy Hà Tĩnh");
    j.key("deadlines").begin_array();
    for (const auto& [level, due] : {std::pair{"grassroots", "2013-09-10"}, std::pair{"district", "2013-10-05"},
                                     std::pair{"organization", "2013-10-05"}})
        j.begin_object().key("level").value(level).key("due").value(due).end_object();
    j.end_array();
    j.key("emails_note").value("Example sender addresses on the reserved .example domain, for the sample inbox only.");
    j.key("units").begin_array();
    for (const roster_unit& u : roster_units()) {
        j.begin_object();
        j.key("id").value(u.id).key("name").value(u.name).key("level").value(u.level).key("kind").value(u.kind);
        j.key("aliases").begin_array();
        for (const std::string& a : u.aliases) j.value(a);
        j.end_array();
        j.key("emails").begin_array();
        for (const std::string& e : unit_emails(u)) j.value(e);
        j.end_array();
        j.key("admin_unit").value(u.admin_unit);
        j.key("place_names").begin_array();
        for (const std::string& p : u.place_names) j.value(p);
        j.end_array();
        if (!u.symbol.empty()) j.key("symbol").value(u.symbol);
        j.key("confidence").value(u.confidence);
        j.end_object();
    }
    j.end_array();
    j.end_object();
    return j.take() + "\n";
}

}  // namespace baocao::samplegen
