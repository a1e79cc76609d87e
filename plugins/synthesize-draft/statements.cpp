// SPDX-License-Identifier: Apache-2.0
// Units put their assessment anywhere: under item 2, in a section of its own,
// as a sub-heading of the results. The role follows the nearest heading that
// announces one; a heading that announces none brings the section's own role
// back, so "2. Công tác khen thưởng" after "1. Hạn chế" is results again.
#include "statements.hpp"
#include "draft_text.hpp"
#include "sentences.hpp"

#include "key_words.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <functional>
#include <iterator>
#include <set>

namespace baocao::synthesis {

namespace {

using plugins::has_words;

bool has_any(const std::string& key, std::initializer_list<std::string_view> phrases) {
    for (auto p : phrases)
        if (has_words(key, p)) return true;
    return false;
}

/// A short line that does not end as a sentence, followed by one that does: a
/// sub-heading written without its number ("Việc cụ thể hóa, ban hành văn bản
/// chỉ đạo, hướng dẫn"), not a statement. An item of a list ("- ...", "+ ...",
/// "• ...") is never one, whatever its punctuation, and a list of items
/// without final marks is no heading: the next line ends no better.
bool heads_paragraph(std::string_view line, std::string_view next) {
    const auto trimmed = text::trim(line);
    const bool list_item = !trimmed.empty() && (trimmed[0] == '-' || trimmed[0] == '+' || trimmed[0] == '*' ||
                                                trimmed.rfind("\xE2\x80\xA2", 0) == 0 ||   // •
                                                trimmed.rfind("\xE2\x80\x93", 0) == 0);    // –
    const std::size_t words = word_count_up_to(line, 17);
    return !list_item && !ends_like_sentence(line) && words <= 16 && ends_like_sentence(next) &&
           word_count_up_to(next, 17) > words;
}

/// A line of nothing but a number ("520", "1.058", "87,6%"): a cell of a
/// table. "1." or "2)" alone is a list label, not a number.
bool is_number_line(std::string_view line) {
    bool digit = false;
    for (const char c : line) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c != '.' && c != ',' && c != '%' && c != ' ' && c != '\t') return false;
    }
    return digit && line.back() != '.';
}

/// Which lines are cells of a table whose cells came out one a line: a run of
/// three lines or more, each a bare number or short and not ending as a
/// sentence, two of them numbers at least ("TT", "Đơn vị", "Số mô hình", "1",
/// "Phòng Cảnh sát ...", "13" ...). A cell is neither a statement nor a sub-heading.
std::vector<bool> table_cells(const std::vector<std::string>& lines) {
    std::vector<bool> cell(lines.size(), false);
    auto cell_like = [&](std::size_t i) {
        return is_number_line(lines[i]) || (!ends_like_sentence(lines[i]) && word_count_up_to(lines[i], 17) <= 16);
    };
    for (std::size_t i = 0; i < lines.size();) {
        if (!cell_like(i)) {
            ++i;
            continue;
        }
        std::size_t end = i, numbers = 0;
        for (; end < lines.size() && cell_like(end); ++end) numbers += is_number_line(lines[end]);
        if (end - i >= 3 && numbers >= 2) std::fill(cell.begin() + static_cast<std::ptrdiff_t>(i), cell.begin() + static_cast<std::ptrdiff_t>(end), true);
        i = end;
    }
    return cell;
}

/// A paragraph that names its own role in its first words ("Nguyên nhân của hạn chế là ...").
std::optional<role> role_of_paragraph(std::string_view paragraph) {
    std::string head;
    text::assign_match_key(head, paragraph, 3);
    if (head.rfind("nguyen nhan", 0) == 0) return role::causes;
    if (head.rfind("bai hoc", 0) == 0) return role::lessons;
    if (head.rfind("de nghi", 0) == 0 || head.rfind("kien nghi", 0) == 0) return role::recommendations;
    return std::nullopt;
}

/// True when the sentence as written has the word "chưa" (not yet). Its match
/// key, "chua", is also that of "chữa" (repair), "chứa" (hold) and "chùa"
/// (pagoda), so the word is looked for with its marks: the text is NFC, and
/// "chưa" has no tone mark whose placement could vary.
bool says_not_yet(std::string_view text) {
    auto is_letter_byte = [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    };
    for (const std::string_view form : {"ch\xC6\xB0" "a", "Ch\xC6\xB0" "a", "CH\xC6\xAF" "A"}) {
        for (auto at = text.find(form); at != std::string_view::npos; at = text.find(form, at + 1)) {
            const auto end = at + form.size();
            if ((at == 0 || !is_letter_byte(text[at - 1])) && (end == text.size() || !is_letter_byte(text[end]))) return true;
        }
    }
    return false;
}

