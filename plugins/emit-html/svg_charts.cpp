// SPDX-License-Identifier: Apache-2.0
// Coordinates are whole numbers in a fixed viewBox, so the SVG text depends
// only on the run, and the browser scales it to the page's width.

#include "svg_charts.hpp"

#include "html_text.hpp"
#include "status_style.hpp"

#include <baocao/sdk/dates.hpp>

#include <algorithm>
#include <cmath>

namespace baocao::html {

namespace {

constexpr int chart_width = 760;
constexpr int label_width = 190;

std::string num(long long v) { return std::to_string(v); }

/// Letters in UTF-8 text, for the width a legend entry takes.
int code_points(std::string_view utf8) {
    int n = 0;
    for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string open_svg(int height, const std::string& label) {
    return "<svg class=\"chart\" role=\"img\" aria-label=\"" + escape(label) + "\" viewBox=\"0 0 " + num(chart_width) +
           " " + num(height) + "\" width=\"" + num(chart_width) + "\" height=\"" + num(height) +
           "\" xmlns=\"http://www.w3.org/2000/svg\">";
}

std::string text_at(int x, int y, const std::string& content, const char* extra = "") {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + extra + ">" + escape(content) + "</text>";
}

std::string rect(int x, int y, int w, int h, std::string_view fill) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) +
           "\" fill=\"" + std::string(fill) + "\"/>";
}

}  // namespace

std::string status_chart(const std::vector<level_statuses>& levels) {
    const int row = 30, top = 34;
    const int height = top + row * static_cast<int>(levels.size()) + 10;
    std::string out = open_svg(height, "Tình hình nộp báo cáo theo cấp");
    // Legend.
    int lx = 0;
    for (const auto& s : statuses) {
        out += rect(lx, 6, 12, 12, s.colour) + text_at(lx + 16, 17, std::string(s.label));
        lx += 24 + code_points(s.label) * 7;
    }
    std::size_t most = 1;
    for (const auto& l : levels) {
        std::size_t sum = 0;
        for (const auto& [k, n] : l.counts) sum += n;
        most = std::max(most, sum);
    }
    const int span = chart_width - label_width - 40;
    int y = top;
    for (const auto& l : levels) {
        std::size_t sum = 0;
        for (const auto& [k, n] : l.counts) sum += n;
        out += text_at(0, y + 15, std::string(level_label(l.level)));
        int x = label_width;
        for (const auto& s : statuses) {
            const auto it = l.counts.find(std::string(s.status));
            if (it == l.counts.end() || it->second == 0) continue;
            const int w = std::max(2, static_cast<int>(std::lround(static_cast<double>(it->second) * span / most)));
            out += "<g><title>" +
                   escape(std::string(level_label(l.level)) + ": " + std::string(s.label) + " " +
                          std::to_string(it->second)) +
                   "</title>" + rect(x, y, w, 20, s.colour) + "</g>";
            x += w;
        }
        out += text_at(x + 4, y + 15, std::to_string(sum));
        y += row;
    }
    return out + "</svg>";
}

