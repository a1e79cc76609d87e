// SPDX-License-Identifier: Apache-2.0
// Deadlines per level and dated events from the plan's section on timing.
// A clause ("...; cấp huyện, thành, thị ủy, đảng ủy trực thuộc xong trước
// ngày 05/10/2013; ...") names who and when; the words before each date
// within its clause say which level the date is for.
#include "plan/plan_text.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <array>
#include <optional>

namespace baocao::engine::plan_detail {

namespace {

/// A word of a clause as written, with its match key.
struct word {
    std::string text;
    std::string key;
};

/// A date found among the words: where it starts and ends (word indices).
struct found_date {
    std::size_t begin = 0, end = 0;
    dates::civil_date date;
    bool month_only = false;   ///< "tháng 6/2024": `date` is the month's last day
};

bool all_digits(std::string_view s, std::size_t min, std::size_t max) {
    if (s.size() < min || s.size() > max) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

/// Splits "10/9/2013", "05-10-2013", "16.8.2013" or "30/9" written as one word.
std::optional<std::array<int, 3>> numeric_date(std::string_view w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ';' || w.back() == ')' || w.back() == ':'))
        w.remove_suffix(1);
    while (!w.empty() && w.front() == '(') w.remove_prefix(1);
    std::array<std::string_view, 3> parts{};
    std::size_t n = 0;
    char sep = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= w.size(); ++i) {
        if (i == w.size() || w[i] == '/' || w[i] == '-' || w[i] == '.') {
            if (i < w.size()) {
                if (sep == 0) sep = w[i];
                else if (w[i] != sep) return std::nullopt;
            }
            if (n == 3) return std::nullopt;
            parts[n++] = w.substr(start, i - start);
            start = i + 1;
        }
    }
    if (n < 2 || !all_digits(parts[0], 1, 2) || !all_digits(parts[1], 1, 2)) return std::nullopt;
    if (n == 3 && !all_digits(parts[2], 4, 4)) return std::nullopt;
    return std::array<int, 3>{to_int(parts[0]), to_int(parts[1]), n == 3 ? to_int(parts[2]) : 0};
}

/// The last day of a month: the day before the first of the next.
dates::civil_date month_end(int year, int month) {
    const dates::civil_date next = month == 12 ? dates::civil_date{year + 1, 1, 1} : dates::civil_date{year, month + 1, 1};
    return dates::civil_from_days(dates::days_from_civil(next) - 1);
}

/// "tháng 6/2024", "tháng 6-2024" or "tháng 6 năm 2024" at word `i` (the word "tháng").
std::optional<found_date> month_at(const std::vector<word>& words, std::size_t i) {
    if (words[i].key != "thang" || i + 1 >= words.size()) return std::nullopt;
    std::string_view w = words[i + 1].text;
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ';' || w.back() == ')')) w.remove_suffix(1);
    const std::size_t sep = w.find_first_of("/-.");
    int month = 0, year = 0;
    std::size_t end = i + 2;
    if (sep != std::string_view::npos && all_digits(w.substr(0, sep), 1, 2) && all_digits(w.substr(sep + 1), 4, 4)) {
        month = to_int(w.substr(0, sep));
        year = to_int(w.substr(sep + 1));
    } else if (all_digits(w, 1, 2) && i + 3 < words.size() && words[i + 2].key == "nam" && all_digits(words[i + 3].key, 4, 4)) {
        month = to_int(w);
        year = to_int(words[i + 3].key);
        end = i + 4;
    } else {
        return std::nullopt;
    }
    if (month < 1 || month > 12) return std::nullopt;
    return found_date{i, end, month_end(year, month), true};
}

/// Finds the dates among a clause's words. A date without a year takes
/// `default_year`, and only counts after "ngày" or "trước" (a bare "15/15" is a ratio).
std::vector<found_date> find_dates(const std::vector<word>& words, int default_year) {
    std::vector<found_date> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& k = words[i].key;
        if (auto m = month_at(words, i)) {
            out.push_back(*m);
            i = m->end - 1;
            continue;
        }
        // "ngày 16 tháng 8 năm 2013", "ngày 30 tháng 9".
        if (k == "ngay" && i + 3 < words.size() && all_digits(words[i + 1].key, 1, 2) && words[i + 2].key == "thang" &&
            all_digits(words[i + 3].key, 1, 2)) {
            dates::civil_date d{default_year, to_int(words[i + 3].key), to_int(words[i + 1].key)};
            std::size_t end = i + 4;
            if (i + 5 < words.size() + 0 && words[i + 4].key == "nam" && all_digits(words[i + 5].key, 4, 4)) {
                d.year = to_int(words[i + 5].key);
                end = i + 6;
            }
            if (d.year > 0 && dates::valid(d)) out.push_back({i, end, d, false});
            i = end - 1;
            continue;
        }
        if (auto nd = numeric_date(words[i].text)) {
            const bool has_year = (*nd)[2] != 0;
            const bool introduced = i > 0 && (words[i - 1].key == "ngay" || words[i - 1].key == "truoc");
            dates::civil_date d{has_year ? (*nd)[2] : default_year, (*nd)[1], (*nd)[0]};
            if ((has_year || introduced) && d.year > 0 && dates::valid(d)) {
                const std::size_t begin = (i > 0 && words[i - 1].key == "ngay") ? i - 1 : i;
                out.push_back({begin, i + 1, d, false});
            }
        }
    }
    return out;
}

