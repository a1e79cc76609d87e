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

/// Where a long item title can end as a heading: before the first word that
/// opens a circumstance ("trong việc", "tại", "nhằm") or a date (", ngày"),
/// between word `min_words` and word `max_words`; npos when there is none.
std::size_t phrase_boundary(const std::string& s, std::size_t min_words, std::size_t max_words) {
    static const char* const openers[] = {"trong", "tại", "nhằm", "để", "đối với", "góp phần", "theo"};
    std::size_t pos = 0, words = 0;
    while (pos < s.size() && words < max_words) {
        const auto next = s.find(' ', pos);
        if (next == std::string::npos) break;
        ++words;
        const auto rest = std::string_view(s).substr(next + 1);
        if (words >= min_words) {
            if (s[next - 1] == ',' && rest.rfind("ngày ", 0) == 0) return next - 1;
            for (const char* o : openers) {
                const std::string_view w = o;
                if (rest.rfind(w, 0) == 0 && (rest.size() == w.size() || rest[w.size()] == ' ')) return next;
            }
        }
        pos = next + 1;
    }
    return std::string::npos;
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
            // Drop as many written words as the frame has.
            std::size_t words = static_cast<std::size_t>(std::count(f.begin(), f.end(), ' ') + 1), pos = 0;
            for (std::size_t w = 0; w < words && pos != std::string::npos; ++w) pos = s.find(' ', pos + (w ? 1 : 0));
            if (pos == std::string::npos) break;
            s = text::trim(std::string_view(s).substr(pos + 1));
            again = true;
            break;
        }
    }
    constexpr std::size_t max_words = 14;
    if (word_count(s) > max_words) {
        if (auto cut = phrase_boundary(s, 6, 18); cut != std::string::npos) {
            s.resize(cut);
            while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
            return capitalize_first(s);
        }
        std::size_t pos = 0, words = 0, last_cut = std::string::npos;
        while (pos < s.size() && words < max_words) {
            const auto next = s.find(' ', pos);
            ++words;
            if (next == std::string::npos) break;
            if (next > 0 && s[next - 1] == ',' && words >= 6) last_cut = next - 1;
            pos = next + 1;
        }
        s.resize(last_cut != std::string::npos ? last_cut : (pos > 0 ? pos - 1 : s.size()));
    }
    while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    return capitalize_first(s);
}


}  // namespace baocao::synthesis
