// SPDX-License-Identifier: Apache-2.0
// Generalizing is a substitution of names on the unit's own sentence, never
// a rewording: what the province's report says remains what a unit wrote.
#include "wording.hpp"
#include "sentences.hpp"
#include "vietnamese_forms.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::synthesis {

namespace {

bool starts_with_key(const std::string& name, std::initializer_list<std::string_view> prefixes) {
    std::string key;
    text::assign_match_key(key, name, 3);
    for (auto p : prefixes)
        if (key.rfind(p, 0) == 0) return true;
    return false;
}

bool is_party_committee(const reporter& r) {
    return starts_with_key(r.name, {"huyen uy", "thanh uy", "thi uy", "dang uy", "dang bo"});
}

bool is_mass_organization(const reporter& r) {
    return starts_with_key(r.name, {"hoi ", "uy ban mttq", "uy ban mat tran", "tinh doan", "lien doan", "mat tran"});
}

/// Replaces every occurrence of `from` in `s` by `to`, comparing bytes (the text is NFC).
bool replace_all(std::string& s, const std::string& from, const std::string& to) {
    if (from.empty()) return false;
    bool any = false;
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
        s.replace(pos, from.size(), to);
        any = true;
    }
    return any;
}

}  // namespace

std::string collective_of(const std::vector<const reporter*>& units) {
    if (!units.empty() && std::all_of(units.begin(), units.end(), [](auto* r) { return is_party_committee(*r); }))
        return "các huyện, thành, thị ủy, đảng ủy trực thuộc";
    if (!units.empty() && std::all_of(units.begin(), units.end(), [](auto* r) { return is_mass_organization(*r); }))
        return "các đoàn thể";
    return "các địa phương, đơn vị";
}

std::string generalize(const std::string& sentence, const reporter& unit, const roster& r, const std::string& collective) {
    std::vector<std::string> names{unit.name};
    names.insert(names.end(), unit.own_names.begin(), unit.own_names.end());
    if (const auto* ru = r.find(unit.unit_id)) {
        names.push_back(ru->name);
        for (const auto& a : ru->aliases) names.push_back(text::to_nfc(a));
    }
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    names.erase(std::unique(names.begin(), names.end()), names.end());

    std::string s = sentence;
    for (const auto& n : names) replace_all(s, n, collective);
    // The place alone, with the word for its kind of place before it.
    const std::string place = unit.short_name != unit.name ? unit.short_name : std::string();
    if (!place.empty()) {
        for (const char* kind : {"trên địa bàn huyện ", "huyện ", "thị xã ", "thành phố "})
            replace_all(s, std::string(kind) + place, std::string(kind).rfind("trên", 0) == 0 ? "trên địa bàn các địa phương" : "các địa phương");
        replace_all(s, place, "các địa phương");
    }
    for (const char* whole : {"toàn huyện", "toàn thị xã", "toàn thành phố"}) replace_all(s, whole, "toàn tỉnh");
    // "các các ..." when a sentence already said "các" before the name.
    replace_all(s, "các các ", "các ");
    return capitalize_first(s);
}

namespace {

/// Splits at `sep` outside quotes (“…”, "…"), so that a quoted name keeps its commas.
std::vector<std::string> split_outside_quotes(const std::string& s, std::string_view sep) {
    std::vector<std::string> parts;
    int depth = 0;
    bool straight = false;
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, 3, "\xE2\x80\x9C") == 0) ++depth, i += 3;
        else if (s.compare(i, 3, "\xE2\x80\x9D") == 0) depth = depth > 0 ? depth - 1 : 0, i += 3;
        else if (s[i] == '"') straight = !straight, ++i;
        else if (depth == 0 && !straight && s.compare(i, sep.size(), sep) == 0) {
            parts.push_back(s.substr(from, i - from));
            i += sep.size();
            from = i;
        } else ++i;
    }
    parts.push_back(s.substr(from));
    return parts;
}

/// A clause opening that sets a circumstance or a purpose ("Gắn phong trào với…",
/// "Trên lĩnh vực…", "Phấn đấu đến…"): cut after it, what is left is no sentence.
bool opens_with_circumstance(const std::string& clause) {
    std::string key;
    text::assign_match_key(key, clause, 2);
    static const char* const openers[] = {"gan", "de", "qua", "trong", "tren", "nam", "phan dau", "den", "voi",
                                          "tu", "sau", "nham", "nho", "ben canh", "ngoai ra", "tai", "o"};
    for (const char* o : openers) {
        const std::string_view w = o;
        if (key.rfind(w, 0) == 0 && (key.size() == w.size() || key[w.size()] == ' ')) return true;
    }
    return false;
}

}  // namespace

std::string without_unit_figures(const std::string& sentence) {
    constexpr std::size_t least_words = 8;
    const auto clauses = split_outside_quotes(without_final_period(sentence), "; ");
    // The first clause: its leading comma-separated parts without figures.
    std::string head;
    bool cut = false;
    for (const auto& part : split_outside_quotes(clauses.front(), ", ")) {
        if (has_figures(part)) {
            cut = true;
            break;
        }
        head += (head.empty() ? "" : ", ") + part;
    }
    if (head.empty()) return {};
    if (cut && (word_count(head) < least_words || opens_with_circumstance(head))) return {};
    // A first clause cut after "trong đó", "gồm", "như" would dangle.
    static const char* const dangling[] = {" trong đó", " gồm", " như", " với", " là", " đạt", " cho", " của"};
    for (const char* d : dangling) {
        const std::string_view tail = d;
        if (head.size() >= tail.size() && head.compare(head.size() - tail.size(), tail.size(), tail) == 0) return {};
    }
    std::string out = head;
    for (std::size_t i = 1; i < clauses.size(); ++i)
        if (!has_figures(clauses[i]) && clauses[i].find(':') == std::string::npos) out += "; " + clauses[i];
    if (word_count(out) < least_words || has_figures(out)) return {};
    return out + ".";
}

std::string attribution(const std::vector<const reporter*>& units, std::size_t reporting, std::size_t max_named) {
    if (units.size() > max_named)
        return "(" + vn_number(static_cast<double>(units.size())) + "/" + vn_number(static_cast<double>(reporting)) +
               " đơn vị)";
    return "(" + unit_list(units) + ")";
}

std::string unit_list(const std::vector<const reporter*>& units) {
    // Units named plainly first, in their order; then each remark's units, the
    // remark said once after them, remarks in the order first met. A bracket
    // inside the attribution's bracket would read as a second aside.
    std::vector<std::string> remarks{""};
    for (const auto* u : units)
        if (std::find(remarks.begin(), remarks.end(), u->remark) == remarks.end()) remarks.push_back(u->remark);
    std::string out;
    for (const auto& remark : remarks) {
        std::string names;
        for (const auto* u : units)
            if (u->remark == remark) names += (names.empty() ? "" : ", ") + name_in_lists(*u);
        if (names.empty()) continue;
        out += (out.empty() ? "" : "; ") + names + (remark.empty() ? "" : " – " + remark);
    }
    return out;
}

std::string without_final_period(std::string s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ' ' || s.back() == ';')) s.pop_back();
    return s;
}

}  // namespace baocao::synthesis
