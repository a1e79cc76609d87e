// SPDX-License-Identifier: Apache-2.0
#include "report_builder.hpp"

#include "tcvn3_encoder.hpp"
#include "text_util.hpp"

namespace baocao::samplegen {

std::string roman(int n) {
    static const char* tens[] = {"", "X", "XX", "XXX"};
    static const char* ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return std::string(tens[(n / 10) % 4]) + ones[n % 10];
}

namespace {

// The roster unit's profile, or with `foreign_place` a district committee of
// another province that writes like it but is not in the roster.
unit_profile profile_for(const report_options& opt) {
    unit_profile p = profile_of(opt.unit_id);
    if (opt.foreign_place.empty()) return p;
    p.id = "foreign";
    p.place = opt.foreign_place;
    p.parent_line = "ĐẢNG BỘ TỈNH " + upper(opt.foreign_province);
    p.issuer_line = "HUYỆN ỦY " + opt.foreign_place;
    p.self = "Huyện ủy";
    p.collective = "Ban Thường vụ Huyện ủy " + opt.foreign_place;
    p.symbol = "HU";
    p.number_form = "Số {n}-BC/HU";
    p.area_noun = "huyện";
    return p;
}

}  // namespace

report_builder::report_builder(const report_options& opt, random_source& rng)
    : opt_(opt), rng_(rng), profile_(profile_for(opt)) {
    out_.unit_id = opt.unit_id;
    out_.document_date = opt.date.iso_date();
    out_.doc.word_like_markup = opt.word_like_markup;
    out_.doc.markup_seed = opt.seed ^ 0x5A5A;
    out_.doc.revision_count = opt.revision_count;
    if (opt.tcvn3) {
        out_.doc.legacy_fonts = {tcvn3_font, tcvn3_caps_font};
        out_.doc.body_font = tcvn3_font;
    }
    if (opt.headings == heading_mode::auto_styles) out_.doc.numbering_in_heading_styles = true;
    if (opt.headings == heading_mode::auto_direct) out_.doc.numbering = true;
    out_.doc.track_revisions = opt.tracked_changes;
}

std::vector<run_spec> report_builder::runs(const std::string& text, bool bold, bool italic) const {
    run_spec style;
    style.bold = bold;
    style.italic = italic;
    if (opt_.tcvn3) return tcvn3_runs(text, style);
    style.text = text;
    return {style};
}

run_spec report_builder::caps_run(const std::string& text, bool bold) const {
    run_spec style;
    style.bold = bold;
    if (opt_.tcvn3) return tcvn3_caps_run(text, style);
    style.text = text;
    return style;
}

para_spec report_builder::frame_para(const std::string& text, bool bold, const std::string& align, bool italic,
                                     bool caps) const {
    para_spec p;
    p.align = align;
    if (caps && opt_.tcvn3)
        p.runs.push_back(caps_run(text, bold));
    else
        p.runs = runs(text, bold, italic);
    return p;
}

void report_builder::add_frame(block_spec b) { out_.doc.body.push_back(std::move(b)); }

void report_builder::body_para(const std::string& text, std::optional<int> item) {
    body_para_runs(runs(text), text, item);
}

void report_builder::body_para_runs(std::vector<run_spec> rs, const std::string& visible, std::optional<int> item) {
    para_spec p;
    p.align = "both";
    p.first_line = 567;
    p.space_before = 60;
    p.runs = std::move(rs);
    out_.doc.body.push_back(std::move(p));
    out_.body.push_back({"paragraph", -1, visible, item});
}

void report_builder::part_heading(const std::string& ordinal, const std::string& title, std::optional<int> item) {
    para_spec a = frame_para(ordinal, true, "center");
    a.space_before = 240;
    a.keep_next = true;
    out_.doc.body.push_back(std::move(a));
    out_.body.push_back({"heading", 0, ordinal, item});
    const std::string caps = upper(title);
    para_spec b = frame_para(caps, true, "center", false, true);
    b.keep_next = true;
    out_.doc.body.push_back(std::move(b));
    out_.body.push_back({"heading", 0, caps, item});
}

void report_builder::restart_numbering() {
    section_count_ = 0;
    subsection_count_ = 0;
    num_id_ = 2;
}

void report_builder::heading(int level, const std::string& title, std::optional<int> item) {
    const bool top = level == 1;
    const std::string shown = top ? upper(title) : title;
    std::string label;
    if (top) {
        ++section_count_;
        subsection_count_ = 0;
        label = roman(section_count_) + ".";
    } else {
        ++subsection_count_;
        label = std::to_string(subsection_count_) + ".";
    }
    para_spec p;
    p.align = "both";
    p.first_line = 567;
    p.space_before = 120;
    p.keep_next = true;
    const heading_mode mode = opt_.headings;
    const bool typed = mode == heading_mode::typed || mode == heading_mode::typed_styles;
    const bool automatic = mode == heading_mode::auto_styles || mode == heading_mode::auto_direct;
    if (mode == heading_mode::typed_styles || mode == heading_mode::auto_styles) p.style = top ? "Heading1" : "Heading2";
    const std::string text = typed ? label + " " + shown : shown;
    if (top && opt_.tcvn3)
        p.runs.push_back(caps_run(text, true));
    else
        p.runs = runs(text, true, !top && mode == heading_mode::bold_only);
    // Style-borne numbering needs a direct numPr only to switch to the restarted list.
    if (mode == heading_mode::auto_direct || (mode == heading_mode::auto_styles && num_id_ != 1))
        p.numbering = numbering_ref{num_id_, top ? 0 : 1};
    out_.doc.body.push_back(std::move(p));
    out_.body.push_back({"heading", level, automatic ? label + " " + shown : text, item});
}

void report_builder::body_table(const std::vector<std::vector<std::string>>& cells, const std::vector<int>& widths,
                                std::optional<int> item) {
    table_spec t;
    t.borderless = false;
    t.widths = widths;
    t.bold_first_row = true;
    std::string visible;
    for (const auto& row : cells) {
        std::vector<std::vector<para_spec>> r;
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            r.push_back({frame_para(row[i], false, "center")});
            line += (i == 0 ? "" : "\t") + row[i];
        }
        t.rows.push_back(std::move(r));
        visible += (visible.empty() ? "" : "\n") + line;
    }
    out_.doc.body.push_back(std::move(t));
    out_.body.push_back({"table", -1, visible, item});
}

