// SPDX-License-Identifier: Apache-2.0
// A corrected report keeps its title, or its text, or at least answers the
// same plan items; a thematic report sent beside the main one has another
// title, another text and answers one or two items. Thresholds are loose on
// purpose: wrongly keeping a stale version beside its correction is seen in
// the appendix, wrongly hiding a second report is not.

#include "same_report.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <set>

namespace baocao::deadline {

namespace {

constexpr double title_overlap = 0.6;
constexpr double text_overlap = 0.5;
constexpr double item_share = 0.6;

/// Words of the title that say what it is about: the kind line ("BÁO CÁO")
/// and function words take no part.
std::set<std::string> title_words(const std::string& title) {
    static const std::set<std::string> ignored{"bao", "cao", "cua", "va", "ve", "trong", "tai", "o", "cac", "nhung", "voi", "theo", "-"};
    std::set<std::string> out;
    for (std::string& w : text::words(text::match_key(title)))
        if (!ignored.count(w)) out.insert(std::move(w));
    return out;
}

std::set<std::string> shingles(const submission& s) {
    std::string all;
    for (const auto& sec : s.sections) {
        sec.text.append_to(all);
        all += "\n";
    }
    for (const auto& u : s.unmatched) {
        u.text.append_to(all);
        all += "\n";
    }
    const std::vector<std::string> w = text::words(text::match_key(all));
    std::set<std::string> out;
    for (std::size_t i = 0; i + 2 < w.size(); ++i) out.insert(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
    return out;
}

std::size_t common(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::size_t n = 0;
    for (const auto& x : a) n += b.count(x);
    return n;
}

std::size_t items_answered(const submission& s) {
    std::set<std::string> items;
    for (const auto& sec : s.sections) items.insert(sec.item);
    return items.size();
}

}  // namespace

bool same_report(const submission& a, const submission& b, std::size_t item_count) {
    const auto ta = title_words(a.title.str()), tb = title_words(b.title.str());
    if (!ta.empty() && !tb.empty() &&
        static_cast<double>(common(ta, tb)) >= title_overlap * static_cast<double>(std::min(ta.size(), tb.size())))
        return true;
    const auto sa = shingles(a), sb = shingles(b);
    if (sa.empty() && sb.empty() && (ta.empty() || tb.empty())) return true;
    const std::size_t shared = common(sa, sb);
    const std::size_t either = sa.size() + sb.size() - shared;
    if (either > 0 && static_cast<double>(shared) >= text_overlap * static_cast<double>(either)) return true;
    if (item_count > 0) {
        const double need = item_share * static_cast<double>(item_count);
        if (static_cast<double>(items_answered(a)) >= need && static_cast<double>(items_answered(b)) >= need) return true;
    }
    return false;
}

}  // namespace baocao::deadline
