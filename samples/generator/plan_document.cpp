// SPDX-License-Identifier: Apache-2.0
// The plan text is data: the provincial plan 99-KH/TU of 16/8/2013, kept in
// the source because users' clones do not carry the seeds folder.

#include "plan_document.hpp"

#include <vector>

namespace baocao::samplegen {

namespace {

para_spec body(const std::string& text, bool bold = false) {
    para_spec p = make_para(text, bold, "both");
    p.first_line = 567;
    p.space_before = 60;
    return p;
}

const char* const purpose[] = {
    "1. Đánh giá đúng thực chất tình hình, kết quả triển khai, tổ chức thực hiện Chỉ thị 32-CT/TU ở các địa phương, cơ "
    "quan, đơn vị trong thời gian qua; khẳng định được những ưu điểm, mặt tốt cần tiếp tục phát huy và nhân rộng, đặc "
    "biệt cần thấy rõ những tồn tại, hạn chế, nguyên nhân chủ quan để tiếp tục đề ra các chủ trương, giải pháp phù hợp "
    "thực hiện có hiệu quả Chỉ thị trong thời gian tới.",
    "2. Thông qua sơ kết nhằm nâng cao nhận thức, trách nhiệm cho cấp uỷ, chính quyền, các ban, ngành, đoàn thể các cấp "
    "về vai trò, vị trí, tầm quan trọng của phong trào thi đua “Dân vận khéo”. Qua đó, đẩy mạnh các phong trào thi đua "
    "yêu nước, vận động cán bộ, đảng viên và các tầng lớp nhân dân thực hiện có hiệu quả các nhiệm vụ chính trị, xây "
    "dựng Đảng và các tổ chức quần chúng của địa phương, cơ quan, đơn vị.",
    "3. Hội nghị sơ kết phải được tiến hành nghiêm túc, hiệu quả, thiết thực, tránh hình thức, đảm bảo đúng thời gian "
    "quy định."};

const char* const content[] = {
    "- Đánh giá tình hình kết quả việc tổ chức quán triệt, tuyên truyền, triển khai thực hiện Chỉ thị 32-CT/TU, ngày "
    "18/9/2008 của Ban Thường vụ Tỉnh ủy tại các địa phương, cơ quan, đơn vị. Đánh giá việc xây dựng và ban hành các văn "
    "bản chỉ đạo, hướng dẫn, cụ thể hoá Chỉ thị của cấp uỷ đảng, chính quyền trong các địa phương, cơ quan, đơn vị.",
    "- Làm rõ những kết quả đạt được, những kinh nghiệm hay, những mô hình tốt cần biểu dương nhân rộng, cách làm có "
    "hiệu quả trong quá trình thực hiện phong trào thi đua “Dân vận khéo”; đánh giá khách quan về những nội dung chưa "
    "được, những khó khăn, vướng mắc cần tháo gỡ.",
    "- Vai trò, trách nhiệm và kết quả hoạt động của Mặt trận Tổ quốc và các đoàn thể trong việc hưởng ứng và tổ chức "
    "thực hiện xây dựng mô hình, điển hình và sự hưởng ứng của các tầng lớp nhân dân trong phong trào thi đua “Dân vận "
    "khéo”, nhất là xây dựng mô hình, điển hình trong xây dựng nông thôn mới.",
    "- Từ kinh nghiệm thực tế của các địa phương, cơ quan, đơn vị; tìm ra những giải pháp có tính khả thi cao, giúp các "
    "địa phương và cơ sở đẩy mạnh phong trào thi đua “Dân vận khéo” có hiệu quả hơn trong những năm tiếp theo. Những "
    "kiến nghị, đề xuất với cấp ủy, chính quyền trong lãnh đạo, chỉ đạo và tổ chức thực hiện Chỉ thị."};

const char* const method[] = {
    "1. Các địa phương, cơ quan, đơn vị căn cứ Kế hoạch sơ kết của Ban Thường vụ Tỉnh uỷ và điều kiện cụ thể của đơn "
    "vị mình để tiến hành sơ kết cấp cơ sở một cách thiết thực, hiệu quả, phấn đấu xong trước 10/9/2013; cấp huyện, "
    "thành, thị ủy, đảng ủy trực thuộc xong trước ngày 05/10/2013; cấp tỉnh tổ chức Hội nghị sơ kết vào dịp kỷ niệm 83 "
    "năm ngày thành lập Dân vận của Đảng 15/10/2013.",
    "2. Giao Ban Chỉ đạo phong trào Dân vận khéo của Tỉnh ủy và các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy được phân "
    "công phụ trách các địa phương, đơn vị chỉ đạo sơ kết đảm bảo mục đích, yêu cầu và thời gian đề ra.",
    "3. Ban Dân vận Tỉnh ủy theo chức năng của mình để hướng dẫn tổ chức thực hiện, tổng hợp xây dựng báo cáo trình "
    "Ban Thường vụ Tỉnh ủy và chủ trì phối hợp tổ chức Hội nghị sơ kết cấp tỉnh."};

}  // namespace

doc_spec plan_document() {
    doc_spec d;
    d.title = "Kế hoạch sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU";
    d.creator = "Ban Dân vận Tỉnh ủy";
    d.created = "2013-08-15T07:45:00Z";
    d.modified = "2013-08-16T02:10:00Z";

    table_spec header;
    header.widths = {3969, 5245};
    header.rows.push_back({{make_para("TỈNH UỶ HÀ TĨNH", true, "center"), make_para("*", false, "center"),
                            make_para("Số  99 - KH/TU", false, "center")},
                           {make_para("ĐẢNG CỘNG SẢN VIỆT NAM", true, "center"), make_para("___________________", false, "center"),
                            make_para("", false, "center"),
                            make_para("Hà Tĩnh, ngày 16  tháng 8 năm 2013", false, "right", true)}});
    d.body.push_back(header);

    para_spec kind = make_para("KẾ HOẠCH", true, "center");
    kind.space_before = 240;
    kind.runs.front().size = 30;
    d.body.push_back(kind);
    d.body.push_back(make_para("tổ chức sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của Ban Thường vụ Tỉnh uỷ “về tăng cường "
                               "lãnh đạo, chỉ đạo công tác xây dựng mô hình “Dân vận khéo” trong thời gian tới”",
                               true, "center"));
    d.body.push_back(make_para("-----", false, "center"));
    d.body.push_back(body("Thực hiện chương trình công tác năm 2013, Ban Thường vụ Tỉnh uỷ triển khai kế hoạch tổ chức "
                          "sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU, ngày 18/9/2008 của Ban Thường vụ Tỉnh uỷ “về tăng "
                          "cường lãnh đạo, chỉ đạo công tác xây dựng mô hình “Dân vận khéo” trong thời gian tới” như sau:"));
    d.body.push_back(body("I. MỤC ĐÍCH, YÊU CẦU", true));
    for (const char* s : purpose) d.body.push_back(body(s));
    d.body.push_back(body("II. NỘI DUNG", true));
    for (const char* s : content) d.body.push_back(body(s));
    d.body.push_back(body("III. PHƯƠNG THỨC VÀ THỜI GIAN SƠ KẾT", true));
    for (const char* s : method) d.body.push_back(body(s));

    std::vector<para_spec> left;
    para_spec to = make_para("Nơi nhận:", true, "left", true);
    to.runs.front().underline = true;
    left.push_back(to);
    for (const char* r : {"- Ban Dân vận TW; (để b/c)", "- Các Ban XD đảng của Tỉnh uỷ;",
                          "- Các thành viên BCĐ phong trào Dân vận khéo;", "- MTTQ và các đoàn thể nhân dân;",
                          "- Các huyện, thành, thị uỷ, đảng uỷ trực thuộc;", "- Lưu."})
        left.push_back(make_para(r, false, "left"));
    std::vector<para_spec> right{make_para("T/M BAN THƯỜNG VỤ", true, "center"), make_para("PHÓ BÍ THƯ", true, "center"),
                                 make_para("Đã ký", false, "center", true), make_para("Đinh Xuân Việt", true, "center")};
    table_spec sign;
    sign.widths = {4536, 4678};
    sign.rows.push_back({left, right});
    d.body.push_back(sign);
    return d;
}

}  // namespace baocao::samplegen
