// SPDX-License-Identifier: Apache-2.0
// Commune and member-unit names are real 2013 Hà Tĩnh place and agency
// names; people's names are invented from common family and given names.

#include "unit_profiles.hpp"

#include <map>
#include <stdexcept>

namespace baocao::samplegen {

namespace {

unit_profile district(const std::string& id, const std::string& kind_word, const std::string& place,
                      const std::string& grassroots, const std::string& one, std::vector<std::string> communes) {
    unit_profile p;
    p.id = id;
    p.parent_line = "ĐẢNG BỘ TỈNH HÀ TĨNH";
    const std::string upper_kind = kind_word == "Huyện" ? "HUYỆN ỦY" : kind_word == "Thành" ? "THÀNH ỦY" : "THỊ ỦY";
    p.self = kind_word + " ủy";
    p.collective = "Ban Thường vụ " + p.self + " " + place;
    p.symbol = kind_word == "Huyện" ? "HU" : "TU";
    p.number_form = "Số {n}-BC/" + p.symbol;
    p.place = place;
    p.area_noun = kind_word == "Huyện" ? "huyện" : kind_word == "Thành" ? "thành phố" : "thị xã";
    p.grassroots = grassroots;
    p.grassroots_one = one;
    p.people = "nhân dân";
    p.sign_authority = "T/M BAN THƯỜNG VỤ";
    p.localities = std::move(communes);
    for (auto& l : p.localities)
        if (l.rfind("xã ", 0) != 0 && l.rfind("phường ", 0) != 0) l = one + " " + l;
    // The header spells the issuer in capitals; the place is upper-cased by the composer.
    p.issuer_line = upper_kind + " " + place;
    return p;
}

unit_profile committee(const std::string& id, const std::string& issuer, const std::string& self, const std::string& symbol,
                       const std::string& grassroots, const std::string& one, const std::string& people,
                       std::vector<std::string> members, std::vector<std::string> models) {
    unit_profile p;
    p.id = id;
    p.parent_line = "ĐẢNG BỘ TỈNH HÀ TĨNH";
    p.issuer_line = issuer;
    p.self = self;
    p.collective = "Ban Thường vụ " + self;
    p.symbol = symbol;
    p.number_form = "Số {n}-BC/" + symbol;
    p.place = "Hà Tĩnh";
    p.area_noun = "Đảng bộ";
    p.grassroots = grassroots;
    p.grassroots_one = one;
    p.people = people;
    p.sign_authority = "T/M BAN THƯỜNG VỤ";
    p.localities = std::move(members);
    p.models = std::move(models);
    return p;
}

unit_profile organization(const std::string& id, const std::string& issuer, const std::string& sub, const std::string& right,
                          const std::string& number_form, const std::string& self, const std::string& people,
                          std::vector<std::string> models) {
    unit_profile p;
    p.id = id;
    p.issuer_line = issuer;
    p.issuer_sub = sub;
    p.party_style = false;
    p.organization = true;
    p.right_title = right;
    p.number_form = number_form;
    p.place = "Hà Tĩnh";
    p.self = self;
    p.collective = "Ban Thường vụ " + self;
    p.symbol = "";
    p.area_noun = "tỉnh";
    p.grassroots = "cơ sở hội";
    p.grassroots_one = "cơ sở";
    p.people = people;
    p.sign_authority = "T/M BAN THƯỜNG VỤ";
    for (const char* d : {"Can Lộc", "Nghi Xuân", "Đức Thọ", "Hương Sơn", "Hương Khê", "Vũ Quang", "Lộc Hà", "Thạch Hà",
                          "Cẩm Xuyên", "Kỳ Anh", "Hồng Lĩnh"})
        p.localities.push_back(std::string(id == "ldld" ? "Liên đoàn Lao động huyện " : "huyện ") + d);
    p.models = std::move(models);
    return p;
}

std::map<std::string, unit_profile> build_profiles() {
    std::map<std::string, unit_profile> m;
    auto add = [&](unit_profile p) { m.emplace(p.id, std::move(p)); };
    add(district("tp-ha-tinh", "Thành", "Hà Tĩnh", "phường, xã", "phường",
                 {"Bắc Hà", "Nam Hà", "Trần Phú", "Tân Giang", "Nguyễn Du", "Thạch Quý", "Văn Yên", "Hà Huy Tập",
                  "Đại Nài", "Thạch Linh", "xã Thạch Trung", "xã Thạch Hạ", "xã Thạch Môn", "xã Thạch Đồng", "xã Thạch Hưng"}));
    m["tp-ha-tinh"].collective = "Ban Thường vụ Thành ủy Hà Tĩnh";
    add(district("hong-linh", "Thị", "Hồng Lĩnh", "phường, xã", "phường",
                 {"Bắc Hồng", "Nam Hồng", "Trung Lương", "Đức Thuận", "Đậu Liêu", "xã Thuận Lộc"}));
    add(district("nghi-xuan", "Huyện", "Nghi Xuân", "xã, thị trấn", "xã",
                 {"Xuân Hội", "Xuân Trường", "Xuân Đan", "Xuân Phổ", "Xuân Hải", "Xuân Giang", "Xuân Yên", "Xuân Thành",
                  "Cổ Đạm", "Xuân Liên", "Cương Gián", "Xuân Lĩnh", "Xuân Hồng", "Xuân Lam", "Xuân Viên", "Xuân Mỹ"}));
    add(district("duc-tho", "Huyện", "Đức Thọ", "xã, thị trấn", "xã",
                 {"Tùng Ảnh", "Đức Yên", "Trung Lễ", "Đức Lạng", "Đức Đồng", "Đức Lâm", "Đức Châu", "Đức Thủy",
                  "Bùi Xá", "Yên Hồ", "Đức Nhân", "Đức La", "Trường Sơn", "Liên Minh", "Đức Quang", "Đức Long"}));
    add(district("huong-son", "Huyện", "Hương Sơn", "xã, thị trấn", "xã",
                 {"Sơn Tây", "Sơn Lĩnh", "Sơn Diệm", "Sơn Hàm", "Sơn Phú", "Sơn Trung", "Sơn Bằng", "Sơn Châu",
                  "Sơn Long", "Sơn Trà", "Sơn Thủy", "Sơn Mỹ", "Sơn Tiến", "Sơn Ninh", "Sơn Giang", "Sơn Kim 1"}));
    add(district("huong-khe", "Huyện", "Hương Khê", "xã, thị trấn", "xã",
                 {"Phúc Trạch", "Hương Trạch", "Hương Long", "Phú Phong", "Gia Phố", "Hương Đô", "Hương Thủy",
                  "Phúc Đồng", "Hà Linh", "Hương Vĩnh", "Hương Lâm", "Lộc Yên", "Hòa Hải", "Phương Mỹ", "Hương Bình"}));
    add(district("vu-quang", "Huyện", "Vũ Quang", "xã, thị trấn", "xã",
                 {"Đức Bồng", "Đức Hương", "Đức Liên", "Hương Minh", "Hương Quang", "Sơn Thọ", "Ân Phú", "Đức Giang",
                  "Hương Điền", "Hương Thọ", "Đức Lĩnh"}));
    add(district("can-loc", "Huyện", "Can Lộc", "xã, thị trấn", "xã",
                 {"Thiên Lộc", "Thuần Thiện", "Kim Lộc", "Vượng Lộc", "Thanh Lộc", "Song Lộc", "Thường Nga",
                  "Trường Lộc", "Tùng Lộc", "Yên Lộc", "Phú Lộc", "Gia Hanh", "Khánh Lộc", "Trung Lộc", "Xuân Lộc",
                  "Quang Lộc", "Đồng Lộc", "Mỹ Lộc", "Sơn Lộc", "Vĩnh Lộc"}));
    add(district("loc-ha", "Huyện", "Lộc Hà", "xã", "xã",
                 {"Thạch Bằng", "Thạch Kim", "Thạch Châu", "Thạch Mỹ", "Hộ Độ", "Tân Lộc", "Hồng Lộc", "Thịnh Lộc",
                  "An Lộc", "Bình Lộc", "Ích Hậu", "Phù Lưu", "Mai Phụ"}));
    add(district("thach-ha", "Huyện", "Thạch Hà", "xã, thị trấn", "xã",
                 {"Thạch Long", "Thạch Sơn", "Thạch Kênh", "Thạch Liên", "Việt Xuyên", "Thạch Tiến", "Thạch Thanh",
                  "Thạch Ngọc", "Thạch Hải", "Thạch Lạc", "Thạch Đài", "Thạch Xuân", "Thạch Vĩnh", "Thạch Tân",
                  "Thạch Trị", "Thạch Văn", "Nam Hương", "Bắc Sơn", "Phù Việt", "Tượng Sơn"}));
    add(district("cam-xuyen", "Huyện", "Cẩm Xuyên", "xã, thị trấn", "xã",
                 {"Cẩm Bình", "Cẩm Thành", "Cẩm Quang", "Cẩm Thạch", "Cẩm Nam", "Cẩm Hòa", "Cẩm Dương", "Cẩm Duệ",
                  "Cẩm Mỹ", "Cẩm Hưng", "Cẩm Thịnh", "Cẩm Lộc", "Cẩm Trung", "Cẩm Sơn", "Cẩm Lĩnh", "Cẩm Nhượng"}));
    add(district("ky-anh", "Huyện", "Kỳ Anh", "xã, thị trấn", "xã",
                 {"Kỳ Đồng", "Kỳ Phú", "Kỳ Khang", "Kỳ Xuân", "Kỳ Bắc", "Kỳ Tiến", "Kỳ Giang", "Kỳ Thư", "Kỳ Phong",
                  "Kỳ Tân", "Kỳ Lợi", "Kỳ Hưng", "Kỳ Ninh", "Kỳ Trinh", "Kỳ Thịnh", "Kỳ Lâm", "Kỳ Sơn", "Kỳ Thượng"}));
    add(committee("dang-uy-khoi-cac-co-quan", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh", "ĐUK",
                  "tổ chức cơ sở đảng", "cơ sở đảng", "cán bộ, công chức",
                  {"Đảng bộ Sở Nông nghiệp và Phát triển nông thôn", "Đảng bộ Sở Tài nguyên và Môi trường",
                   "Chi bộ Sở Tư pháp", "Đảng bộ Sở Giáo dục và Đào tạo", "Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh",
                   "Đảng bộ Sở Y tế", "Chi bộ Ban Dân tộc tỉnh", "Đảng bộ Kho bạc Nhà nước tỉnh"},
                  {"“Cơ quan dân vận khéo”", "“Một cửa liên thông, tận tình, chu đáo”", "“Cán bộ, công chức giúp xã nghèo”"}));
    add(committee("dang-uy-khoi-doanh-nghiep", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", "Đảng ủy Khối Doanh nghiệp tỉnh", "ĐUK",
                  "tổ chức cơ sở đảng", "doanh nghiệp", "người lao động",
                  {"Đảng bộ Công ty Điện lực Hà Tĩnh", "Đảng bộ Công ty TNHH MTV Cao su Hà Tĩnh",
                   "Chi bộ Công ty CP Môi trường và Dịch vụ đô thị", "Đảng bộ Bưu điện tỉnh",
                   "Đảng bộ Công ty CP Cấp nước Hà Tĩnh", "Chi bộ Công ty CP Xây dựng Hà Tĩnh"},
                  {"“Doanh nghiệp vì người lao động”", "“Đối thoại định kỳ giữa chủ doanh nghiệp và người lao động”",
                   "“Điện lực thân thiện với khách hàng”"}));
    add(committee("dang-uy-quan-su", "ĐẢNG ỦY QUÂN SỰ TỈNH", "Đảng ủy Quân sự tỉnh", "ĐU", "cơ quan, đơn vị", "đơn vị",
                  "cán bộ, chiến sĩ",
                  {"Ban CHQS huyện Đức Thọ", "Ban CHQS huyện Hương Khê", "Trung đoàn 841", "Ban CHQS huyện Kỳ Anh",
                   "Tiểu đoàn Huấn luyện - Cơ động", "Ban CHQS huyện Cẩm Xuyên"},
                  {"“Quân dân y kết hợp”", "“Bộ đội giúp dân xây dựng nông thôn mới”", "“Đơn vị kết nghĩa với xã nghèo”"}));
    add(committee("dang-uy-cong-an", "ĐẢNG ỦY CÔNG AN TỈNH", "Đảng ủy Công an tỉnh", "ĐU", "cơ quan, đơn vị", "đơn vị",
                  "cán bộ, chiến sĩ",
                  {"Công an huyện Can Lộc", "Công an huyện Hương Sơn", "Công an thành phố Hà Tĩnh",
                   "Phòng Cảnh sát giao thông", "Công an huyện Thạch Hà", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"},
                  {"“Khu dân cư an toàn về an ninh trật tự”", "“Công an xã bám địa bàn, gần dân”", "“Camera an ninh khu dân cư”"}));
    add(committee("dang-uy-bien-phong", "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH", "Đảng ủy Bộ đội Biên phòng tỉnh", "ĐU",
                  "cơ quan, đơn vị", "đồn", "cán bộ, chiến sĩ",
                  {"Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo", "Đồn Biên phòng Cửa khẩu Cảng Vũng Áng", "Đồn Biên phòng Sơn Hồng",
                   "Đồn Biên phòng Cửa Sót", "Đồn Biên phòng Cửa Hội", "Hải đội 2"},
                  {"“Đồn biên phòng là nhà, biên giới là quê hương”", "“Nâng bước em tới trường”", "“Tổ tự quản đường biên, cột mốc”"}));
    add(organization("mttq", "ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH", "BAN THƯỜNG TRỰC", "", "Số: {n}/BC-MTTQ-BTT",
                     "Ủy ban MTTQ tỉnh", "nhân dân", {"“Nhà đại đoàn kết”", "“Khu dân cư văn hóa kiểu mẫu”"}));
    m["mttq"].collective = "Ban Thường trực Ủy ban MTTQ tỉnh";
    m["mttq"].sign_authority = "TM. BAN THƯỜNG TRỰC";
    m["mttq"].grassroots = "Ban công tác Mặt trận";
    m["mttq"].grassroots_one = "khu dân cư";
    add(organization("hoi-nong-dan", "HỘI NÔNG DÂN TỈNH HÀ TĨNH", "BAN THƯỜNG VỤ", "HỘI NÔNG DÂN VIỆT NAM",
                     "Số: {n}-BC/HNDT", "Hội Nông dân tỉnh", "hội viên nông dân",
                     {"“Nông dân sản xuất kinh doanh giỏi”", "“Tổ hợp tác trồng rau an toàn”"}));
    add(organization("hoi-lhpn", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH", "BAN THƯỜNG VỤ", "", "Số: {n}/BC-HPN",
                     "Hội Liên hiệp Phụ nữ tỉnh", "hội viên phụ nữ", {"“Tiết kiệm tạo vốn”", "“5 không, 3 sạch”"}));
    add(organization("tinh-doan", "TỈNH ĐOÀN HÀ TĨNH", "***", "ĐOÀN TNCS HỒ CHÍ MINH", "Số: {n}-BC/TĐTN-TG",
                     "Tỉnh đoàn", "đoàn viên, thanh niên", {"“Thắp sáng đường quê”", "“Thanh niên lập nghiệp”"}));
    m["tinh-doan"].collective = "Ban Thường vụ Tỉnh đoàn";
    m["tinh-doan"].grassroots = "cơ sở đoàn";
    add(organization("hoi-ccb", "HỘI CỰU CHIẾN BINH TỈNH HÀ TĨNH", "BAN THƯỜNG VỤ", "HỘI CỰU CHIẾN BINH VIỆT NAM",
                     "Số: {n}/BC-CCB", "Hội Cựu chiến binh tỉnh", "hội viên cựu chiến binh",
                     {"“Cựu chiến binh giúp nhau làm kinh tế”", "“Cựu chiến binh gương mẫu”"}));
    add(organization("ldld", "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH", "", "", "Số: {n}/BC-LĐLĐ", "Liên đoàn Lao động tỉnh",
                     "đoàn viên công đoàn", {"“Mái ấm công đoàn”", "“Công đoàn cơ sở vững mạnh”"}));
    m["ldld"].grassroots = "công đoàn cơ sở";
    return m;
}

}  // namespace

const unit_profile& profile_of(const std::string& unit_id) {
    static const std::map<std::string, unit_profile> profiles = build_profiles();
    return profiles.at(unit_id);
}

std::string invented_name(unsigned long long draw) {
    static const char* family[] = {"Nguyễn", "Trần", "Lê", "Phan", "Đặng", "Võ", "Hoàng", "Đinh", "Bùi", "Hồ", "Dương", "Thái"};
    static const char* middle[] = {"Văn", "Đình", "Xuân", "Hữu", "Quang", "Minh", "Trọng", "Thị", "Đức", "Công", "Tiến"};
    static const char* given[] = {"Hùng", "Thắng", "Lợi", "Bình", "Sơn", "Hải", "Hà", "Lam", "Kỳ", "Tuấn", "Thanh",
                                  "Phúc", "Hòa", "Nam", "Vinh", "Tâm", "Hương", "Cường", "Long", "Khánh"};
    return std::string(family[draw % 12]) + " " + middle[(draw / 12) % 11] + " " + given[(draw / 132) % 20];
}

}  // namespace baocao::samplegen
