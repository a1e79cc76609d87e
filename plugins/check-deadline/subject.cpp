// SPDX-License-Identifier: Apache-2.0
// A report answers the plan when it names what the plan is about. Plans name
// their subject by a quoted movement ("Dân vận khéo") and by the documents
// they follow up ("Chỉ thị 32-CT/TU"); reports on the plan repeat those names
// in their title, opening or results. Without such names in the plan no
// report is judged, since ordinary words would flag honest reports.

#include "subject.hpp"

#include "key_text.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::deadline {

namespace {

constexpr std::size_t max_quoted_words = 6;

bool is_open_quote(std::string_view s, std::size_t i) { return s.compare(i, 3, "\xE2\x80\x9C") == 0; }   // “
bool is_close_quote(std::string_view s, std::size_t i) { return s.compare(i, 3, "\xE2\x80\x9D") == 0; }  // ”

/// The innermost quoted phrases: text between an opening mark and the next mark when that one closes.
std::vector<std::string> quoted_phrases(std::string_view s) {
    struct mark {
        std::size_t at, length;
        bool opens, closes;
    };
    std::vector<mark> marks;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (is_open_quote(s, i)) marks.push_back({i, 3, true, false}), i += 2;
        else if (is_close_quote(s, i)) marks.push_back({i, 3, false, true}), i += 2;
        else if (s[i] == '"') marks.push_back({i, 1, true, true});
    }
    std::vector<std::string> out;
    for (std::size_t k = 0; k + 1 < marks.size(); ++k) {
        if (!marks[k].opens || !marks[k + 1].closes) continue;
        const std::size_t from = marks[k].at + marks[k].length;
        out.emplace_back(s.substr(from, marks[k + 1].at - from));
        if (s[marks[k].at] == '"') ++k;  // a straight pair is used up
    }
    return out;
}

/// Words like "32-CT/TU" or "99-KH/TU": digits, then letters after a dash or slash.
std::vector<std::string> document_numbers(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '(' || s[i] == ';')) ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != ')' && s[j] != ';') ++j;
        const std::string w = s.substr(i, j - i);
        const bool digit_first = !w.empty() && w[0] >= '0' && w[0] <= '9';
        if (digit_first && w.find('/') != std::string::npos && w.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos)
            out.push_back(w);
        i = j + 1;
    }
    return out;
}

}  // namespace

std::vector<subject_marker> subject_markers(const plan_spec& plan) {
    std::vector<subject_marker> out;
    auto add = [&](const std::string& raw) {
        const std::string key = text::match_key(raw);
        if (key.empty() || std::any_of(out.begin(), out.end(), [&](const subject_marker& m) { return m.key == key; })) return;
        out.push_back({key, text::collapse_spaces(raw)});
    };
    for (const std::string& q : quoted_phrases(plan.title))
        if (const auto n = text::words(text::match_key(q)).size(); n >= 1 && n <= max_quoted_words) add(q);
    for (const std::string& d : document_numbers(plan.title)) add(d);
    if (!plan.number.empty()) add(plan.number);
    return out;
}

bool mark_off_topic(submission& s, const plan_spec& plan, const std::vector<subject_marker>& markers) {
    if (markers.empty()) return false;
    if (s.off_topic) return false;  // flagged by an earlier check
    // The title, then each part's heading and text, read until a marker is
    // found: most reports name their subject in the title. A marker may run
    // from one piece into the next, so each piece is searched after the last
    // words of the ones before it.
    std::size_t longest = 1;
    for (const subject_marker& m : markers) longest = std::max(longest, text::words(m.key).size());
    std::string before;  // the last longest - 1 words read so far
    bool read_any = false;
    std::string piece;
    auto names_subject = [&](std::string_view raw) {
        const std::string key = text::match_key(raw);
        if (key.empty()) return false;
        read_any = true;
        const std::string searched = before.empty() ? key : before + " " + key;
        if (std::any_of(markers.begin(), markers.end(), [&](const subject_marker& m) { return has_words(searched, m.key); }))
            return true;
        if (longest > 1) {
            std::size_t from = searched.size();
            for (std::size_t words = 0; words + 1 < longest && from != std::string::npos && from > 0; ++words)
                from = searched.rfind(' ', from - 1);
            before = from == std::string::npos ? searched : searched.substr(from + 1);
        }
        return false;
    };
    auto stored_names_subject = [&](const stored_text& t) {
        piece.clear();
        t.append_to(piece);
        return names_subject(piece);
    };
    const std::string title = s.title.str();
    if (names_subject(title)) return false;
    for (const auto& sec : s.sections)
        if (stored_names_subject(sec.heading) || stored_names_subject(sec.text)) return false;
    for (const auto& u : s.unmatched)
        if (stored_names_subject(u.heading) || stored_names_subject(u.text)) return false;
    if (!read_any) return false;  // nothing read: not a judgement on its subject
    s.off_topic = true;
    std::string names;
    for (const subject_marker& m : markers) names += (names.empty() ? "" : ", ") + ("\"" + m.text + "\"");
    const std::string title_line = text::collapse_spaces(title);
    s.problems.push_back(
        {error_code::off_topic, "the report never names the plan's subject (" + names + ")" +
                          (title_line.empty() ? std::string() : "; its title reads \"" + clipped(title_line, 200) + "\"") +
                          "; plan: " + clipped(text::collapse_spaces(plan.title), 160)});
    return true;
}

}  // namespace baocao::deadline