/// The words of one clause, with their keys.
std::vector<word> words_of(std::string_view clause) {
    std::vector<word> out;
    std::size_t i = 0;
    while (i < clause.size()) {
        while (i < clause.size() && clause[i] == ' ') ++i;
        std::size_t j = i;
        while (j < clause.size() && clause[j] != ' ') ++j;
        if (j > i) {
            word w;
            w.text = std::string(clause.substr(i, j - i));
            w.key = text::match_key(w.text);
            out.push_back(std::move(w));
        }
        i = j;
    }
    return out;
}

/// Splits a line into clauses at ";" and at sentence ends (". " before a capital or a marker).
std::vector<std::string> clauses_of(const std::string& line) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const bool sentence_end = c == '.' && i + 1 < line.size() && line[i + 1] == ' ' && i > 0 && line[i - 1] != ' ';
        if (c == ';' || sentence_end) {
            out.push_back(cur);
            cur.clear();
            continue;
        }
        cur.push_back(c);
    }
    out.push_back(cur);
    return out;
}

struct level_words {
    std::string_view level;
    std::vector<std::string_view> phrases;
};

/// Which words name which level. "Đảng ủy trực thuộc" are district-level
/// committees (the roster puts them there); MTTQ and the mass organizations
/// are "organization" and get a date only when a clause names them.
const std::vector<level_words>& levels() {
    static const std::vector<level_words> table{
        {"grassroots", {"cap co so", "cap xa", "chi bo", "xa phuong thi tran", "dang bo co so", "to chuc co so dang", "cap phuong"}},
        {"district", {"cap huyen", "huyen thanh thi uy", "huyen thi thanh uy", "huyen uy", "thanh uy", "thi uy", "quan uy",
                      "dang uy truc thuoc", "cac huyen", "tuong duong cap huyen"}},
        {"organization", {"mat tran to quoc", "mttq", "doan the", "to chuc chinh tri xa hoi", "so ban nganh", "ban so nganh",
                          "so nganh", "ban nganh"}},
    };
    return table;
}

std::string join_keys(const std::vector<word>& words, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end && i < words.size(); ++i) {
        if (!out.empty()) out.push_back(' ');
        out += words[i].key;
    }
    return out;
}

std::string join_text(const std::vector<word>& words, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end && i < words.size(); ++i) {
        if (!out.empty()) out.push_back(' ');
        out += words[i].text;
    }
    return out;
}

/// The words that say whether the due day itself is on time, as match keys
/// of what stands just before the date. "trước hoặc trong ngày" is checked
/// before "trước", which alone is strict.
struct rule_words {
    std::string_view words;
    std::string_view rule;
};

const std::vector<rule_words>& rule_table() {
    static const std::vector<rule_words> table{
        {"truoc hoac trong", "by"}, {"cham nhat la", "by"}, {"cham nhat", "by"}, {"han cuoi la", "by"},
        {"han cuoi", "by"},         {"han chot la", "by"},  {"han chot", "by"},  {"den het", "by"},
        {"khong qua", "by"},        {"khong muon hon", "by"}, {"trong", "by"},   {"truoc", "before"},
    };
    return table;
}

/// The rule of a date from the words before it, and where those words start;
/// a month ("trong tháng 6") runs to its last day, so it is inclusive.
std::pair<std::string, std::size_t> rule_before(const std::vector<word>& words, std::size_t from, const found_date& fd) {
    for (const rule_words& r : rule_table()) {
        const std::size_t n = text::words(std::string(r.words)).size();
        if (fd.begin < from + n) continue;
        if (join_keys(words, fd.begin - n, fd.begin) == r.words) return {std::string(r.rule), fd.begin - n};
    }
    return {fd.month_only ? "by" : "before", fd.begin};
}

/// The group a clause names by kind ("các sở, ban, ngành", "Mặt trận Tổ quốc
/// và các đoàn thể"), as written: from the first to the last word of the
/// organization phrases found before the date.
std::string group_words(const std::vector<word>& words, std::size_t from, std::size_t to) {
    std::size_t first = to, last = from;
    for (const level_words& lw : levels()) {
        if (lw.level != "organization") continue;
        for (std::string_view p : lw.phrases) {
            const std::size_t n = text::words(std::string(p)).size();
            for (std::size_t i = from; i + n <= to; ++i) {
                if (join_keys(words, i, i + n) != p) continue;
                first = std::min(first, i);
                last = std::max(last, i + n);
            }
        }
    }
    if (first >= last) return {};
    // "Các sở" keeps its article; a trailing comma is the clause's, not the group's.
    if (first > from && words[first - 1].key == "cac") --first;
    std::string g = join_text(words, first, last);
    while (!g.empty() && (g.back() == ',' || g.back() == ';' || g.back() == ':')) g.pop_back();
    return g;
}