void report_builder::topic_paras(topic t, std::size_t count, std::optional<int> item) {
    for (const std::string& s : compose(t, count, vars_, rng_)) {
        if (opt_.long_form && rng_.chance(0.8))
            body_para(s + " " + figure_sentence(), item);
        else
            body_para(s, item);
    }
    if (opt_.long_form && count > 0 && rng_.chance(0.5)) locality_table(item);
}

std::string report_builder::figure_sentence() {
    static const char* const forms[] = {
        "Trong kỳ, đã tổ chức {a} hội nghị, buổi sinh hoạt với {b} lượt người tham dự, đạt {p}% kế hoạch.",
        "Đã vận động nhân dân đóng góp {b} ngày công và {a} triệu đồng, hiến {c} m² đất làm đường giao thông.",
        "Có {a} mô hình được công nhận, tăng {c} mô hình so với năm trước; {p}% hộ gia đình tham gia.",
        "Toàn {gr} đã giải quyết {a} đơn thư, kiến nghị, đạt tỷ lệ {p}%; hòa giải thành {c} vụ việc.",
        "Số hộ nghèo giảm còn {c} hộ ({p}%), thu nhập bình quân đạt {a} triệu đồng/người/năm."};
    std::string s = rng_.pick(std::vector<std::string>(std::begin(forms), std::end(forms)));
    auto put = [&](const std::string& key, const std::string& value) {
        const std::size_t at = s.find(key);
        if (at != std::string::npos) s.replace(at, key.size(), value);
    };
    put("{a}", std::to_string(rng_.between(12, 980)));
    put("{b}", std::to_string(rng_.between(1200, 98000)));
    put("{c}", std::to_string(rng_.between(3, 160)));
    put("{p}", std::to_string(rng_.between(61, 99)) + "," + std::to_string(rng_.between(0, 9)));
    put("{gr}", profile_.area_noun);
    return s;
}

void report_builder::locality_table(std::optional<int> item) {
    std::vector<std::vector<std::string>> cells{
        {"TT", "Đơn vị", "Số mô hình", "Số hộ tham gia", "Ngày công", "Kinh phí (triệu đồng)"}};
    std::vector<std::string> names = profile_.localities;
    if (names.empty()) names = {"Khối cơ quan", "Khối doanh nghiệp", "Khối trường học", "Khối lực lượng vũ trang"};
    long long totals[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < names.size(); ++i) {
        const long long v[4] = {rng_.between(1, 40), rng_.between(50, 4000), rng_.between(100, 9000),
                                rng_.between(10, 2500)};
        std::vector<std::string> row{std::to_string(i + 1), names[i]};
        for (int k = 0; k < 4; ++k) {
            totals[k] += v[k];
            row.push_back(std::to_string(v[k]));
        }
        cells.push_back(std::move(row));
    }
    std::vector<std::string> sum{"", "Cộng"};
    for (long long t : totals) sum.push_back(std::to_string(t));
    cells.push_back(std::move(sum));
    body_para("Kết quả cụ thể ở từng đơn vị được tổng hợp tại bảng sau:", item);
    body_table(cells, {567, 2835, 1418, 1418, 1418, 1701}, item);
}

composed_report report_builder::finish() { return std::move(out_); }

}  // namespace baocao::samplegen
