// SPDX-License-Identifier: Apache-2.0
// Reading a plan from its lines. The header (issuing body, number, place and
// date) comes first, often as two columns (tabs in a .txt, table cells in a
// .docx); then the kind ("KẾ HOẠCH") and the title; then Roman-numbered
// sections, of which the content section lists the items every report must
// cover and a later one sets the dates.
#include <baocao/engine/plan_reader.hpp>

#include "plan/plan_text.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <array>
#include <stdexcept>

namespace baocao::engine {

using namespace plan_detail;

namespace {

/// Document kinds a plan (or a similar directing document) is titled with.
constexpr std::array<std::string_view, 9> kinds{
    "ke hoach", "huong dan", "chuong trinh", "thong bao", "cong van", "bao cao", "chi thi", "nghi quyet", "de an"};

plan_line make_line(const std::string& raw) {
    plan_line l;
    l.raw = raw;
    l.text = text::collapse_spaces(raw);
    l.key = text::match_key(l.text);
    l.mark = marker_of(l.text);
    l.body = text::trim(std::string_view(l.text).substr(l.mark.length));
    l.body_key = text::match_key(l.body);
    return l;
}

/// The header cells of a .txt line: columns are separated by tabs or wide gaps.
std::vector<std::string> cells_of(const std::string& raw) {
    std::vector<std::string> out;
    std::string cur;
    int spaces = 0;
    auto flush = [&] {
        std::string t = text::collapse_spaces(cur);
        if (!t.empty()) out.push_back(t);
        cur.clear();
    };
    for (char c : raw) {
        if (c == '\t') {
            flush();
            spaces = 0;
            continue;
        }
        spaces = c == ' ' ? spaces + 1 : 0;
        if (spaces == 4) flush();
        cur.push_back(c);
    }
    flush();
    return out;
}

bool is_motto_or_party(const std::string& key) {
    return key == "dang cong san viet nam" || key.rfind("cong hoa xa hoi chu nghia", 0) == 0 ||
           key.rfind("doc lap tu do hanh phuc", 0) == 0;
}

/// The number: "Số 99-KH/TU", "Số  99 - KH/TU", "Số: 45/BC-MTTQ".
std::string number_of(const std::string& cell) {
    const std::string key = text::match_key(cell);
    if (key.rfind("so ", 0) != 0 || cell.find('/') == std::string::npos) return {};
    // Skip the word "Số" as written (two letters, the second accented) and a colon.
    std::size_t i = cell.find(' ');
    std::size_t colon = cell.find(':');
    if (colon != std::string::npos && (i == std::string::npos || colon < i)) i = colon;
    if (i == std::string::npos) return {};
    std::string out;
    for (char c : cell.substr(i + 1))
        if (c != ' ' && c != ':') out.push_back(c);
    return out;
}

/// Where the kind line is, and the kind as written ("KẾ HOẠCH").
bool is_kind_line(const plan_line& l, std::string& kind, std::string& rest) {
    if (l.text.empty() || !text::is_all_caps(l.text)) return false;
    for (std::string_view k : kinds) {
        if (l.key == k) {
            kind = l.text;
            return true;
        }
        if (l.key.rfind(std::string(k) + " ", 0) == 0 && text::words(l.key).size() <= 30) {
            // "KẾ HOẠCH SƠ KẾT ..." on one line: the first two written words are the kind.
            std::size_t sp = l.text.find(' ');
            sp = sp == std::string::npos ? sp : l.text.find(' ', sp + 1);
            kind = l.text.substr(0, sp);
            rest = sp == std::string::npos ? "" : text::trim(l.text.substr(sp));
            return true;
        }
    }
    return false;
}

bool opens_body(const std::string& key) {
    static constexpr std::array<std::string_view, 9> openers{
        "thuc hien", "can cu", "de ", "nham ", "theo ", "kinh gui", "duoc su", "trien khai", "ban thuong vu"};
    for (std::string_view o : openers)
        if (key.rfind(o, 0) == 0 || key == text::trim(o)) return true;
    return false;
}

bool is_separator(const std::string& text) {
    if (text.size() < 2) return text == "*";
    for (char c : text)
        if (c != '-' && c != '*' && c != '_' && c != '=' && c != ' ') return false;
    return true;
}

/// A top-level heading of the plan's body: Roman or part marker, or a short
/// line in capitals (some plans number their sections 1., 2. in capitals).
bool is_top_heading(const plan_line& l) {
    if (l.body.empty()) return false;
    const std::size_t words = text::words(l.body_key).size();
    if (l.mark.kind == marker::roman || l.mark.kind == marker::part || l.mark.kind == marker::upper_letter)
        return words <= 25 && l.body.back() != ';' && l.body.back() != ',';
    if ((l.mark.kind == marker::none || l.mark.kind == marker::arabic) && text::is_all_caps(l.body))
        return words >= 1 && words <= 15;
    return false;
}

bool ends_document(const plan_line& l) {
    return l.key.rfind("noi nhan", 0) == 0 || l.key.rfind("t m ", 0) == 0 || l.key.rfind("tm ", 0) == 0 ||
           l.key.rfind("k t ", 0) == 0 || l.key.rfind("kt ", 0) == 0 || l.key.rfind("t l ", 0) == 0;
}

/// The items of the content section: each point of the outermost marker kind
/// used there starts an item; other lines continue the current one.
std::vector<plan_item> items_of(const std::vector<plan_line>& section) {
    marker item_kind = marker::none;
    for (const plan_line& l : section)
        if (l.mark.kind != marker::none && !l.body.empty()) {
            item_kind = l.mark.kind;
            break;
        }
    std::vector<plan_item> items;
    for (const plan_line& l : section) {
        if (l.text.empty()) continue;
        const bool starts = item_kind == marker::none ? l.text.back() != ':' : l.mark.kind == item_kind;
        if (starts) {
            plan_item it;
            it.id = std::to_string(items.size() + 1);
            it.title = l.body;
            items.push_back(std::move(it));
        } else if (!items.empty()) {
            items.back().title += " " + l.text;
        }
    }
    for (plan_item& it : items) it.title = text::collapse_spaces(it.title);
    return items;
}

}  // namespace

plan_spec read_plan_lines(const std::vector<std::string>& raw_lines) {
    plan_spec plan;
    std::vector<plan_line> lines;
    lines.reserve(raw_lines.size());
    for (const std::string& r : raw_lines) lines.push_back(make_line(r));

    // The kind line ends the header; the title follows it.
    std::size_t kind_at = lines.size();
    std::string title_rest;
    for (std::size_t i = 0; i < lines.size() && i < 60; ++i)
        if (is_kind_line(lines[i], plan.kind, title_rest)) {
            kind_at = i;
            break;
        }

    // Header cells: number, place and date, issuing body.
    const std::size_t header_end = kind_at < lines.size() ? kind_at : std::min<std::size_t>(lines.size(), 15);
    std::vector<std::string> body_names;
    for (std::size_t i = 0; i < header_end; ++i) {
        for (const std::string& cell : cells_of(lines[i].raw)) {
            const std::string key = text::match_key(cell);
            if (plan.number.empty()) {
                if (std::string n = number_of(cell); !n.empty()) {
                    plan.number = n;
                    continue;
                }
            }
            if (plan.date.empty()) {
                if (auto d = dates::parse_place_date_line(cell)) {
                    plan.date = dates::to_iso(*d);
                    const std::size_t comma = cell.find(',');
                    if (comma != std::string::npos) plan.place = text::trim(cell.substr(0, comma));
                    continue;
                }
            }
            if (key.empty() || is_motto_or_party(key) || is_separator(cell)) continue;
            if (key.rfind("so ", 0) == 0 || key == "so") continue;
            if (text::is_all_caps(cell) && text::words(key).size() <= 10) body_names.push_back(cell);
        }
    }
    // A parent line ("ĐẢNG BỘ TỈNH HÀ TĨNH") above the issuing body is dropped.
    if (body_names.size() > 1 && text::match_key(body_names.front()).rfind("dang bo ", 0) == 0)
        body_names.erase(body_names.begin());
    for (const std::string& n : body_names) plan.issuing_body += (plan.issuing_body.empty() ? "" : " ") + n;

    // The title: the lines after the kind up to the first line of the body.
    std::size_t body_start = kind_at < lines.size() ? kind_at + 1 : header_end;
    if (kind_at < lines.size()) {
        std::string title = title_rest;
        std::size_t taken = 0;
        std::size_t i = kind_at + 1;
        for (; i < lines.size() && taken < 5; ++i) {
            const plan_line& l = lines[i];
            if (l.text.empty()) {
                if (taken > 0 || !title.empty()) break;
                continue;
            }
            if (is_separator(l.text)) {
                ++i;
                break;
            }
            if (l.mark.kind != marker::none || opens_body(l.key) || l.text.size() > 400) break;
            title += (title.empty() ? "" : " ") + l.text;
            ++taken;
            if (l.text.back() == ':') break;
        }
        plan.title = text::collapse_spaces(title);
        body_start = i;
    }

    // Sections: the content section and what follows it.
    std::size_t content_at = lines.size();
    for (std::size_t i = body_start; i < lines.size(); ++i)
        if (is_top_heading(lines[i]) && has_phrase(lines[i].body_key, "noi dung")) {
            content_at = i;
            break;
        }
    if (content_at == lines.size()) throw std::runtime_error("no content section (\"II. NỘI DUNG\") found in the plan");
    std::size_t content_end = content_at + 1;
    while (content_end < lines.size() && !is_top_heading(lines[content_end]) && !ends_document(lines[content_end]))
        ++content_end;
    plan.items = items_of({lines.begin() + static_cast<std::ptrdiff_t>(content_at + 1),
                           lines.begin() + static_cast<std::ptrdiff_t>(content_end)});
    if (plan.items.empty()) throw std::runtime_error("the content section of the plan lists no item");

    std::size_t timing_end = content_end;
    while (timing_end < lines.size() && !ends_document(lines[timing_end])) ++timing_end;
    read_timing({lines.begin() + static_cast<std::ptrdiff_t>(content_end), lines.begin() + static_cast<std::ptrdiff_t>(timing_end)},
                plan.date, plan);
    return plan;
}

}  // namespace baocao::engine
