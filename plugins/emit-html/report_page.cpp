// SPDX-License-Identifier: Apache-2.0
// The page frame: title, navigation, the parts in the order the head of the
// office reads them (who reported, what they covered, the figures, what went
// wrong, then each unit), the inline style and script.

#include "report_page.hpp"

#include "compliance_table.hpp"  // sorted_units, vietnamese_collator
#include "html_text.hpp"
#include "page_assets.hpp"
#include "sections.hpp"

#include <baocao/sdk/text.hpp>

namespace baocao::html {

namespace {

/// The plan's title as a sentence: "tổ chức sơ kết …" → "Tổ chức sơ kết ….".
std::string title_sentence(const std::string& title) {
    std::string t = text::collapse_spaces(title);
    if (t.empty()) return t;
    const std::size_t first = text::utf8_sequence_length(static_cast<unsigned char>(t[0]));
    return text::to_upper(t.substr(0, first)) + t.substr(first) + ". ";
}

}  // namespace

std::string render_page(const run_result& run, const icu::Collator& collator, int offset_minutes, std::int64_t now) {
    std::string page;
    write_page(run, collator, offset_minutes, now, [&](std::string_view piece) { page.append(piece); });
    return page;
}

void write_page(const run_result& run, const icu::Collator& collator, int offset_minutes, std::int64_t now,
                const page_sink& sink) {
    const page_data d = gather(run, compliance::sorted_units(run, collator), offset_minutes, now);
    const std::string plan = run.plan.number.empty() ? std::string("kế hoạch") : "Kế hoạch số " + run.plan.number;
    const std::string title = "Tổng hợp tình hình báo cáo: " + plan;
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta name=\"generator\" content=\"baocao\"><title>" +
        escape(title) + "</title><style>";
    out += page_style;
    out += "</style></head>\n<body><header><h1>" + escape(title) + "</h1><p class=\"sub\">" +
           escape(title_sentence(run.plan.title)) + "Số liệu đến ngày " + escape(date_time_vn(now, offset_minutes)) +
           ".</p>" +
           "<nav><a href=\"#tong-quan\">Tổng quan</a><a href=\"#tinh-hinh\">Tình "
           "hình nộp</a>"
           "<a href=\"#bao-quat\">Nội dung</a><a href=\"#so-lieu\">Số liệu</a><a "
           "href=\"#tep-bi-loai\">Tệp bị loại</a>"
           "<a href=\"#don-vi\">Từng đơn vị</a></nav></header>\n<main>";
    out += headline_section(d);
    out += status_section(d);
    out += coverage_section(d);
    out += figures_section(d);
    write_rejections_section(d, out, sink);
    sink(out);
    write_units_section(d, sink);
    out =
        "</main><footer>Lập tự động từ các báo cáo đã nhận; số liệu cần được "
        "kiểm tra lại trước khi sử dụng."
        "</footer>\n<script>";
    out += page_script;
    out += "</script></body></html>\n";
    sink(out);
}

void html_emitter::prepare(const context&) { collator_ = compliance::vietnamese_collator(); }

void html_emitter::emit(const run_result& run, const context& ctx, const std::filesystem::path& out_dir) const {
    std::unique_ptr<icu::Collator> local;
    const icu::Collator* collator = collator_.get();
    if (!collator) {
        local = compliance::vietnamese_collator();
        collator = local.get();
    }
    atomic_output_file out(out_dir / "report.html");
    write_page(run, *collator, ctx.utc_offset_minutes(), ctx.now(), [&](std::string_view piece) { out.write(piece); });
    out.commit();
}

}  // namespace baocao::html
