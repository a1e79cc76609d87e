// SPDX-License-Identifier: Apache-2.0
// Rows follow compliance.csv's order (emit-csv's sorted_units), so the office
// sees the same list in the CSV, the workbook and the page.

#include "sheets.hpp"

#include "compliance_table.hpp"  // columns, status_text

#include <algorithm>
#include <map>

namespace baocao::xlsx {

namespace {

/// Background colours of the status cells, as on report.html but lighter.
std::uint32_t status_fill(const std::string& status) {
    if (status == "on_time") return 0xC8E6C9;
    if (status == "late") return 0xFFCDD2;
    if (status == "missing") return 0xE0E0E0;
    if (status == "unreadable") return 0xE1BEE7;
    if (status == "not_yet_due") return 0xBBDEFB;
    return 0xFFF59D;
}

/// The Vietnamese title of each of compliance.csv's columns, in its order.
constexpr const char* compliance_titles[] = {
    "Mã đơn vị", "Đơn vị",      "Cấp",      "Hạn nộp",    "Ngày nộp", "Số ngày chậm",   "Trạng thái (mã)",
    "Báo cáo",   "Quy tắc hạn", "Thời hạn", "Tình trạng", "Ghi chú",  "Mục chưa đề cập"};
static_assert(std::size(compliance_titles) == std::size(compliance::columns));

void header_row(workbook& book, lxw_worksheet* ws, const std::vector<std::string>& titles) {
    for (std::size_t c = 0; c < titles.size(); ++c) put_text(ws, 0, static_cast<int>(c), titles[c], book.header());
    worksheet_freeze_panes(ws, 1, 0);
}

/// Excel's name of a column: 0 → "A", 26 → "AA".
std::string column_name(int col) {
    std::string name;
    for (int n = col + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
    return name;
}

}  // namespace

void write_compliance_sheet(workbook& book, const std::vector<const unit_status*>& units) {
    lxw_worksheet* ws = book.add_sheet(compliance_sheet_name);
    header_row(book, ws, {std::begin(compliance_titles), std::end(compliance_titles)});
    const double widths[] = {14, 34, 12, 11, 11, 8, 12, 40, 8, 24, 22, 30, 12};
    for (int c = 0; c < static_cast<int>(std::size(widths)); ++c) worksheet_set_column(ws, c, c, widths[c], nullptr);
    int row = 1;
    for (const unit_status* u : units) {
        std::string items;
        for (const auto& id : u->items_not_covered) items += (items.empty() ? "" : " ") + id;
        put_text(ws, row, 0, u->id);
        put_text(ws, row, 1, u->name);
        put_text(ws, row, 2, u->level);
        if (u->deadline) put_date(ws, row, 3, *u->deadline, book.date());
        if (u->submitted_on) put_date(ws, row, 4, *u->submitted_on, book.date());
        if (u->days_late) check(worksheet_write_number(ws, row, 5, *u->days_late, nullptr), "a cell");
        put_text(ws, row, 6, u->status);
        put_text(ws, row, 7, u->submission.value_or(""));
        put_text(ws, row, 8, u->deadline_rule);
        put_text(ws, row, 9, u->deadline_text);
        put_text(ws, row, 10, compliance::status_text(*u), book.fill(status_fill(u->status)));
        put_text(ws, row, 11, u->note);
        put_text(ws, row, 12, items);
        ++row;
    }
    check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(std::max(row - 1, 1)),
                               static_cast<lxw_col_t>(std::size(compliance_titles) - 1)),
          "the filter");
}