std::string trimmed_wording(std::string w) {
    while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == '.' || w.back() == ':')) w.pop_back();
    return w;
}

/// A candidate deadline with what chooses between candidates of one level.
struct candidate {
    plan_deadline deadline;
    bool about_report = false;   ///< the clause speaks of sending the report
};

}  // namespace

void read_timing(const std::vector<plan_line>& lines, const std::string& issue_date, plan_spec& out) {
    int default_year = 0;
    if (auto d = dates::from_iso(issue_date)) default_year = d->year;

    // The issuer's own gatherings are events, not deadlines ("Huyện ủy tổ chức hội nghị ...").
    const std::string issuer = text::match_key(out.issuing_body);
    std::vector<candidate> candidates;
    for (const plan_line& line : lines) {
        if (line.body.empty()) continue;
        // Levels named earlier in the line: "báo cáo nhanh trước ngày 15/6; báo
        // cáo đầy đủ trước ngày 30/6" gives both dates to the same units.
        std::vector<std::string> carried;
        std::string carried_group;
        for (const std::string& clause : clauses_of(line.body)) {
            const std::vector<word> words = words_of(clause);
            const std::vector<found_date> found = find_dates(words, default_year);
            std::size_t from = 0;
            for (const found_date& fd : found) {
                const std::string ctx = join_keys(words, from, fd.begin);
                // A level named only by words of the issuer's own name is the
                // addressee ("gửi báo cáo về Ban Thường vụ Huyện ủy") or the host.
                std::vector<std::string> named;
                std::vector<std::string> issuer_levels;
                for (const level_words& lw : levels()) {
                    bool other = false, own = false;
                    for (std::string_view p : lw.phrases)
                        if (has_phrase(ctx, p)) (has_phrase(issuer, p) ? own : other) = true;
                    if (other) named.emplace_back(lw.level);
                    else if (own) issuer_levels.emplace_back(lw.level);
                }
                const bool province = has_phrase(ctx, "cap tinh") || has_phrase(ctx, "toan tinh");
                const bool gathering = has_phrase(ctx, "hoi nghi") || has_phrase(ctx, "ky niem");
                if (named.empty() && !issuer_levels.empty() && !gathering) named = issuer_levels;
                if (named.empty() && (province || gathering)) {
                    // A gathering "in June" is no dated event.
                    if (!fd.month_only) {
                        // An event of the issuing level: name it by the words before its date.
                        std::string name = join_text(words, from, fd.begin);
                        while (!name.empty() && (name.back() == ',' || name.back() == ' ' || name.back() == ':')) name.pop_back();
                        for (std::string_view tail : {" vào ngày", " vào", " ngày"})
                            if (name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0)
                                name.erase(name.size() - tail.size());
                        out.events.push_back({name, dates::to_iso(fd.date)});
                    }
                    from = fd.end;
                    carried.clear();
                    carried_group.clear();
                    continue;
                }
                std::string group = group_words(words, from, fd.begin);
                if (named.empty()) {
                    named = carried;
                    group = carried_group;
                }
                const bool about_report = has_phrase(ctx, "bao cao") || has_phrase(ctx, "gui");
                const auto [rule, rule_begin] = rule_before(words, from, fd);
                plan_deadline d;
                d.due = dates::to_iso(fd.date);
                d.rule = rule;
                d.wording = trimmed_wording(join_text(words, rule_begin, fd.end));
                d.report = has_phrase(ctx, "bao cao nhanh") || has_phrase(ctx, "bao cao so bo") ? "quick" : "";
                d.month_only = fd.month_only;
                for (const std::string& level : named) {
                    d.level = level;
                    d.group = level == "organization" ? group : std::string();
                    candidates.push_back({d, about_report});
                }
                carried = named;
                carried_group = group;
                from = fd.end;
            }
        }
    }

    // One date per level, report and group: a date for sending the report
    // wins over an earlier date for holding the review, else the first date
    // the plan gives. Levels in table order, then the plan's order.
    for (const level_words& lw : levels()) {
        std::vector<const candidate*> chosen;
        for (const candidate& c : candidates) {
            if (c.deadline.level != lw.level) continue;
            auto same = std::find_if(chosen.begin(), chosen.end(), [&](const candidate* b) {
                return b->deadline.report == c.deadline.report && b->deadline.group == c.deadline.group;
            });
            if (same == chosen.end()) chosen.push_back(&c);
            else if (c.about_report && !(*same)->about_report) *same = &c;
        }
        for (const candidate* c : chosen) out.deadlines.push_back(c->deadline);
    }
}

}  // namespace baocao::engine::plan_detail
