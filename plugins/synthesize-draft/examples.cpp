// SPDX-License-Identifier: Apache-2.0
// Words such as "mô hình", "điển hình" or "sáng tạo" are everywhere in these
// reports; alone they mark nothing. An example worth printing names its model,
// its place or its body, or gives its figure along with what it was.
#include "examples.hpp"
#include "sentences.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace baocao::synthesis {

namespace {

constexpr std::string_view open_quote = "\xE2\x80\x9C";   // “
constexpr std::string_view close_quote = "\xE2\x80\x9D";  // ”

std::vector<std::string> word_pairs(std::string_view s) {
    const auto w = text::words(text::match_key(s));
    std::vector<std::string> out;
    for (std::size_t i = 0; i + 1 < w.size(); ++i) out.push_back(w[i] + " " + w[i + 1]);
    return out;
}

/// Written words of a sentence, without the punctuation around them; views into it.
std::vector<std::string_view> written_word_views(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        while (pos < s.size() && s[pos] == ' ') ++pos;
        auto end = s.find(' ', pos);
        if (end == std::string_view::npos) end = s.size();
        std::string_view w = s.substr(pos, end - pos);
        while (!w.empty() && std::string_view(",;:.()").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
        while (!w.empty() && w.front() == '(') w.remove_prefix(1);
        if (!w.empty()) out.push_back(w);
        pos = end;
    }
    return out;
}

bool starts_with_capital(std::string_view w) {
    const auto first = text::first_key_letter(w);
    if (first.bytes == 0 || first.key == 0) return false;
    if (first.key >= '0' && first.key <= '9') return false;
    const auto head = w.substr(0, first.bytes);
    return text::to_lower(head) != head;
}

bool starts_with_digit(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

}  // namespace

std::vector<std::string> quoted_names(std::string_view s) {
    std::vector<std::string> out;
    std::vector<std::size_t> opened;
    bool ascii_open = false;
    std::size_t ascii_from = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (s.substr(i, open_quote.size()) == open_quote) {
            opened.push_back(i + open_quote.size());
            i += open_quote.size();
        } else if (s.substr(i, close_quote.size()) == close_quote) {
            if (!opened.empty()) {
                out.emplace_back(s.substr(opened.back(), i - opened.back()));
                opened.pop_back();
            }
            i += close_quote.size();
        } else if (s[i] == '"') {
            if (ascii_open) out.emplace_back(s.substr(ascii_from, i - ascii_from));
            else ascii_from = i + 1;
            ascii_open = !ascii_open;
            ++i;
        } else {
            ++i;
        }
    }
    return out;
}

plan_wording::plan_wording(const plan_spec& plan) {
    std::vector<std::string> texts{plan.title};
    for (const auto& item : plan.items) texts.push_back(item.title);
    for (const auto& t : texts) {
        for (auto& p : word_pairs(t)) word_pairs_.insert(std::move(p));
        for (const auto& q : quoted_names(t)) quoted_.insert(text::match_key(q));
    }
}

bool plan_wording::restates(std::string_view sentence) const {
    const auto pairs = word_pairs(sentence);
    if (pairs.size() < 4) return false;
    const auto shared = std::count_if(pairs.begin(), pairs.end(), [&](const auto& p) { return word_pairs_.count(p) > 0; });
    return 2 * static_cast<std::size_t>(shared) >= pairs.size();
}

bool plan_wording::quotes(std::string_view name) const { return quoted_.count(text::match_key(name)) > 0; }

