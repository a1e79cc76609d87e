// SPDX-License-Identifier: Apache-2.0
// A plan item is one long request ("Vai trò, trách nhiệm và kết quả hoạt động
// của Mặt trận Tổ quốc và các đoàn thể trong việc hưởng ứng…"); its section's
// heading is its head phrase. The heading is cut where a phrase ends, and a
// cut that would leave "…và" or split "A và B" behind is moved.
#include "section_headings.hpp"
#include "draft_text.hpp"
#include "sentences.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <string_view>
#include <vector>

namespace baocao::synthesis {

namespace {

constexpr std::size_t max_words = 14;
constexpr std::size_t min_words = 6;
/// How far past `max_words` a conjunct group may run to be kept whole.
constexpr std::size_t conjunct_allowance = 6;

/// The written words of a heading and, for each, in lower case without punctuation.
struct worded {
    std::vector<std::string> written;
    std::vector<std::string> lower;
};

worded words_of(const std::string& s) {
    worded w;
    std::size_t pos = 0;
    while (pos < s.size()) {
        while (pos < s.size() && s[pos] == ' ') ++pos;
        if (pos >= s.size()) break;
        auto end = s.find(' ', pos);
        if (end == std::string::npos) end = s.size();
        w.written.push_back(s.substr(pos, end - pos));
        auto l = text::to_lower(w.written.back());
        while (!l.empty() && (l.back() == ',' || l.back() == ';' || l.back() == ':')) l.pop_back();
        w.lower.push_back(std::move(l));
        pos = end;
    }
    return w;
}

bool ends_with_comma(const std::string& word) { return !word.empty() && (word.back() == ',' || word.back() == ';'); }

/// Words that open a circumstance, a purpose or a date: a heading ends before them.
bool opens_circumstance(const worded& w, std::size_t i) {
    static const std::vector<std::vector<std::string>> openers = {
        {"trong"}, {"tại"},   {"nhằm"}, {"để"},          {"đối", "với"}, {"góp", "phần"}, {"theo"},
        {"ngày"},  {"đến"},   {"cho"},  {"gắn", "với"}, {"thông", "qua"}, {"giai", "đoạn"}};
    for (const auto& o : openers) {
        if (i + o.size() > w.lower.size()) continue;
        if (std::equal(o.begin(), o.end(), w.lower.begin() + static_cast<std::ptrdiff_t>(i))) return true;
    }
    return false;
}

/// Words after which a heading cannot stop: they need what follows.
bool needs_continuation(const std::string& word) {
    static const char* const words[] = {"của", "và", "với", "các", "những", "cho", "về", "ở", "từ", "là", "hoặc",
                                        "cùng", "một", "số", "việc", "sự", "trong", "tại", "đến", "được", "bị"};
    return std::any_of(std::begin(words), std::end(words), [&](const char* x) { return word == x; });
}

bool is_conjunction(const std::string& word) { return word == "và" || word == "cùng" || word == "hoặc"; }

std::string joined(const worded& w, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + w.written[i];
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ' ')) out.pop_back();
    return out;
}

/// Where the heading ends: the number of words it keeps.
std::size_t cut_point(const worded& w) {
    const std::size_t n = w.written.size();
    if (n <= max_words) return n;
    // 1. Before a word that opens a circumstance, within reach.
    for (std::size_t i = min_words; i < n && i <= max_words + 4; ++i)
        if (opens_circumstance(w, i)) return i;
    // 2. At the last comma that closes a clause: not a comma between the
    // members of a list that a later "và" closes within the kept words.
    for (std::size_t i = max_words; i > min_words; --i) {
        if (!ends_with_comma(w.written[i - 1]) || is_conjunction(w.lower[i])) continue;
        bool list_goes_on = false;
        for (std::size_t k = i; k < max_words; ++k)
            if (is_conjunction(w.lower[k])) list_goes_on = true;
        if (!list_goes_on) return i;
    }
    // 3. A little further, at the end of the phrase the words run into
    // ("…Tổ quốc và các đoàn thể các cấp;"), so that no conjunct group is split.
    for (std::size_t i = max_words + 1; i <= n && i <= max_words + conjunct_allowance; ++i)
        if (i == n || ends_with_comma(w.written[i - 1]) || opens_circumstance(w, i)) return i;
    // 4. Else the head phrase alone: before the last "của" within reach, so
    // that no name or group is cut in two; never on a word that needs the next.
    std::size_t cut = max_words;
    for (std::size_t i = max_words; i >= min_words; --i)
        if (w.lower[i] == "của") {
            cut = i;
            break;
        }
    while (cut > min_words && needs_continuation(w.lower[cut - 1])) --cut;
    return cut;
}

}  // namespace

std::string short_item_heading(const std::string& title) {
    auto s = item_heading(title);
    if (const auto semi = s.find(';'); semi != std::string::npos) s.resize(semi);
    // Framing words of a plan's request ("Đánh giá tình hình ...", "Làm rõ những ...").
    for (bool again = true; again;) {
        again = false;
        std::string key;
        text::assign_match_key(key, s, 3);
        for (const char* frame : {"danh gia", "lam ro", "tinh hinh", "nhung", "viec"}) {
            const std::string f = frame;
            if (key.rfind(f + " ", 0) != 0) continue;
            const auto words = static_cast<std::size_t>(std::count(f.begin(), f.end(), ' ') + 1);
            std::size_t pos = 0;
            for (std::size_t k = 0; k < words && pos != std::string::npos; ++k) pos = s.find(' ', pos + (k ? 1 : 0));
            if (pos == std::string::npos) break;
            s = text::trim(std::string_view(s).substr(pos + 1));
            again = true;
            break;
        }
    }
    const auto w = words_of(s);
    return capitalize_first(joined(w, cut_point(w)));
}

}  // namespace baocao::synthesis
