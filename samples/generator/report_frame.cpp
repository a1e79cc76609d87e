// SPDX-License-Identifier: Apache-2.0
// The frame of a report: header block, title, signature and recipients.
// Party reports follow HD 36-HD/VPTW; the Front and mass organizations use
// their own (state-like) headers, as they do in practice.

#include "report_composer.hpp"

#include "text_util.hpp"

#include <cstdio>

namespace baocao::samplegen {

std::string date_line(const report_options& opt, const std::string& place) {
    char buf[96];
    if (opt.padded_date)
        std::snprintf(buf, sizeof buf, ", ngày %02d tháng %02d năm %d", opt.date.day, opt.date.month, opt.date.year);
    else
        std::snprintf(buf, sizeof buf, ", ngày %d tháng %d năm %d", opt.date.day, opt.date.month, opt.date.year);
    return place + buf;
}

void add_header(report_builder& b, const std::string& number_text) {
    const unit_profile& p = b.profile();
    const report_options& opt = b.options();
    std::vector<para_spec> left;
    std::vector<para_spec> right;
    if (opt.parent_line && !p.parent_line.empty()) left.push_back(b.frame_para(p.parent_line, false, "center", false, true));
    left.push_back(b.frame_para(upper(p.issuer_line), true, "center", false, true));
    if (!p.issuer_sub.empty()) left.push_back(b.frame_para(p.issuer_sub, true, "center", false, true));
    if (p.party_style) left.push_back(b.frame_para("*", false, "center"));
    left.push_back(b.frame_para(number_text, false, "center"));
    if (p.party_style) {
        right.push_back(b.frame_para("ĐẢNG CỘNG SẢN VIỆT NAM", true, "center", false, true));
    } else if (!p.right_title.empty()) {
        right.push_back(b.frame_para(p.right_title, true, "center", false, true));
    } else {
        right.push_back(b.frame_para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, "center", false, true));
        right.push_back(b.frame_para("Độc lập - Tự do - Hạnh phúc", true, "center"));
    }
    right.push_back(b.frame_para("___________________", false, "center"));
    right.push_back(b.frame_para("", false, "center"));
    right.push_back(b.frame_para(date_line(opt, p.place), false, "right", true));
    if (opt.header_in_table) {
        table_spec t;
        t.widths = {3969, 5245};
        t.rows.push_back({left, right});
        b.add_frame(std::move(t));
        return;
    }
    // Without a table the typist aligned the two halves with tabs.
    const std::size_t n = std::max(left.size(), right.size());
    for (std::size_t i = 0; i < n; ++i) {
        para_spec line;
        if (i < left.size()) line.runs = left[i].runs;
        if (i < right.size()) {
            run_spec tab;
            tab.text = "\t\t";
            line.runs.push_back(tab);
            for (const run_spec& r : right[i].runs) line.runs.push_back(r);
        }
        b.add_frame(std::move(line));
    }
}

void add_title(report_builder& b) {
    para_spec kind = b.frame_para("BÁO CÁO", true, "center", false, true);
    kind.space_before = 240;
    kind.runs.front().size = 30;
    b.add_frame(std::move(kind));
    static const std::vector<std::string> summaries{
        "Sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU, ngày 18/9/2008 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo, "
        "chỉ đạo công tác xây dựng mô hình “Dân vận khéo”",
        "sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU của Ban Thường vụ Tỉnh ủy “về tăng cường lãnh đạo, chỉ đạo công tác "
        "xây dựng mô hình “Dân vận khéo” trong thời gian tới”",
        "Kết quả 5 năm thực hiện phong trào thi đua “Dân vận khéo” theo Chỉ thị 32-CT/TU (2008 - 2013)"};
    b.add_frame(b.frame_para(b.rng().pick(summaries), true, "center"));
    b.add_frame(b.frame_para("-----", false, "center"));
}

void add_signature(report_builder& b) {
    const unit_profile& p = b.profile();
    std::vector<para_spec> left;
    para_spec to = b.frame_para("Nơi nhận:", true, "left", true);
    to.runs.front().underline = true;
    left.push_back(std::move(to));
    for (const char* r : {"- Thường trực Tỉnh ủy;", "- Ban Dân vận Tỉnh ủy;", "- Thường trực " , "- Lưu VP."}) {
        std::string line = r;
        if (line == "- Thường trực ") line += p.self + ";";
        left.push_back(b.frame_para(line, false, "left"));
    }
    std::vector<para_spec> right;
    right.push_back(b.frame_para(p.sign_authority, true, "center", false, true));
    static const std::vector<std::string> positions{"BÍ THƯ", "PHÓ BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"};
    static const std::vector<std::string> org_positions{"CHỦ TỊCH", "PHÓ CHỦ TỊCH"};
    const auto& pos = p.party_style ? positions : org_positions;
    right.push_back(b.frame_para(b.rng().pick(pos), true, "center", false, true));
    static const std::vector<std::string> signed_marks{"(Đã ký)", "Đã ký", "(đã ký)", "(Đã ký và đóng dấu)"};
    right.push_back(b.frame_para(b.rng().pick(signed_marks), false, "center", true));
    right.push_back(b.frame_para(invented_name(b.rng().next()), true, "center"));
    table_spec t;
    t.widths = {4536, 4678};
    t.rows.push_back({left, right});
    b.add_frame(std::move(t));
}

}  // namespace baocao::samplegen
