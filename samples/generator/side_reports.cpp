// SPDX-License-Identifier: Apache-2.0
// Side reports. Their wording is fixed: each exists to show one thing about
// how a report is judged, and the text says only what that needs.

#include "side_reports.hpp"

#include "unit_profiles.hpp"

namespace baocao::samplegen {

namespace {

/// The usual header without a table: issuer and motto, then number and date, tab-separated.
void add_tab_header(doc_spec& d, const unit_profile& p, int number, const moment& date) {
    std::string number_text = p.number_form;
    number_text.replace(number_text.find("{n}"), 3, std::to_string(number));
    d.body.push_back(make_para(p.issuer_line + "\t" + (p.party_style ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), true));
    d.body.push_back(make_para("*", false, "left"));
    d.body.push_back(make_para(number_text + "\t" + p.place + ", ngày " + std::to_string(date.day) + " tháng " +
                                   std::to_string(date.month) + " năm " + std::to_string(date.year),
                               false, "", true));
}

void add_heading(doc_spec& d, const std::string& text) { d.body.push_back(make_para(text, true)); }

void add_text(doc_spec& d, const std::string& text) {
    para_spec p = make_para(text, false, "both");
    p.first_line = 567;
    d.body.push_back(std::move(p));
}

}  // namespace

doc_spec thematic_report(const std::string& unit_id, int number, const moment& date) {
    const unit_profile& p = profile_of(unit_id);
    doc_spec d;
    d.title = "Báo cáo chuyên đề mô hình Dân vận khéo - " + p.self + " " + p.place;
    add_tab_header(d, p, number, date);
    d.body.push_back(make_para("BÁO CÁO CHUYÊN ĐỀ", true, "center"));
    d.body.push_back(make_para("Mô hình “Dân vận khéo” hiến đất mở rộng đường giao thông nông thôn ở " +
                                   p.grassroots_one + " " + p.localities.front(),
                               true, "center"));
    add_heading(d, "1. Hoàn cảnh ra đời của mô hình");
    add_text(d, "Năm 2011, tuyến đường liên thôn dài 3,2 km xuống cấp, lòng đường hẹp, xe cơ giới không vào được. "
                "Chi bộ thôn bàn bạc, giao cho tổ dân vận thôn vận động từng hộ dân hiến đất, dời tường rào.");
    add_heading(d, "2. Cách làm");
    add_text(d, "Đảng viên, cán bộ thôn gương mẫu hiến đất trước; tổ chức họp dân công khai phương án, đo đạc tại "
                "thực địa; hộ khó khăn được bà con góp công dựng lại cổng, tường rào.");
    add_heading(d, "3. Hiệu quả");
    add_text(d, "Sau 8 tháng, 146 hộ hiến 5.800 m2 đất và 2.100 ngày công; tuyến đường được cứng hóa rộng 5 m. "
                "Mô hình được nhân rộng ra 6 thôn khác trong xã.");
    d.body.push_back(make_para("Nơi nhận:", true));
    d.body.push_back(make_para("- Ban Dân vận Tỉnh ủy;"));
    d.body.push_back(make_para(p.sign_authority, true, "right"));
    return d;
}

doc_spec off_topic_report(const std::string& unit_id, int number, const moment& date) {
    const unit_profile& p = profile_of(unit_id);
    doc_spec d;
    d.title = "Báo cáo kết quả cải cách hành chính năm 2013 - " + p.self + " " + p.place;
    add_tab_header(d, p, number, date);
    d.body.push_back(make_para("BÁO CÁO", true, "center"));
    d.body.push_back(make_para("Kết quả công tác cải cách hành chính 9 tháng đầu năm 2013", true, "center"));
    add_heading(d, "I. KẾT QUẢ ĐẠT ĐƯỢC");
    add_text(d, "Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa liên thông ở cấp huyện và 100% xã, thị trấn "
                "hoạt động ổn định; đã tiếp nhận 12.460 hồ sơ, giải quyết đúng hạn 98,6%.");
    add_text(d, "Rà soát, đề nghị bãi bỏ 14 thủ tục hành chính không còn phù hợp; công khai đầy đủ bộ thủ tục tại trụ sở.");
    add_heading(d, "II. TỒN TẠI, HẠN CHẾ");
    add_text(d, "Một số công chức chưa thành thạo phần mềm một cửa điện tử; cơ sở vật chất bộ phận một cửa ở một số xã còn thiếu.");
    add_heading(d, "III. NHIỆM VỤ QUÝ IV");
    add_text(d, "Đẩy mạnh ứng dụng công nghệ thông tin, nâng cao chỉ số hài lòng của người dân, doanh nghiệp.");
    d.body.push_back(make_para(p.sign_authority, true, "right"));
    return d;
}

doc_spec commune_report(header_layout layout, bool word_like) {
    doc_spec d;
    d.title = "Báo cáo sơ kết Chỉ thị 32-CT/TU - Đảng ủy xã Trung Lễ";
    d.word_like_markup = word_like;
    d.body.push_back(make_para("ĐẢNG BỘ HUYỆN ĐỨC THỌ\tĐẢNG CỘNG SẢN VIỆT NAM", true));
    d.body.push_back(make_para("ĐẢNG ỦY XÃ TRUNG LỄ", true));
    d.body.push_back(make_para("*"));
    const std::string number = "Số 09-BC/ĐU";
    const std::string dated = "Trung Lễ, ngày 10 tháng 9 năm 2013";
    switch (layout) {
        case header_layout::tab: d.body.push_back(make_para(number + "\t" + dated)); break;
        case header_layout::spaces: d.body.push_back(make_para(number + "  " + dated)); break;
        case header_layout::no_break: d.body.push_back(make_para(number + "\u00A0\u00A0\u00A0" + dated)); break;
        case header_layout::two_lines:
            d.body.push_back(make_para(number));
            d.body.push_back(make_para(dated, false, "right", true));
            break;
    }
    d.body.push_back(make_para("BÁO CÁO", true, "center"));
    d.body.push_back(make_para("Sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU về xây dựng mô hình “Dân vận khéo”", true, "center"));
    add_heading(d, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO");
    add_text(d, "Đảng ủy xã đã tổ chức quán triệt Chỉ thị 32-CT/TU đến 100% chi bộ, ban hành kế hoạch thực hiện.");
    add_heading(d, "II. KẾT QUẢ THỰC HIỆN");
    add_text(d, "Toàn xã xây dựng được 12 mô hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa, xã hội.");
    add_heading(d, "III. PHƯƠNG HƯỚNG, GIẢI PHÁP");
    add_text(d, "Tiếp tục nhân rộng các mô hình, điển hình; gắn phong trào với xây dựng nông thôn mới.");
    d.body.push_back(make_para("T/M ĐẢNG ỦY", true, "right"));
    return d;
}

}  // namespace baocao::samplegen