void write_coverage_sheet(workbook& book, const run_result& run, const std::vector<const unit_status*>& units) {
    lxw_worksheet* ws = book.add_sheet(coverage_sheet_name);
    std::vector<std::string> titles{"Mã đơn vị", "Đơn vị", "Cấp"};
    for (const auto& item : run.plan.items) titles.push_back("Mục " + item.id);
    header_row(book, ws, titles);
    worksheet_set_column(ws, 0, 0, 14, nullptr);
    worksheet_set_column(ws, 1, 1, 34, nullptr);
    worksheet_set_column(ws, 2, 2, 12, nullptr);
    if (!run.plan.items.empty())
        worksheet_set_column(ws, 3, static_cast<lxw_col_t>(2 + run.plan.items.size()), 8, nullptr);
    // The items' full titles, under the table, for the reader of the short
    // headers.
    int row = 1;
    for (const unit_status* u : units) {
        put_text(ws, row, 0, u->id);
        put_text(ws, row, 1, u->name);
        put_text(ws, row, 2, u->level);
        int col = 3;
        for (const auto& item : run.plan.items) {
            if (u->submission) {
                const bool gap = std::find(u->items_not_covered.begin(), u->items_not_covered.end(), item.id) !=
                                 u->items_not_covered.end();
                put_text(ws, row, col, gap ? "thiếu" : "x", book.fill(gap ? 0xFFCDD2 : 0xC8E6C9));
            }
            ++col;
        }
        ++row;
    }
    check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(std::max(row - 1, 1)),
                               static_cast<lxw_col_t>(titles.size() - 1)),
          "the filter");
    row += 1;
    for (const auto& item : run.plan.items) put_text(ws, row++, 1, "Mục " + item.id + ": " + item.title);
}

void write_figures_sheet(workbook& book, const synthesis::figure_set& f, const std::vector<const unit_status*>& units) {
    lxw_worksheet* ws = book.add_sheet(figures_sheet_name);
    std::vector<std::string> titles{"Mã đơn vị", "Đơn vị"};
    for (const auto& ind : f.indicators) titles.push_back(synthesis::header_of(ind));
    header_row(book, ws, titles);
    worksheet_set_column(ws, 0, 0, 14, nullptr);
    worksheet_set_column(ws, 1, 1, 34, nullptr);
    if (!f.indicators.empty())
        worksheet_set_column(ws, 2, static_cast<lxw_col_t>(1 + f.indicators.size()), 16, book.wrap());
    // Units in the compliance order, then those outside the roster as the totals
    // list them.
    std::map<std::string, std::size_t> rank;
    for (std::size_t i = 0; i < units.size(); ++i) rank.emplace(units[i]->id, i);
    std::vector<const synthesis::unit_figures*> rows;
    for (const auto& u : f.units) rows.push_back(&u);
    std::stable_sort(rows.begin(), rows.end(), [&](const auto* a, const auto* b) {
        const auto ra = rank.count(a->unit_id) ? rank.at(a->unit_id) : units.size();
        const auto rb = rank.count(b->unit_id) ? rank.at(b->unit_id) : units.size();
        return ra < rb;
    });
    if (rows.empty()) return;
    int row = 1;
    for (const auto* r : rows) {
        put_text(ws, row, 0, r->unit_id);
        put_text(ws, row, 1, r->name);
        int col = 2;
        for (const auto& ind : f.indicators) {
            if (const auto v = r->values.find(ind.id); v != r->values.end())
                check(worksheet_write_number(ws, row, col, v->second, nullptr), "a cell");
            ++col;
        }
        ++row;
    }
    const int total_row = row;
    put_text(ws, total_row, 1, "Toàn tỉnh", book.bold());
    put_text(ws, total_row + 1, 1, "Đơn vị có số liệu / đơn vị báo cáo");
    int col = 2;
    for (const auto& ind : f.indicators) {
        const std::string c = column_name(col);
        const std::string formula = "=SUM(" + c + "2:" + c + std::to_string(std::max(total_row, 2)) + ")";
        const auto total = f.province.find(ind.id);
        check(worksheet_write_formula_num(ws, total_row, col, formula.c_str(), book.bold(),
                                          total == f.province.end() ? 0 : total->second),
              "a total");
        if (ind.coverage)
            put_text(ws, total_row + 1, col,
                     std::to_string(ind.coverage->first) + "/" + std::to_string(ind.coverage->second));
        ++col;
    }
}

}  // namespace baocao::xlsx