std::string timeline_chart(const std::vector<timeline_lane>& lanes) {
    // The span of days: every mark and every deadline, with a day either side.
    std::optional<std::int64_t> first, last;
    auto widen = [&](const std::string& iso) {
        const auto d = dates::from_iso(iso);
        if (!d) return;
        const std::int64_t n = dates::days_from_civil(*d);
        first = first ? std::min(*first, n) : n;
        last = last ? std::max(*last, n) : n;
    };
    for (const auto& lane : lanes) {
        if (lane.deadline) widen(*lane.deadline);
        for (const auto& m : lane.marks) widen(m.date);
    }
    if (!first) return {};
    *first -= 1;
    *last += 1;
    const int span = chart_width - label_width - 20;
    const double per_day = static_cast<double>(span) / static_cast<double>(*last - *first);
    auto x_of = [&](std::int64_t day) { return label_width + static_cast<int>(std::lround((day - *first) * per_day)); };

    // Lane heights: enough rows for the tallest stack of marks on one day.
    constexpr int dot_step = 7, max_stack = 12;
    std::vector<int> heights;
    for (const auto& lane : lanes) {
        std::map<std::string, int> per_day_count;
        int tallest = 1;
        for (const auto& m : lane.marks) tallest = std::max(tallest, ++per_day_count[m.date]);
        heights.push_back(16 + std::min(tallest, max_stack) * dot_step);
    }
    const int top = 26, axis = 30;
    int height = top + axis;
    for (const int h : heights) height += h;
    std::string out = open_svg(height, "Ngày nộp báo cáo so với thời hạn");
    out += "<circle cx=\"6\" cy=\"10\" r=\"3\" fill=\"#2e7d32\"/>" + text_at(14, 14, "Nộp đúng hạn") +
           "<circle cx=\"126\" cy=\"10\" r=\"5\" fill=\"#c62828\"/>" + text_at(136, 14, "Nộp chậm") +
           "<line x1=\"226\" y1=\"10\" x2=\"246\" y2=\"10\" stroke=\"#333\" "
           "stroke-dasharray=\"4 3\"/>" +
           text_at(252, 14, "Ngày cuối cùng đúng hạn");
    int y = top;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const auto& lane = lanes[i];
        const int h = heights[i];
        out += rect(label_width, y, span, h - 4, i % 2 ? "#f5f5f5" : "#fafafa");
        out += text_at(0, y + 14, lane.label);
        if (lane.deadline)
            if (const auto d = dates::from_iso(*lane.deadline)) {
                // Under "before" the due day itself is late: the line stands on its
                // eve.
                const std::int64_t last_on_time = dates::days_from_civil(*d) - (lane.deadline_rule == "by" ? 0 : 1);
                const int x = x_of(last_on_time) + static_cast<int>(per_day / 2);
                out += "<line x1=\"" + num(x) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x) + "\" y2=\"" +
                       num(y + h - 4) + "\" stroke=\"#333\" stroke-dasharray=\"4 3\"><title>" +
                       escape("Hạn: " + date_vn(*lane.deadline)) + "</title></line>";
            }
        std::map<std::string, int> stacked;
        for (const auto& m : lane.marks) {
            const auto d = dates::from_iso(m.date);
            if (!d) continue;
            const int k = stacked[m.date]++;
            const int cx = x_of(dates::days_from_civil(*d)) + (k / max_stack) * 3;
            const int cy = y + 10 + (k % max_stack) * dot_step;
            out += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" +
                   (m.late ? "5\" fill=\"#c62828\" stroke=\"#000\" stroke-width=\"0.5\"" : "3\" fill=\"#2e7d32\"") +
                   "><title>" + escape(m.title) + "</title></circle>";
        }
        y += h;
    }
    // Axis: about eight dates, evenly spaced.
    const std::int64_t days = *last - *first;
    const std::int64_t step = std::max<std::int64_t>(1, (days + 7) / 8);
    out += "<line x1=\"" + num(label_width) + "\" y1=\"" + num(y) + "\" x2=\"" + num(label_width + span) + "\" y2=\"" +
           num(y) + "\" stroke=\"#666\"/>";
    for (std::int64_t day = *first; day <= *last; day += step) {
        const auto d = dates::civil_from_days(day);
        out += text_at(x_of(day) - 14, y + 16,
                       (d.day < 10 ? "0" : "") + std::to_string(d.day) + "/" + (d.month < 10 ? "0" : "") +
                           std::to_string(d.month));
    }
    return out + "</svg>";
}

std::string indicator_chart(const std::string& title, const std::string& measure, std::vector<bar> bars, double total,
                            const std::string& coverage, std::size_t max_bars) {
    std::stable_sort(bars.begin(), bars.end(), [](const bar& a, const bar& b) { return a.value > b.value; });
    if (bars.size() > max_bars && max_bars > 1) {
        bar rest{"Các đơn vị khác (" + std::to_string(bars.size() - max_bars + 1) + ")", 0};
        for (std::size_t i = max_bars - 1; i < bars.size(); ++i) rest.value += bars[i].value;
        bars.resize(max_bars - 1);
        bars.push_back(std::move(rest));
    }
    const int row = 18, top = 26;
    const int height = top + row * static_cast<int>(bars.size()) + 6;
    std::string out = open_svg(height, title);
    out += text_at(0, 16,
                   title + ": toàn tỉnh " + number(total) + " " + measure + (coverage.empty() ? "" : ", " + coverage),
                   " font-weight=\"bold\"");
    double most = 0;
    for (const auto& b : bars) most = std::max(most, b.value);
    const int span = chart_width - label_width - 70;
    int y = top;
    for (const auto& b : bars) {
        const int w = most > 0 ? std::max(1, static_cast<int>(std::lround(b.value * span / most))) : 1;
        out += text_at(0, y + 12, excerpt(b.label, 30)) + rect(label_width, y + 2, w, 12, "#1565c0") +
               text_at(label_width + w + 4, y + 12, number(b.value));
        y += row;
    }
    return out + "</svg>";
}

}  // namespace baocao::html
