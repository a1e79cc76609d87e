// SPDX-License-Identifier: Apache-2.0
// The nearest cue before a number decides its role: in "đã khen thưởng 93 tập
// thể; đề nghị tặng bằng khen cho 3 tập thể" each figure has its own. A count
// of one field ("Trên lĩnh vực quốc phòng - an ninh, có 18 mô hình") is a part
// of the unit's total unless the words after it say it was done ("1.192 hộ đã
// tham gia").
#include "figure_reading.hpp"

namespace baocao::indicators {

namespace {

struct place_words {
    std::vector<phrase> prepositions = {make_phrase("ở"), make_phrase("tại")};
    std::vector<phrase> kinds = {make_phrase("huyện"), make_phrase("thị xã"),   make_phrase("thành phố"),
                                 make_phrase("quận"),  make_phrase("xã"),       make_phrase("phường"),
                                 make_phrase("thị trấn")};
};

const place_words& places() {
    static const place_words words;
    return words;
}

figure_role nearest_role(sentence_tokens& t, const catalogue& cat, std::size_t number, std::size_t same_before,
                         bool same_in_paragraph, bool& found) {
    found = false;
    figure_role role = figure_role::result;
    // The cue ending nearest the number decides; of two ending together, the longer.
    std::size_t best_end = 0, best_size = 0;
    for (std::size_t s = 0; s < number; ++s)
        for (const auto& cue : cat.role_cues) {
            const std::size_t end = s + cue.words.size();
            if ((cue.role != figure_role::part || same_before < s || (s == 0 && same_in_paragraph)) && end <= number &&
                (!found || end > best_end || (end == best_end && cue.words.size() > best_size)) &&
                t.phrase_at(s, cue.words)) {
                found = true;
                role = cue.role;
                best_end = end;
                best_size = cue.words.size();
            }
        }
    return role;
}

bool done_after(sentence_tokens& t, const catalogue& cat, std::size_t from) {
    for (std::size_t s = from; s < t.size() && s < from + 2; ++s)
        for (const auto& cue : cat.role_cues)
            if (cue.role == figure_role::result && t.phrase_at(s, cue.words)) return true;
    return false;
}

std::string level_near(sentence_tokens& t, const catalogue& cat, std::size_t number, std::size_t counted_end) {
    auto level_at = [&](std::size_t s) -> const level_cue* {
        for (const auto& cue : cat.level_cues)
            if (t.phrase_at(s, cue.words)) return &cue;
        return nullptr;
    };
    for (std::size_t s = number > 3 ? number - 3 : 0; s < number; ++s)
        if (const auto* cue = level_at(s); cue && s + cue->words.size() <= number) return cue->level;
    for (std::size_t s = counted_end; s < t.size() && s < counted_end + 2; ++s)
        if (const auto* cue = level_at(s)) return cue->level;
    return "";
}

/// The last "ở/tại <kind> <Name…>" before the number, as written.
std::string place_before(sentence_tokens& t, std::size_t number) {
    const auto& words = places();
    for (std::size_t s = number; s-- > 0;) {
        if (!t.longest_at(s, words.prepositions)) continue;
        const phrase* kind = t.longest_at(s + 1, words.kinds);
        if (!kind) continue;
        std::size_t name_end = s + 1 + kind->size();
        while (name_end < number && t.capitalised(name_end) && !t.break_before(name_end, ",;:()")) ++name_end;
        if (name_end == s + 1 + kind->size()) continue;
        const std::size_t begin = t[s + 1].span.begin, end = t[name_end - 1].span.end;
        return std::string(t.text().substr(begin, end - begin));
    }
    return "";
}

}  // namespace

figure_setting read_setting(sentence_tokens& t, const catalogue& cat, std::size_t number, std::size_t counted_end,
                            std::size_t same_before, bool same_in_paragraph) {
    figure_setting out;
    for (const auto& cue : cat.change_cues)
        if (cue.size() <= number && t.phrase_at(number - cue.size(), cue)) out.change = true;
    bool cued = false;
    out.role = nearest_role(t, cat, number, same_before, same_in_paragraph, cued);
    if (!cued && t.any_before(cat.field_cues, number) && !done_after(t, cat, counted_end)) out.role = figure_role::part;
    // A verb right after the counted noun speaks of it too: "604 hộ đăng ký tham gia", "20 mô hình sẽ được nhân rộng".
    for (std::size_t s = counted_end; s < t.size() && s < counted_end + 2 && !t.break_before(s, ",;:.()"); ++s)
        for (const auto& cue : cat.role_cues)
            if ((cue.role == figure_role::registered || cue.role == figure_role::proposal ||
                 cue.role == figure_role::target) &&
                t.phrase_at(s, cue.words) && (s == counted_end || t.key(counted_end) == "duoc")) {
                out.role = cue.role;
                s = t.size();
                break;
            }
    out.total = out.role == figure_role::result && t.any_before(cat.total_cues, number);
    out.level = level_near(t, cat, number, counted_end);
    out.place = place_before(t, number);
    return out;
}

}  // namespace baocao::indicators
