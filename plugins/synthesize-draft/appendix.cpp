// SPDX-License-Identifier: Apache-2.0
// The appendix keeps what the body leaves out: every unit's status, every
// figure, and (unless switched off) every unit's words, so the body can stay
// short without anything being lost to the reader.
#include "appendix.hpp"
#include "blocks.hpp"
#include "draft_text.hpp"
#include "sentences.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace baocao::synthesis {

namespace {

/// The excerpts appendix's size in bytes of text: the demo's 23 units print
/// whole (some 80 pages). With more units each unit's text under an item is
/// cut to its share of it, never below this much, so the appendix grows far
/// slower than the number of reports.
constexpr std::size_t excerpts_budget = 320 * 1024;
constexpr std::size_t least_excerpt_per_cell = 600;

/// The first `bytes` of a paragraph or less, ending at a space, with "…".
std::string clipped_at_word(const std::string& paragraph, std::size_t bytes) {
    std::size_t cut = paragraph.rfind(' ', bytes);
    if (cut == std::string::npos || cut == 0) {
        cut = bytes;
        while (cut > 0 && (static_cast<unsigned char>(paragraph[cut]) & 0xC0) == 0x80) --cut;
    }
    return paragraph.substr(0, cut) + " …";
}

std::string submitted_day(const run_result& run, const unit_status& u, int offset) {
    if (u.submitted_on) return vn_date(*u.submitted_on);
    if (!u.submission) return {};
    for (const auto& s : run.submissions) {
        if (s.source != *u.submission) continue;
        if (s.received_at) return vn_date(dates::to_iso(dates::date_at_offset(*s.received_at, offset)));
        if (s.document_date) return vn_date(*s.document_date);
    }
    return {};
}

/// Splits "a\tb\tc" into cells.
std::vector<std::string> cells_of(const std::string& line) {
    std::vector<std::string> out;
    for (std::size_t start = 0;;) {
        const auto tab = line.find('\t', start);
        out.push_back(text::trim(std::string_view(line).substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return out;
}

}  // namespace

draft::part compliance_part(const run_result& run, int offset) {
    draft::part part{"appendix-compliance", draft::zone::appendix, 100, "Tình hình nộp báo cáo của các đơn vị", {}, {}};
    draft::block tb;
    tb.kind = draft::block_kind::table;
    auto& t = tb.table;
    t.header = {"TT", "Đơn vị", "Cấp", "Hạn nộp", "Ngày nộp", "Tình trạng", "Ghi chú"};
    t.widths = {8, 21, 14, 15, 15, 13, 14};
    t.centered = {true, false, false, true, true, false, false};
    std::vector<std::string> missing, late, unreadable, not_yet_due, undetermined, off_topic;
    std::size_t index = 0;
    for (const auto& u : run.units) {
        const auto day = submitted_day(run, u, offset);
        // The deadline as its own wording has it ("trước 05/10/2013"), so that a
        // report sent on the due day and marked late reads as what it is.
        const auto deadline = !u.deadline_text.empty() ? clean(u.deadline_text)
                              : u.deadline             ? vn_date(*u.deadline)
                                                       : std::string();
        auto status = status_label(u.status);
        if (u.status == "late" && u.days_late) status += " " + std::to_string(*u.days_late) + " ngày";
        if (u.status == "unreadable" && u.days_late.value_or(0) > 0) status += ", chậm " + std::to_string(*u.days_late) + " ngày";
        draft::table_row row;
        row.cells = {std::to_string(++index), clean(u.name), level_label(u.level), deadline, day, status, clean(u.note)};
        if (u.submission) row.sources.push_back({u.id, clean(u.name), clean(*u.submission), {}, -1});
        t.rows.push_back(std::move(row));
        const auto with_note = [&](std::string name) {
            return u.note.empty() ? name : name + " (" + clean(u.note) + ")";
        };
        if (u.status == "missing") {
            missing.push_back(with_note(clean(u.name)));
        } else if (u.status == "late") {
            std::string detail;
            if (!day.empty()) detail = "nộp ngày " + day;
            if (u.days_late) detail += (detail.empty() ? "" : ", ") + std::string("chậm ") + std::to_string(*u.days_late) + " ngày";
            late.push_back(clean(u.name) + (detail.empty() ? "" : " (" + detail + ")"));
        } else if (u.status == "unreadable") {
            std::string detail = u.days_late.value_or(0) > 0 ? "gửi chậm " + std::to_string(*u.days_late) + " ngày" : "";
            if (!u.note.empty()) detail += (detail.empty() ? "" : "; ") + clean(u.note);
            unreadable.push_back(clean(u.name) + (detail.empty() ? "" : " (" + detail + ")"));
        } else if (u.status == "not_yet_due") {
            not_yet_due.push_back(clean(u.name));
        } else if (u.status != "on_time") {
            undetermined.push_back(clean(u.name));
        }
        if (!u.off_topic.empty()) off_topic.push_back(clean(u.name));
    }
    if (!t.rows.empty()) part.blocks.push_back(std::move(tb));
    if (missing.empty() && late.empty() && unreadable.empty())
        part.blocks.push_back(text_block("Không có đơn vị chưa nộp, nộp chậm hoặc gửi tệp không đọc được."));
    const auto list_line = [&](const std::string& label, const std::vector<std::string>& names, const char* sep) {
        if (!names.empty())
            part.blocks.push_back(text_block("- " + label + " (" + std::to_string(names.size()) + "): " + join(names, sep) + "."));
    };
    list_line("Chưa nộp", missing, ", ");
    list_line("Nộp chậm", late, "; ");
    list_line("Đã gửi nhưng tệp không đọc được", unreadable, "; ");
    list_line("Chưa đến hạn nộp", not_yet_due, ", ");
    list_line("Chưa xác định được thời hạn", undetermined, ", ");
    list_line("Gửi báo cáo về chủ đề khác, không đưa vào tổng hợp", off_topic, ", ");
    // An official document names units, never file paths or error codes: those
    // stay in result.json. Files no unit can be tied to are only counted.
    std::size_t unattributed = 0;
    for (const auto& r : run.rejected)
        if (!r.unit) ++unattributed;
    if (unattributed)
        part.blocks.push_back(text_block("- Tệp không đọc được, chưa xác định được đơn vị gửi: " +
                                        std::to_string(unattributed) + " tệp."));
    return part;
}

std::optional<draft::part> coverage_part(const run_result& run) {
    if (run.plan.items.empty()) return std::nullopt;
    draft::part part{"appendix-coverage", draft::zone::appendix, 150, "Nội dung báo cáo của các đơn vị theo các mục của Kế hoạch", {}, {}};
    draft::block tb;
    tb.kind = draft::block_kind::table;
    auto& t = tb.table;
    t.header = {"TT", "Đơn vị"};
    t.widths = {8, 36};
    t.centered = {true, false};
    for (std::size_t i = 0; i < run.plan.items.size(); ++i) {
        t.header.push_back("Mục " + roman(static_cast<int>(i) + 1));
        t.widths.push_back(56.0 / static_cast<double>(run.plan.items.size()));
        t.centered.push_back(true);
    }
    std::size_t index = 0;
    std::vector<std::string> incomplete;
    for (const auto& u : run.units) {
        // Only units whose report counts: a missing or unreadable one has no content to show.
        if (!u.submission || u.status == "missing" || u.status == "unreadable") continue;
        draft::table_row row;
        row.cells = {std::to_string(++index), clean(u.name)};
        std::vector<std::string> lacking;
        for (std::size_t i = 0; i < run.plan.items.size(); ++i) {
            const auto& id = run.plan.items[i].id;
            const bool absent = std::find(u.items_not_covered.begin(), u.items_not_covered.end(), id) != u.items_not_covered.end();
            row.cells.push_back(absent ? "—" : "x");
            if (absent) lacking.push_back(roman(static_cast<int>(i) + 1));
        }
        row.sources.push_back({u.id, clean(u.name), clean(*u.submission), {}, -1});
        t.rows.push_back(std::move(row));
        if (!lacking.empty()) incomplete.push_back(clean(u.name) + " (mục " + join(lacking, ", ") + ")");
    }
    if (t.rows.empty()) return std::nullopt;
    part.blocks.push_back(std::move(tb));
    part.blocks.push_back(text_block("Ghi chú: x là báo cáo có nội dung theo mục của Kế hoạch; — là không có nội dung tương ứng.",
                                     draft::block_kind::remark));
    if (!incomplete.empty())
        part.blocks.push_back(text_block("- Báo cáo chưa đủ các nội dung theo Kế hoạch (" + std::to_string(incomplete.size()) +
                                        "): " + join(incomplete, "; ") + "."));
    return part;
}

std::optional<draft::part> figures_part(const figure_set& f) {
    auto tables = figure_tables(f);
    if (tables.empty()) return std::nullopt;
    draft::part part{"appendix-figures", draft::zone::appendix, 200, "Số liệu tổng hợp theo đơn vị và toàn tỉnh", {}, {}};
    for (auto& t : tables) {
        draft::block b;
        b.kind = draft::block_kind::table;
        b.table = std::move(t);
        part.blocks.push_back(std::move(b));
    }
    return part;
}

excerpts_appendix::excerpts_appendix(const run_result& run, const std::vector<reporter>& reporters)
    : run_(run),
      reporters_(reporters),
      part_{"appendix-excerpts", draft::zone::appendix, 300, "Trích báo cáo của các đơn vị theo nội dung", {}, {}},
      cells_(run.plan.items.size() * reporters.size()),
      built_(cells_.size(), false) {
    // Each unit's text under an item is one cell of the appendix; the cells share its budget.
    std::size_t written = 0;
    for (const auto& item : run.plan.items)
        for (const auto& r : reporters)
            if (std::any_of(r.submissions.begin(), r.submissions.end(), [&](const submission* s) {
                    return std::any_of(s->sections.begin(), s->sections.end(), [&](const auto& sec) { return sec.item == item.id; });
                }))
                ++written;
    share_ = std::max(least_excerpt_per_cell, excerpts_budget / std::max<std::size_t>(written, 1));
    // Each item's heading, then each unit's cell (its name, then its blocks),
    // joined into the part's list, which is reserved at once for more blocks
    // than cells of the cut shares have (the unit's name, a heading, a
    // paragraph, a remark): with thousands of units a list grown by doubling
    // would hold twice their size while it grows, and room never written
    // costs no memory. A few long cells of a small run may outgrow it.
    part_.blocks.reserve(run.plan.items.size() + 6 * written);
}

void excerpts_appendix::build(std::size_t cell) {
    const auto& item = run_.plan.items[cell / reporters_.size()];
    const auto& r = reporters_[cell % reporters_.size()];
    std::vector<draft::block> unit_blocks;
    std::size_t spent = 0;           // bytes of text this cell has printed
    const submission* cut_in = nullptr;  // the report whose text was cut, if any
    for (const auto* s : r.submissions)
        for (const auto& sec : s->sections) {
            if (sec.item != item.id || cut_in) continue;
            const auto paras = paragraphs_of(clean(sec.text.str()));
            std::vector<draft::block> blocks;
            std::optional<draft::block> pending;  // a heading waits for its first line of text
            draft::block tb;
            tb.kind = draft::block_kind::table;
            auto flush_table = [&] {
                if (tb.table.rows.empty()) return;
                tb.table.header = tb.table.rows.front().cells;
                tb.table.rows.erase(tb.table.rows.begin());
                tb.table.widths.assign(tb.table.header.size(), 1.0);
                tb.table.centered.assign(tb.table.header.size(), false);
                blocks.push_back(std::move(tb));
                tb = draft::block{};
                tb.kind = draft::block_kind::table;
            };
            auto emit_pending = [&] {
                if (pending) blocks.push_back(std::move(*pending)), pending.reset();
            };
            const std::string heading = sec.heading.str();
            if (const auto h = text::trim(clean(heading)); !h.empty()) pending = heading_block(3, h);
            for (std::size_t k = 0; k < paras.size(); ++k) {
                if (spent >= share_) {
                    cut_in = s;
                    break;
                }
                // The cell's first paragraph is always printed, cut to its share when longer.
                const std::string p = spent == 0 && paras[k].size() > share_ && paras[k].find('\t') == std::string::npos
                                          ? clipped_at_word(paras[k], share_)
                                          : paras[k];
                if (p.size() != paras[k].size()) cut_in = s;
                spent += p.size();
                if (p.find('\t') != std::string::npos) {
                    emit_pending();
                    draft::table_row row;
                    row.cells = cells_of(p);
                    row.sources.push_back(source_of(r, *s, heading, static_cast<int>(k)));
                    tb.table.rows.push_back(std::move(row));
                    continue;
                }
                flush_table();
                if (looks_like_heading(p)) {
                    pending = heading_block(4, p);
                    continue;
                }
                emit_pending();
                auto b = text_block(p, draft::block_kind::quote);
                b.sources.push_back(source_of(r, *s, heading, static_cast<int>(k)));
                blocks.push_back(std::move(b));
            }
            flush_table();
            for (auto& b : blocks) unit_blocks.push_back(std::move(b));
        }
    if (!unit_blocks.empty() && cut_in) {
        // The rest is in the unit's report, which the remark cites.
        auto note = text_block("(Trích một phần; toàn văn xem báo cáo của đơn vị.)", draft::block_kind::remark);
        note.sources.push_back(source_of(r, *cut_in, {}, -1));
        unit_blocks.push_back(std::move(note));
    }
    std::vector<draft::block> out;
    if (!unit_blocks.empty()) {
        out.reserve(unit_blocks.size() + 1);
        out.push_back(heading_block(2, r.name));
        for (auto& b : unit_blocks) out.push_back(std::move(b));
    }
    std::lock_guard<std::mutex> lock(joining_);
    cells_[cell] = std::move(out);
    built_[cell] = true;
    join_built();
}

void excerpts_appendix::join_built() {
    // Cells are taken in order, so those built ahead of the next to join are
    // few (about one a thread): the part is written as they come.
    const std::size_t units = reporters_.size();
    for (; joined_ < cells_.size() && built_[joined_]; ++joined_) {
        const std::size_t item = joined_ / units;
        if (joined_ % units == 0) {
            item_start_ = part_.blocks.size();
            part_.blocks.push_back(heading_block(
                1, roman(static_cast<int>(item) + 1) + ". " + item_heading(clean(run_.plan.items[item].title))));
        }
        for (auto& b : cells_[joined_]) part_.blocks.push_back(std::move(b));
        std::vector<draft::block>().swap(cells_[joined_]);
        // An item no unit wrote under has no heading either.
        if (joined_ % units == units - 1 && part_.blocks.size() == item_start_ + 1) part_.blocks.pop_back();
    }
}

draft::part excerpts_appendix::take() {
    std::lock_guard<std::mutex> lock(joining_);
    join_built();
    if (joined_ != cells_.size()) throw std::logic_error("excerpts appendix taken before every cell was built");
    return std::move(part_);
}

draft::part excerpts_part(const run_result& run, const std::vector<reporter>& reporters) {
    excerpts_appendix appendix(run, reporters);
    for (std::size_t i = 0; i < appendix.cells(); ++i) appendix.build(i);
    return appendix.take();
}

}  // namespace baocao::synthesis
