// SPDX-License-Identifier: Apache-2.0
// Canonical unit keys and the roster index.
//
// Every rule runs on match keys (no diacritics, lower case, punctuation as
// spaces), so "H.ủy", "HU" and "Huyện uỷ" are already close; the rules below
// only close the gaps that abbreviations and synonymous forms leave. They are
// applied to the roster's aliases and to the text being identified alike, so
// a rule can never make one side match while missing the other.

#include "unit_index.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <array>

namespace baocao::unit_match {

namespace {

using word_list = std::vector<std::string>;

bool starts_with(const word_list& w, std::initializer_list<std::string_view> prefix, std::size_t at = 0) {
    if (w.size() < at + prefix.size()) return false;
    std::size_t i = at;
    for (std::string_view p : prefix)
        if (w[i++] != p) return false;
    return true;
}

void replace_front(word_list& w, std::size_t count, std::initializer_list<std::string_view> with) {
    w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(count));
    w.insert(w.begin(), with.begin(), with.end());
}

/// Collective bodies that sign for a unit; they say nothing about which unit.
bool strip_collective_prefix(word_list& w) {
    static const std::array<std::initializer_list<std::string_view>, 9> prefixes = {{
        {"ban", "thuong", "vu"}, {"ban", "chap", "hanh"}, {"ban", "thuong", "truc"},
        {"thuong", "truc"}, {"btv"}, {"bch"}, {"btt"}, {"t", "m"}, {"tm"},
    }};
    for (const auto& p : prefixes) {
        // Never strip the whole line: "BAN THƯỜNG VỤ" alone stays what it is.
        if (starts_with(w, p) && w.size() > p.size()) {
            w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(p.size()));
            return true;
        }
    }
    return false;
}

void expand_leading_abbreviation(word_list& w) {
    // "H.U", "HU", "H.ủy", "H.Ủy" → huyện ủy; only at the start, where a
    // two-letter "hu" cannot be the Vietnamese word "hư"/"hủ".
    if (starts_with(w, {"h", "u"}) || starts_with(w, {"h", "uy"}))
        replace_front(w, 2, {"huyen", "uy"});
    else if (starts_with(w, {"hu"}) && w.size() > 1)
        replace_front(w, 1, {"huyen", "uy"});
}

void expand_anywhere(word_list& w) {
    word_list out;
    out.reserve(w.size() + 4);
    for (std::size_t i = 0; i < w.size(); ++i) {
        const std::string& t = w[i];
        if (t == "tp") {
            out.insert(out.end(), {"thanh", "pho"});
        } else if (t == "tx") {
            out.insert(out.end(), {"thi", "xa"});
        } else if (t == "duk") {
            out.insert(out.end(), {"dang", "uy", "khoi"});
        } else if (t == "dang" && i + 1 < w.size() && w[i + 1] == "bo") {
            // "Đảng bộ X" is the organization whose executive is "Đảng ủy X".
            out.insert(out.end(), {"dang", "uy"});
            ++i;
        } else {
            out.push_back(t);
        }
    }
    w = std::move(out);
}

void normalize_level_words(word_list& w) {
    if (starts_with(w, {"dang", "uy", "huyen"})) replace_front(w, 3, {"huyen", "uy"});
    else if (starts_with(w, {"dang", "uy", "thanh", "pho"})) replace_front(w, 4, {"thanh", "uy"});
    else if (starts_with(w, {"dang", "uy", "thi", "xa"})) replace_front(w, 4, {"thi", "uy"});
    else if (starts_with(w, {"dang", "uy", "tinh"})) replace_front(w, 3, {"tinh", "uy"});
    else if (starts_with(w, {"doan", "tinh"})) replace_front(w, 2, {"tinh", "doan"});  // "BCH Đoàn tỉnh"

    if (starts_with(w, {"huyen", "uy", "huyen"})) w.erase(w.begin() + 2);
    else if (starts_with(w, {"thanh", "uy", "thanh", "pho"})) w.erase(w.begin() + 2, w.begin() + 4);
    else if (starts_with(w, {"thi", "uy", "thi", "xa"})) w.erase(w.begin() + 2, w.begin() + 4);
}

std::string join(const word_list& w) {
    std::string out;
    for (const auto& t : w) {
        if (!out.empty()) out.push_back(' ');
        out += t;
    }
    return out;
}

std::string without_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c != ' ') out.push_back(c);
    return out;
}

std::string lower_trimmed(std::string_view s) {
    std::string out = text::trim(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Word index of the first whole-word occurrence of `needle` in `hay`, or npos.
std::size_t find_words(const word_list& hay, const word_list& needle) {
    if (needle.empty() || needle.size() > hay.size()) return std::string::npos;
    const auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end());
    return it == hay.end() ? std::string::npos : static_cast<std::size_t>(it - hay.begin());
}

lookup finish(std::vector<std::pair<std::size_t, std::string>> hits) {
    lookup l;
    for (auto& [unit, alias] : hits) {
        if (std::find(l.units.begin(), l.units.end(), unit) == l.units.end()) l.units.push_back(unit);
        if (l.alias.empty()) l.alias = alias;
    }
    return l;
}

}  // namespace

std::string canonical_key(std::string_view name) {
    word_list w = text::words(text::match_key(name));
    while (strip_collective_prefix(w)) {}
    expand_leading_abbreviation(w);
    expand_anywhere(w);
    normalize_level_words(w);
    return join(w);
}

