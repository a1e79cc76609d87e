// SPDX-License-Identifier: Apache-2.0
// The summary parts of the page: counts, charts, figures, rejections.

#include "sections.hpp"

#include "html_text.hpp"
#include "status_style.hpp"
#include "svg_charts.hpp"

#include <algorithm>

namespace baocao::html {

namespace {

constexpr std::size_t max_bars_per_chart = 30;

std::string head_box(const std::string& value, const std::string& label, const char* kind = "") {
    return std::string("<div class=\"head ") + kind + "\"><b>" + escape(value) + "</b>" + escape(label) + "</div>";
}

std::size_t count_status(const page_data& d, std::string_view status) {
    return static_cast<std::size_t>(
        std::count_if(d.units.begin(), d.units.end(), [&](const unit_entry& u) { return u.status->status == status; }));
}

/// Levels in the table's order, each once.
std::vector<std::string> levels_of(const page_data& d) {
    std::vector<std::string> out;
    for (const auto& u : d.units)
        if (std::find(out.begin(), out.end(), u.status->level) == out.end()) out.push_back(u.status->level);
    return out;
}

}  // namespace

std::string headline_section(const page_data& d) {
    std::size_t received = 0;
    for (const auto& u : d.units) received += u.status->submission ? 1 : 0;
    std::string out = "<section id=\"tong-quan\"><h2>Tổng quan</h2><div class=\"heads\">";
    out += head_box(std::to_string(received) + "/" + std::to_string(d.units.size()), "đơn vị đã gửi báo cáo");
    out += head_box(std::to_string(count_status(d, "on_time")), "đúng hạn", "ok");
    out += head_box(std::to_string(count_status(d, "late")), "chậm", "late");
    out += head_box(std::to_string(count_status(d, "missing")), "chưa nộp");
    out += head_box(std::to_string(count_status(d, "unreadable")), "tệp không đọc được", "bad");
    out += head_box(std::to_string(d.run->rejected.size()), "tệp bị loại", "bad");
    if (const auto n = count_status(d, "not_yet_due")) out += head_box(std::to_string(n), "chưa đến hạn");
    if (const auto n = count_status(d, "undetermined")) out += head_box(std::to_string(n), "chưa xác định");
    out += "</div><p>Đã đọc " + std::to_string(d.run->summary.submissions) + " báo cáo từ " +
           std::to_string(d.run->summary.inputs) + " đầu vào (" + std::to_string(d.run->summary.containers) +
           " thư, hộp thư, tệp nén, thư mục).</p></section>\n";
    return out;
}

std::string status_section(const page_data& d) {
    std::vector<level_statuses> bars;
    std::vector<timeline_lane> lanes;
    for (const auto& level : levels_of(d)) {
        level_statuses b{level, {}};
        timeline_lane lane{std::string(level_label(level)), std::nullopt, "", {}};
        // The lane's deadline: the one most of the level's units have (the earliest
        // on a tie).
        std::map<std::pair<std::string, std::string>, std::size_t> deadlines;
        for (const auto& u : d.units) {
            if (u.status->level != level) continue;
            ++b.counts[u.status->status];
            if (u.status->deadline) ++deadlines[{*u.status->deadline, u.status->deadline_rule}];
            if (!u.status->submitted_on) continue;
            const bool late = u.status->status == "late";
            lane.marks.push_back({*u.status->submitted_on, late,
                                  u.status->name + ": " + date_vn(*u.status->submitted_on) +
                                      (late ? " (" + std::string(style_of("late").label) + ")" : "")});
        }
        std::size_t most = 0;
        for (const auto& [key, n] : deadlines)
            if (n > most) {
                most = n;
                lane.deadline = key.first;
                lane.deadline_rule = key.second;
            }
        bars.push_back(std::move(b));
        lanes.push_back(std::move(lane));
    }
    std::string out = "<section id=\"tinh-hinh\"><h2>Tình hình nộp báo cáo theo cấp</h2>" + status_chart(bars);
    const std::string timeline = timeline_chart(lanes);
    if (!timeline.empty())
        out +=
            "<h2>Ngày nộp so với thời hạn</h2><p>Mỗi chấm là một đơn vị, đặt "
            "theo ngày nộp; chấm đỏ lớn là nộp "
            "chậm. Đường gạch là ngày cuối cùng còn đúng hạn của cấp đó.</p>" +
            timeline;
    return out + "</section>\n";
}

std::string figures_section(const page_data& d) {
    const auto& f = d.figures;
    std::string out = "<section id=\"so-lieu\"><h2>Số liệu theo đơn vị</h2>";
    if (f.empty())
        return out +
               "<p>Các báo cáo không nêu số liệu nào của danh mục chỉ "
               "tiêu.</p></section>\n";
    // Units in the table's order, then those outside the roster as the totals
    // list them.
    std::map<std::string, std::size_t> rank;
    for (std::size_t i = 0; i < d.units.size(); ++i) rank.emplace(d.units[i].status->id, i);
    std::vector<const synthesis::unit_figures*> rows;
    for (const auto& u : f.units) rows.push_back(&u);
    std::stable_sort(rows.begin(), rows.end(), [&](const auto* a, const auto* b) {
        const auto ra = rank.count(a->unit_id) ? rank.at(a->unit_id) : d.units.size();
        const auto rb = rank.count(b->unit_id) ? rank.at(b->unit_id) : d.units.size();
        return ra < rb;
    });
    auto coverage_of = [](const synthesis::indicator& ind) {
        return ind.coverage ? std::to_string(ind.coverage->first) + "/" + std::to_string(ind.coverage->second) +
                                  " đơn vị có số liệu"
                            : std::string();
    };
    out +=
        "<div class=\"scroll\"><table class=\"figures\"><thead><tr><th>Đơn "
        "vị</th>";
    for (const auto& ind : f.indicators) out += "<th>" + escape(synthesis::header_of(ind)) + "</th>";
    out += "</tr></thead><tbody>";
    for (const auto* r : rows) {
        out += "<tr><td>" + escape(r->name) + "</td>";
        for (const auto& ind : f.indicators) {
            const auto v = r->values.find(ind.id);
            out += "<td class=\"n\">" + (v == r->values.end() ? std::string() : number(v->second)) + "</td>";
        }
        out += "</tr>";
    }
    out += "</tbody><tfoot><tr><th>Toàn tỉnh</th>";
    for (const auto& ind : f.indicators) {
        const auto v = f.province.find(ind.id);
        out += "<th class=\"n\">" + (v == f.province.end() ? std::string() : number(v->second)) + "</th>";
    }
    out += "</tr><tr><th>Đơn vị có số liệu</th>";
    for (const auto& ind : f.indicators)
        out += "<td class=\"n\">" +
               (ind.coverage ? std::to_string(ind.coverage->first) + "/" + std::to_string(ind.coverage->second)
                             : std::string()) +
               "</td>";
    out += "</tr></tfoot></table></div>";
    for (const auto& ind : f.indicators) {
        std::vector<bar> bars;
        for (const auto* r : rows)
            if (const auto v = r->values.find(ind.id); v != r->values.end()) bars.push_back({r->name, v->second});
        const auto total = f.province.find(ind.id);
        out += indicator_chart(synthesis::header_of(ind), ind.measure, std::move(bars),
                               total == f.province.end() ? 0 : total->second, coverage_of(ind), max_bars_per_chart);
    }
    return out + "</section>\n";
}

void write_rejections_section(const page_data& d, std::string& out, const page_sink& sink) {
    const auto& run = *d.run;
    out += "<section id=\"tep-bi-loai\"><h2>Tệp bị loại (" + std::to_string(run.rejected.size()) + ")</h2>";
    if (run.rejected.empty()) {
        out += "<p>Không có tệp nào bị loại.</p>";
    } else {
        out +=
            "<table><thead><tr><th>Tệp</th><th>Đơn vị gửi</th><th>Mã</th><th>Lý "
            "do</th></tr></thead><tbody>";
        for (const auto& r : run.rejected) {
            out += "<tr><td class=\"src\">" + escape(r.source) + "</td><td>" + (r.unit ? escape(r.unit->name) : "") +
                   "</td><td>" + escape(r.code) + "</td><td>" + escape(r.message) + "</td></tr>";
            flush_if_full(out, sink);
        }
        out += "</tbody></table>";
    }
    std::size_t problems = 0;
    for (const auto& s : run.submissions) problems += s.problems.size();
    out += "<h2>Vấn đề trong các báo cáo (" + std::to_string(problems) + ")</h2>";
    if (!problems) {
        out += "<p>Không có vấn đề nào.</p></section>\n";
        return;
    }
    out +=
        "<table><thead><tr><th>Tệp</th><th>Đơn vị</th><th>Mã</th><th>Nội "
        "dung</th></tr></thead><tbody>";
    for (const auto& s : run.submissions)
        for (const auto& p : s.problems) {
            out += "<tr><td class=\"src\">" + escape(s.source) + "</td><td>" + (s.unit ? escape(s.unit->name) : "") +
                   "</td><td>" + escape(to_string(p.code)) + "</td><td>" + escape(excerpt(p.message, 300)) + "</td></tr>";
            flush_if_full(out, sink);
        }
    out += "</tbody></table></section>\n";
}

}  // namespace baocao::html