/// A sentence that states a shortcoming ("còn lúng túng", "chưa được thường
/// xuyên", "hiệu quả thấp") rather than a result, unless it tells how one was
/// put right ("kịp thời chấn chỉnh những nơi làm chưa tốt"). `key`: the
/// sentence's match key; `text`: the sentence as written.
bool states_shortcoming(const std::string& key, std::string_view text) {
    static const plugins::phrase_list put_right = {"khac phuc", "chan chinh", "thao go", "giai quyet", "xu ly",
                                                   "uon nan", "nhac nho", "han che duoc", "khong con", "da giam",
                                                   "giam han", "gop phan han che", "nham han che"};
    static const plugins::phrase_list shortcoming = {
        "con han che", "han che", "yeu kem", "lung tung", "mo nhat", "con hinh thuc", "mang tinh hinh thuc",
        "bat cap", "hieu qua thap", "cham doi moi", "khong duoc duy tri", "con nhieu kho khan", "con xay ra", "ton tai"};
    // Most sentences state no shortcoming: that is looked for first.
    return (shortcoming.found_in(key) || says_not_yet(text)) && !put_right.found_in(key);
}

/// A cause paragraph about what went well ("Nguyên nhân của ưu điểm", "Đạt được kết quả trên là do").
/// `key`: the sentence's match key.
bool explains_strengths(const std::string& key) {
    static const plugins::phrase_list strengths = {"uu diem", "ket qua tren", "ket qua do", "dat duoc ket qua",
                                                   "co duoc ket qua"};
    return strengths.found_in(key);
}

/// A heading that opens an assessment as a whole ("IV. ĐÁNH GIÁ CHUNG",
/// "Nhận xét chung"), whose sub-headings name its parts in their own words
/// ("1. Những mặt làm được", "2. Những kết quả đạt được").
bool opens_assessment(std::string_view heading) {
    const auto key = text::match_key(heading);
    return has_any(key, {"danh gia chung", "nhan xet chung", "nhan xet danh gia"});
}