std::string number_issuer(std::string_view line) {
    const std::string key = text::match_key(line);
    if (key.rfind("so ", 0) != 0) return {};
    std::string raw(line);
    // En and em dashes are typed for hyphens often enough to treat them alike.
    for (std::string_view dash : {std::string_view("\u2013"), std::string_view("\u2014")}) {
        for (std::size_t p = raw.find(dash); p != std::string::npos; p = raw.find(dash))
            raw.replace(p, dash.size(), "-");
    }
    const std::size_t slash = raw.find('/');
    if (slash == std::string::npos) return {};
    const std::string left = raw.substr(0, slash);
    std::string right = raw.substr(slash + 1);
    if (left.find('-') == std::string::npos) {
        // State style "Số: 45/BC-MTTQ-BTT": the issuer follows the type.
        const std::size_t dash = right.find('-');
        if (dash == std::string::npos) return {};
        right = right.substr(dash + 1);
    }
    const std::size_t space = right.find_first_of(" \t");
    if (space != std::string::npos) right = right.substr(0, space);
    return text::match_key(right);
}

unit_index::unit_index(const roster& r) : units_(r.units) {
    symbols_.resize(units_.size());
    for (std::size_t i = 0; i < units_.size(); ++i) {
        const roster_unit& u = units_[i];
        std::vector<std::string> names{u.name};
        names.insert(names.end(), u.aliases.begin(), u.aliases.end());
        for (const std::string& n : names) {
            const std::string key = canonical_key(n);
            if (key.empty()) continue;
            auto& slot = exact_[key];
            if (std::none_of(slot.begin(), slot.end(), [&](const auto& e) { return e.first == i; }))
                slot.emplace_back(i, n);
            aliases_.push_back(alias_entry{text::words(key), without_spaces(key), i, n});
        }
        for (const std::string& e : u.emails) {
            const std::string addr = lower_trimmed(e);
            if (!addr.empty()) emails_[addr].insert(i);
        }
        // The roster's symbol is free text ("TU (possibly ThU)", "ĐU or ĐUK").
        for (const std::string& s : text::words(text::match_key(u.symbol)))
            if (s != "possibly" && s != "or" && s != "and" && s != "unknown") symbols_[i].insert(s);
    }
    // Longer aliases first, so the first hit of a given length is the most specific.
    std::stable_sort(aliases_.begin(), aliases_.end(),
                     [](const alias_entry& a, const alias_entry& b) { return a.words.size() > b.words.size(); });
}

lookup unit_index::exact(std::string_view name) const {
    const std::string key = canonical_key(name);
    if (key.empty()) return {};
    const auto it = exact_.find(key);
    if (it == exact_.end()) return {};
    return finish(it->second);
}

lookup unit_index::contained(std::string_view text_in, std::size_t min_words) const {
    const word_list hay = text::words(canonical_key(text_in));
    std::vector<std::pair<std::size_t, std::string>> hits;
    std::size_t best = 0, first_at = 0;
    for (const alias_entry& a : aliases_) {
        if (a.words.size() < std::max<std::size_t>(min_words, 1)) break;
        if (a.words.size() < best) break;
        const std::size_t at = find_words(hay, a.words);
        if (at == std::string::npos) continue;
        if (hits.empty()) first_at = at;
        best = a.words.size();
        hits.emplace_back(a.unit, a.original);
    }
    lookup l = finish(std::move(hits));
    l.at_word = first_at;
    return l;
}

lookup unit_index::contained_compact(std::string_view text_in) const {
    const std::string hay = without_spaces(canonical_key(text_in));
    std::vector<std::pair<std::size_t, std::string>> hits;
    std::size_t best = 0;
    for (const alias_entry& a : aliases_) {
        if (a.words.size() < 2 || a.compact.size() < 6 || a.compact.size() < best) continue;
        if (hay.find(a.compact) == std::string::npos) continue;
        if (a.compact.size() > best) {
            hits.clear();
            best = a.compact.size();
        }
        hits.emplace_back(a.unit, a.original);
    }
    return finish(std::move(hits));
}

lookup unit_index::by_email(std::string_view address) const {
    const std::string addr = lower_trimmed(address);
    if (addr.empty()) return {};
    std::vector<std::pair<std::size_t, std::string>> hits;
    if (const auto it = emails_.find(addr); it != emails_.end())
        for (std::size_t u : it->second) hits.emplace_back(u, addr);
    if (hits.empty()) {
        const std::size_t at = addr.rfind('@');
        if (at != std::string::npos) {
            if (const auto it = emails_.find(addr.substr(at)); it != emails_.end())
                for (std::size_t u : it->second) hits.emplace_back(u, addr.substr(at));
        }
    }
    return finish(std::move(hits));
}

lookup unit_index::narrow_by_symbol(const lookup& l, std::string_view issuer) const {
    if (l.units.size() < 2 || issuer.empty()) return l;
    const word_list parts = text::words(issuer);
    const std::string whole = without_spaces(issuer);
    lookup narrowed;
    narrowed.alias = l.alias;
    for (std::size_t u : l.units) {
        const auto& sym = symbols_[u];
        if (sym.count(whole) || (!parts.empty() && sym.count(parts.front()))) narrowed.units.push_back(u);
    }
    return narrowed.units.empty() ? l : narrowed;
}

bool unit_index::names_a_body(std::string_view canonical) {
    const word_list w = text::words(canonical);
    // Not "Đảng đoàn" or "Ban cán sự đảng": those are the party group of the
    // body they name and report for it.
    static const std::array<std::initializer_list<std::string_view>, 9> bodies = {{
        {"dang", "uy"}, {"chi", "bo"}, {"huyen", "uy"}, {"thanh", "uy"}, {"thi", "uy"},
        {"truong"}, {"ubnd"}, {"uy", "ban", "nhan", "dan"}, {"cong", "ty"},
    }};
    for (const auto& b : bodies)
        if (starts_with(w, b) && w.size() > b.size()) return true;
    return false;
}

}  // namespace baocao::unit_match