bool names_place_or_body(std::string_view sentence) {
    // A kind of place or body, in lower case, then a proper name; or a body
    // whose kind is itself capitalised, then a proper name or a number.
    static const std::vector<std::vector<std::string>> places = {
        {"xã"},    {"phường"}, {"thị", "trấn"}, {"thôn"},          {"xóm"},  {"bản"},        {"làng"},
        {"huyện"}, {"thị", "xã"}, {"thành", "phố"}, {"tổ", "dân", "phố"}, {"khu", "phố"}, {"tổ", "dân", "cư"}};
    static const std::vector<std::vector<std::string>> bodies = {
        {"Trung", "đoàn"}, {"Sư", "đoàn"}, {"Đồn", "Biên", "phòng"}, {"Công", "ty"}, {"Trường"},
        {"Bệnh", "viện"},  {"Hợp", "tác", "xã"}, {"Ngân", "hàng"},     {"Nhà", "máy"}, {"Chi", "bộ"}};
    const auto w = written_word_views(sentence);
    // A word is the kind's word in any case. Every kind's words start with
    // an ASCII letter and keep their length in bytes in either case, so most
    // words are told apart without putting them in lower case.
    auto is_in_lower_case = [](std::string_view word, const std::string& kind_word) {
        if (word.size() != kind_word.size() || (word[0] | 0x20) != kind_word[0]) return false;
        return word.substr(1) == std::string_view(kind_word).substr(1) || text::to_lower(word) == kind_word;
    };
    auto place_at = [&](const std::vector<std::string>& kind, std::size_t i) {
        if (i + kind.size() >= w.size()) return false;
        for (std::size_t k = 0; k < kind.size(); ++k)
            if (!is_in_lower_case(w[i + k], kind[k])) return false;
        return true;
    };
    auto body_at = [&](const std::vector<std::string>& kind, std::size_t i) {
        return i + kind.size() < w.size() && std::equal(kind.begin(), kind.end(), w.begin() + static_cast<std::ptrdiff_t>(i));
    };
    // The kinds a word can start, by its first byte: a place's first word in
    // either case (its first letter is ASCII), a body's as written.
    struct kinds_by_first_byte {
        std::array<std::vector<const std::vector<std::string>*>, 256> places, bodies;
    };
    static const kinds_by_first_byte starting = [&] {
        kinds_by_first_byte k;
        for (const auto& kind : places) {
            const auto lower = static_cast<unsigned char>(kind[0][0]);
            k.places[lower].push_back(&kind);
            k.places[lower & ~0x20u].push_back(&kind);
        }
        for (const auto& kind : bodies) k.bodies[static_cast<unsigned char>(kind[0][0])].push_back(&kind);
        return k;
    }();
    for (std::size_t i = 0; i < w.size(); ++i) {
        const auto first = static_cast<unsigned char>(w[i][0]);
        for (const auto* kind : starting.places[first])
            if (place_at(*kind, i) && starts_with_capital(w[i + kind->size()])) return true;
        for (const auto* kind : starting.bodies[first])
            if (body_at(*kind, i) && (starts_with_capital(w[i + kind->size()]) || starts_with_digit(w[i + kind->size()])))
                return true;
    }
    return false;
}

bool names_committee(std::string_view sentence) {
    // "Huyện ủy", "Thành ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Huyện đoàn" ...
    // written with a capital, then a proper name. The province's own
    // committee ("Tỉnh ủy Hà Tĩnh") is every unit's to name, and is left out.
    static const std::vector<std::string_view> kinds = {"Huyện", "Thành", "Thị", "Đảng"};
    static const std::vector<std::string_view> bodies = {"ủy", "uỷ", "bộ", "đoàn"};
    const auto w = written_word_views(sentence);
    for (std::size_t i = 0; i + 2 < w.size(); ++i)
        if (std::find(kinds.begin(), kinds.end(), w[i]) != kinds.end() &&
            std::find(bodies.begin(), bodies.end(), w[i + 1]) != bodies.end() && starts_with_capital(w[i + 2]))
            return true;
    return false;
}

bool cites_numbered_document(std::string_view sentence) {
    for (auto at = sentence.find(" số "); at != std::string_view::npos; at = sentence.find(" số ", at + 1)) {
        const auto next = at + std::string_view(" số ").size();
        if (next < sentence.size() && sentence[next] >= '0' && sentence[next] <= '9') return true;
    }
    return false;
}

bool notable(std::string_view sentence, const plan_wording& plan) {
    if (plan.restates(sentence)) return false;
    int marks = 0;
    for (const auto& q : quoted_names(sentence))
        if (!plan.quotes(q) && word_count(q) >= 1) {
            marks += 2;
            break;
        }
    if (names_place_or_body(sentence)) marks += 2;
    if (has_figures(sentence)) marks += 1;
    const auto key = " " + text::match_key(sentence) + " ";
    for (const char* mark : {" mo hinh ", " dien hinh ", " dau tien ", " tieu bieu ", " noi bat ", " sang tao "})
        if (key.find(mark) != std::string::npos) {
            marks += 1;
            break;
        }
    return marks >= 3;
}

}  // namespace baocao::synthesis