/// A heading of a report's first rank: a Roman numeral, "Phần", or all in capitals.
bool is_top_level(std::string_view heading) {
    const auto h = text::trim(heading);
    if (text::is_all_caps(h)) return true;
    std::string head;
    text::assign_match_key(head, h, 1);
    if (head == "phan") return true;
    const auto dot = h.find_first_of(".-)");
    if (dot == std::string::npos || dot == 0 || dot > 6) return false;
    return std::all_of(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(dot),
                       [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L'; });
}

/// "Nguyên nhân của ưu điểm: có sự…" → "Có sự…": the label a sub-heading of
/// the draft will carry, taken off the sentence it opened.
std::string without_cause_label(std::string sentence) {
    std::string head;
    text::assign_match_key(head, sentence, 2);
    const auto colon = sentence.find(':');
    if (head != "nguyen nhan" || colon == std::string::npos || word_count(sentence.substr(0, colon)) > 6) return sentence;
    auto rest = text::trim(std::string_view(sentence).substr(colon + 1));
    return word_count(rest) >= 5 ? capitalize_first(rest) : sentence;
}

}  // namespace

std::optional<role> role_of_heading(std::string_view heading) {
    const auto key = text::match_key(heading);
    if (has_words(key, "nguyen nhan"))
        return has_any(key, {"uu diem", "ket qua", "dat duoc", "lam duoc", "thanh cong", "thanh tuu"}) ? role::strength_causes
                                                                                                   : role::causes;
    if (has_any(key, {"bai hoc", "kinh nghiem rut ra"})) return role::lessons;
    if (has_any(key, {"kien nghi", "de nghi"})) return role::recommendations;
    if (has_any(key, {"giai phap", "phuong huong", "nhiem vu", "muc tieu"})) return role::directions;
    if (has_words(key, "de xuat")) return role::recommendations;
    if (has_any(key, {"han che", "ton tai", "khuyet diem", "yeu kem", "kho khan", "vuong mac", "bat cap", "mat chua duoc"}))
        return role::weaknesses;
    if (has_any(key, {"uu diem", "mat duoc", "danh gia chung", "nhan xet chung", "mat tich cuc"})) return role::strengths;
    return std::nullopt;
}

bool is_forward_item(const plan_item& item) {
    const auto key = text::match_key(item.title);
    return has_any(key, {"giai phap", "phuong huong"}) && !has_words(key, "ket qua dat duoc");
}

namespace {

/// The statements of reporter `u`, their origins numbered from 0. `forward[k]`: is_forward_item of plan item k.
statement_list statements_of_unit(const std::vector<reporter>& reporters, std::size_t u, const plan_spec& plan,
                                  const std::vector<bool>& forward) {
    statement_list out;
    const auto& r = reporters[u];
    std::set<std::pair<int, std::string>> seen;  // (role, sentence key) already kept for this unit
    auto add_section = [&](const submission& s, const std::string& heading, const std::string& body,
                           std::optional<role> base, std::int16_t item) {
        const auto own = role_of_heading(heading);
        const role section_role = own ? *own : (base ? *base : role::results);
        if (!own && !base) return;  // background, preamble: nothing the synthesis reports
        role current = section_role;
        bool in_assessment = opens_assessment(heading);
        // Where the section's sentences come from, a new origin when a sub-heading changes it.
        // An origin is kept once a statement refers to it.
        statement_origin from{static_cast<std::uint32_t>(u), &s, text::trim(text::sanitize_utf8(heading))};
        bool from_kept = false;
        const auto paras = paragraphs_of(text::sanitize_utf8(body));
        const auto cells = table_cells(paras);
        for (std::size_t i = 0; i < paras.size(); ++i) {
            const auto& p = paras[i];
            if (cells[i] || is_number_line(p)) continue;
            if (looks_like_heading(p) || (i + 1 < paras.size() && heads_paragraph(p, paras[i + 1]))) {
                const auto sub = role_of_heading(p);
                // Inside an assessment, a sub-heading that names no role of its
                // own ("1. Những mặt làm được") names its strengths; a new part
                // of the first rank closes the assessment.
                if (opens_assessment(p)) in_assessment = true;
                else if (is_top_level(p)) in_assessment = false;
                current = sub ? *sub : in_assessment ? role::strengths : section_role;
                from.heading = p;
                from_kept = false;
                continue;
            }
            role here = current;
            if (const auto own_role = role_of_paragraph(enumerator_stripped(p));
                own_role && (current != role::results || *own_role == role::causes))
                here = *own_role;
            for (const auto& sentence : split_sentences(p)) {
                auto t = strip_enumerator(sentence);
                if (has_fewer_words(t, 5) || t.back() == ':') continue;
                auto key = text::match_key(t);
                const auto kept = seen.insert({static_cast<int>(here), key});
                if (!kept.second) continue;
                statement st;
                // A unit's results and strengths often carry its shortcomings
                // too; the province's report states those under "Hạn chế".
                st.role = (here == role::results || here == role::strengths) && states_shortcoming(key, t) ? role::weaknesses
                          : here == role::causes && explains_strengths(key)                           ? role::strength_causes
                                                                                                       : here;
                st.item = st.role == role::results ? item : std::int16_t{-1};
                if (st.role == role::strength_causes || st.role == role::causes) {
                    st.text = without_cause_label(t);
                    st.key_hash = key_hash_of(st.text == t ? key : text::match_key(st.text));
                } else {
                    st.text = std::move(t);
                    st.key_hash = key_hash_of(key);
                }
                st.text.shrink_to_fit();
                st.unit = static_cast<std::uint32_t>(u);
                if (!from_kept) {
                    out.origins.push_back(from);
                    from_kept = true;
                }
                st.origin = static_cast<std::uint32_t>(out.origins.size() - 1);
                st.paragraph = static_cast<std::int32_t>(i);
                out.all.push_back(std::move(st));
            }
        }
    };
    for (const auto* s : r.submissions) {
        for (const auto& sec : s->sections) {
            std::optional<role> base = role::results;
            std::int16_t item = -1;
            for (std::size_t k = 0; k < plan.items.size(); ++k) {
                if (plan.items[k].id != sec.item) continue;
                if (item < 0) item = static_cast<std::int16_t>(k);
                if (forward[k]) base = role::directions;
            }
            add_section(*s, sec.heading.str(), sec.text.str(), base, item);
        }
        for (const auto& un : s->unmatched) add_section(*s, un.heading.str(), un.text.str(), std::nullopt, -1);
    }
    return out;
}

}  // namespace

std::uint64_t key_hash_of(std::string_view key) { return std::hash<std::string_view>{}(key); }

statement_list statements_of(const std::vector<reporter>& reporters, const plan_spec& plan, const task_runner& tasks) {
    std::vector<bool> forward;
    for (const auto& item : plan.items) forward.push_back(is_forward_item(item));
    std::vector<statement_list> per_unit(reporters.size());
    tasks(reporters.size(), [&](std::size_t u) { per_unit[u] = statements_of_unit(reporters, u, plan, forward); });
    std::size_t total = 0, origins = 0;
    for (const auto& list : per_unit) total += list.all.size(), origins += list.origins.size();
    statement_list out;
    out.all.reserve(total);
    out.origins.reserve(origins);
    for (auto& list : per_unit) {
        const auto first_origin = static_cast<std::uint32_t>(out.origins.size());
        for (auto& st : list.all) {
            st.origin += first_origin;
            out.all.push_back(std::move(st));
        }
        std::move(list.origins.begin(), list.origins.end(), std::back_inserter(out.origins));
        list = statement_list{};   // its memory freed as soon as it is copied
    }
    return out;
}

draft::source_ref source_of(const statement_list& list, const std::vector<reporter>& reporters, const statement& st) {
    const auto& o = list.origins[st.origin];
    return source_of(reporters[o.unit], *o.from, o.heading, st.paragraph);
}

}  // namespace baocao::synthesis
