// SPDX-License-Identifier: Apache-2.0
// The per-unit parts of the page: the coverage grid and the unit table. At
// 500 units the table stays one row per unit; each row's files, versions and
// excerpts are folded in a closed <details>.

#include "sections.hpp"

#include "compliance_table.hpp"  // level_rank, status_text
#include "html_text.hpp"
#include "status_style.hpp"

#include <algorithm>
#include <cstdio>

namespace baocao::html {

namespace {

constexpr std::size_t heading_chars = 120;

// As in compliance.xlsx: a unit without a report that counts has no coverage to
// show.
bool has_report(const unit_entry& u) { return u.status->submission.has_value(); }

std::string badge(const unit_status& u) {
    return "<span class=\"badge\" style=\"background:" + std::string(style_of(u.status).colour) + "\">" +
           escape(compliance::status_text(u)) + "</span>";
}

std::string item_title(const plan_item& item) { return "Mục " + item.id + ": " + excerpt(item.title, 160); }

std::string confidence(double c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%.2f", c);
    return buf;
}

/// One file the unit sent: provenance, dates, status and matched sections.
std::string file_block(const page_data& d, const submission& s) {
    std::string out = "<li><span class=\"src\">" + escape(s.source) + "</span><br>";
    out += "Ngày văn bản: " + (s.document_date ? escape(date_vn(*s.document_date)) : std::string("không rõ"));
    out += "; nhận lúc: " +
           (s.received_at ? escape(date_time_vn(*s.received_at, d.offset_minutes)) : std::string("không qua thư"));
    if (s.superseded_by) out += "; <b>đã có bản sau</b>: <span class=\"src\">" + escape(*s.superseded_by) + "</span>";
    if (s.off_topic) out += "; <b>không đúng chủ đề kế hoạch</b>";
    if (!s.sections.empty()) {
        out += "<ul>";
        for (const auto& m : s.sections)
            out += "<li>Mục " + escape(m.item) + ": " + escape(excerpt(m.heading.str(), heading_chars)) + " (độ tin cậy " +
                   confidence(m.confidence) + ")</li>";
        out += "</ul>";
    }
    for (const auto& p : s.problems) out += "<br><i>" + escape(to_string(p.code)) + "</i>: " + escape(excerpt(p.message, 200));
    return out + "</li>";
}

/// The folded part of a unit's row, appended to `out`, which goes to `sink`
/// whenever it is full.
void write_unit_details(const page_data& d, const unit_entry& u, std::string& out, const page_sink& sink) {
    const unit_status& st = *u.status;
    std::size_t files = u.submissions.size() + u.rejected.size();
    out += "<details><summary>" + escape(st.name) + " <small>(" + std::to_string(files) + " tệp)</small></summary>";
    if (!st.deadline_text.empty()) out += "<p>Thời hạn: " + escape(st.deadline_text) + "</p>";
    if (!st.note.empty()) out += "<p>Ghi chú: " + escape(st.note) + "</p>";
    if (!u.submissions.empty()) {
        out += "<p>Báo cáo đã gửi:</p><ul>";
        for (const auto* s : u.submissions) {
            out += file_block(d, *s);
            flush_if_full(out, sink);
        }
        out += "</ul>";
    }
    if (!st.versions.empty()) {
        out += "<p>Các lần gửi:</p><ol>";
        for (const auto& v : st.versions) {
            out += "<li><span class=\"src\">" + escape(v.source) + "</span> " +
                   (v.submitted_on ? escape(date_vn(*v.submitted_on)) : std::string()) +
                   (v.after_deadline ? " (sau hạn)" : "") + "</li>";
            flush_if_full(out, sink);
        }
        out += "</ol>";
    }
    if (!u.rejected.empty()) {
        out += "<p>Tệp không đọc được:</p><ul>";
        for (const auto* r : u.rejected) {
            out += "<li><span class=\"src\">" + escape(r->source) + "</span>: " + escape(r->message) + "</li>";
            flush_if_full(out, sink);
        }
        out += "</ul>";
    }
    for (const auto& item : d.run->plan.items) {
        const auto it = u.by_item.find(item.id);
        if (it == u.by_item.end()) continue;
        out += "<p id=\"" + excerpt_anchor(u, item.id) + "\"><b>Mục " + escape(item.id) +
               "</b>: " + escape(excerpt(it->second->heading.str(), heading_chars)) + "</p><blockquote>" +
               escape(excerpt(it->second->text.str(), d.excerpt_chars)) + "</blockquote>";
    }
    out += "</details>";
}

}  // namespace

std::string coverage_section(const page_data& d) {
    const auto& items = d.run->plan.items;
    std::string out =
        "<section id=\"bao-quat\"><h2>Nội dung kế hoạch được báo "
        "cáo</h2><p><span class=\"cov\">&nbsp;✓&nbsp;</span> "
        "có nội dung (bấm để xem trích đoạn), <span "
        "class=\"gap\">&nbsp;✗&nbsp;</span> không đề cập, "
        "<span class=\"none\">&nbsp;–&nbsp;</span> chưa có báo cáo.</p>";
    if (items.empty()) return out + "<p>Kế hoạch không có mục nội dung.</p></section>\n";
    out +=
        "<div class=\"scroll\"><table class=\"grid\" "
        "id=\"coverage\"><thead><tr><th>Đơn vị</th>";
    for (const auto& item : items) out += "<th title=\"" + escape(item_title(item)) + "\">" + escape(item.id) + "</th>";
    out += "</tr></thead><tbody>";
    for (const auto& u : d.units) {
        out += "<tr data-unit=\"" + escape(u.status->id) + "\"><td class=\"name\"><a href=\"#" + u.anchor + "\">" +
               escape(u.status->name) + "</a></td>";
        const auto& gaps = u.status->items_not_covered;
        for (const auto& item : items) {
            if (!has_report(u)) {
                out += "<td class=\"none\">–</td>";
            } else if (std::find(gaps.begin(), gaps.end(), item.id) != gaps.end()) {
                out += "<td class=\"gap\">✗</td>";
            } else if (u.by_item.count(item.id)) {
                out += "<td class=\"cov\"><a href=\"#" + excerpt_anchor(u, item.id) + "\">✓</a></td>";
            } else {
                out += "<td class=\"cov\">✓</td>";
            }
        }
        out += "</tr>";
    }
    // The grid's columns name items by number; their titles, for the reader and the printout.
    out += "</tbody></table></div><ul>";
    for (const auto& item : items)
        out += "<li><b>" + escape(item.id) + "</b>: " + escape(excerpt(item.title, 200)) + "</li>";
    return out + "</ul></section>\n";
}

void write_units_section(const page_data& d, const page_sink& sink) {
    std::string out =
        "<section id=\"don-vi\"><h2>Chi tiết từng đơn vị</h2><div "
        "class=\"tools\">"
        "<input id=\"filter\" type=\"search\" placeholder=\"Lọc "
        "theo tên đơn vị…\" aria-label=\"Lọc đơn vị\">"
        "<select id=\"status-filter\" aria-label=\"Trạng "
        "thái\"><option value=\"\">Mọi trạng thái</option>";
    for (const auto& s : statuses)
        out += "<option value=\"" + std::string(s.status) + "\">" + std::string(s.label) + "</option>";
    out += "</select><span>Hiện <b id=\"shown\">" + std::to_string(d.units.size()) + "</b>/" +
           std::to_string(d.units.size()) + " đơn vị</span></div>";
    out +=
        "<div class=\"scroll\"><table id=\"units\"><thead><tr><th "
        "data-key=\"order\" data-num>TT</th>"
        "<th data-key=\"name\">Đơn vị</th><th data-key=\"level\" "
        "data-num>Cấp</th>"
        "<th data-key=\"deadline\">Hạn</th><th data-key=\"submitted\">Ngày "
        "nộp</th>"
        "<th data-key=\"status\">Tình trạng</th><th data-key=\"late\" "
        "data-num>Số ngày chậm</th>"
        "<th data-key=\"gaps\" data-num>Mục chưa đề cập</th></tr></thead><tbody>";
    std::size_t n = 0;
    for (const auto& u : d.units) {
        const unit_status& st = *u.status;
        ++n;
        std::string gaps;
        for (const auto& g : st.items_not_covered) gaps += (gaps.empty() ? "" : ", ") + g;
        const std::string level = std::string(level_label(st.level));
        out += "<tr id=\"" + u.anchor + "\" data-order=\"" + std::to_string(n) + "\" data-name=\"" + escape(st.name) +
               "\" data-level=\"" + std::to_string(compliance::level_rank(st.level)) + "\" data-deadline=\"" +
               escape(st.deadline.value_or("")) + "\" data-submitted=\"" + escape(st.submitted_on.value_or("")) +
               "\" data-status=\"" + escape(st.status) + "\" data-late=\"" +
               (st.days_late ? std::to_string(*st.days_late) : "") + "\" data-gaps=\"" +
               std::to_string(st.items_not_covered.size()) + "\" data-find=\"" +
               escape(st.name + " " + st.id + " " + level) + "\">";
        out += "<td class=\"n\">" + std::to_string(n) + "</td><td>";
        write_unit_details(d, u, out, sink);
        out += "</td><td>" + escape(level) +
               "</td><td>" + escape(date_vn(st.deadline.value_or(""))) + "</td><td>" +
               escape(date_vn(st.submitted_on.value_or(""))) + "</td><td>" + badge(st) + "</td><td class=\"n\">" +
               (st.days_late && *st.days_late ? std::to_string(*st.days_late) : "") + "</td><td>" + escape(gaps) +
               "</td></tr>";
        flush_if_full(out, sink);
    }
    out += "</tbody></table></div></section>\n";
    sink(out);
}

}  // namespace baocao::html
