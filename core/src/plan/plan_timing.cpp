// Deadlines per level and dated events from the plan's section on timing.
// A clause ("...; cấp huyện, thành, thị ủy, đảng ủy trực thuộc xong trước
// ngày 05/10/2013; ...") names who and when; the words before each date
// within its clause say which level the date is for.
#include "plan/plan_text.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

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

/// Finds the dates among a clause's words. A date without a year takes
/// `default_year`, and only counts after "ngày" or "trước" (a bare "15/15" is a ratio).
std::vector<found_date> find_dates(const std::vector<word>& words, int default_year) {
    std::vector<found_date> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& k = words[i].key;
        // "ngày 16 tháng 8 năm 2013", "ngày 30 tháng 9".
        if (k == "ngay" && i + 3 < words.size() && all_digits(words[i + 1].key, 1, 2) && words[i + 2].key == "thang" &&
            all_digits(words[i + 3].key, 1, 2)) {
            dates::civil_date d{default_year, to_int(words[i + 3].key), to_int(words[i + 1].key)};
            std::size_t end = i + 4;
            if (i + 5 < words.size() + 0 && words[i + 4].key == "nam" && all_digits(words[i + 5].key, 4, 4)) {
                d.year = to_int(words[i + 5].key);
                end = i + 6;
            }
            if (d.year > 0 && dates::valid(d)) out.push_back({i, end, d});
            i = end - 1;
            continue;
        }
        if (auto nd = numeric_date(words[i].text)) {
            const bool has_year = (*nd)[2] != 0;
            const bool introduced = i > 0 && (words[i - 1].key == "ngay" || words[i - 1].key == "truoc");
            dates::civil_date d{has_year ? (*nd)[2] : default_year, (*nd)[1], (*nd)[0]};
            if ((has_year || introduced) && d.year > 0 && dates::valid(d)) {
                const std::size_t begin = (i > 0 && words[i - 1].key == "ngay") ? i - 1 : i;
                out.push_back({begin, i + 1, d});
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
        {"organization", {"mat tran to quoc", "mttq", "doan the", "to chuc chinh tri xa hoi"}},
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

/// A candidate deadline with what chooses between candidates of one level.
struct candidate {
    std::string level;
    dates::civil_date date;
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
        for (const std::string& clause : clauses_of(line.body)) {
            const std::vector<word> words = words_of(clause);
            const std::vector<found_date> found = find_dates(words, default_year);
            std::vector<std::string> carried;  // levels named earlier in the clause
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
                    // An event of the issuing level: name it by the words before its date.
                    std::string name = join_text(words, from, fd.begin);
                    while (!name.empty() && (name.back() == ',' || name.back() == ' ' || name.back() == ':')) name.pop_back();
                    for (std::string_view tail : {" vào ngày", " vào", " ngày"})
                        if (name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0)
                            name.erase(name.size() - tail.size());
                    out.events.push_back({name, dates::to_iso(fd.date)});
                    from = fd.end;
                    carried.clear();
                    continue;
                }
                if (named.empty()) named = carried;
                const bool about_report = has_phrase(ctx, "bao cao") || has_phrase(ctx, "gui");
                for (const std::string& level : named) candidates.push_back({level, fd.date, about_report});
                carried = named;
                from = fd.end;
            }
        }
    }

    // One date per level: a date for sending the report wins over an earlier
    // date for holding the review, else the first date the plan gives.
    for (const level_words& lw : levels()) {
        const candidate* best = nullptr;
        for (const candidate& c : candidates) {
            if (c.level != lw.level) continue;
            if (best == nullptr || (c.about_report && !best->about_report)) best = &c;
        }
        if (best != nullptr) out.deadlines.push_back({std::string(lw.level), dates::to_iso(best->date)});
    }
}

}  // namespace baocao::engine::plan_detail
