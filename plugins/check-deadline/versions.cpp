// SPDX-License-Identifier: Apache-2.0
// Supersession. A later sending replaces an earlier one, but the files of one
// message (a report and its appendix) are one sending: the message_key binds
// them, so none of them can supersede another.

#include "versions.hpp"

#include "reporters.hpp"
#include "same_report.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

namespace baocao::deadline {

namespace {

/// Input position: the core's order, then the vector position as a tiebreak.
std::pair<std::uint64_t, std::size_t> input_position(const std::vector<submission>& subs, std::size_t i) {
    return {subs[i].order, i};
}

/// The key prefix under which reports of one issuing body outside the roster
/// are grouped; no roster id starts with it.
constexpr std::string_view issuer_group_prefix = "\x01issuer:";

bool has_problem(const submission& s, error_code code) {
    return std::any_of(s.problems.begin(), s.problems.end(), [&](const problem& p) { return p.code == code; });
}

/// Same bytes twice is one report: the copy that arrived first (then the first in input order) stays.
std::vector<bool> mark_duplicates(std::vector<submission>& subs) {
    std::vector<bool> duplicate(subs.size(), false);
    std::map<std::string, std::vector<std::size_t>> by_hash;
    for (std::size_t i = 0; i < subs.size(); ++i)
        if (!subs[i].sha256.empty()) by_hash[subs[i].sha256].push_back(i);
    for (auto& [hash, members] : by_hash) {
        if (members.size() < 2) continue;
        const auto key = [&](std::size_t i) {
            const auto& r = subs[i].received_at;
            return std::make_tuple(r ? *r : std::numeric_limits<std::int64_t>::max(), input_position(subs, i));
        };
        const std::size_t keep = *std::min_element(members.begin(), members.end(),
                                                   [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
        for (std::size_t i : members) {
            if (i == keep) continue;
            duplicate[i] = true;
            subs[i].superseded_by = subs[keep].source;
            if (!has_problem(subs[i], error_code::duplicate))
                subs[i].problems.push_back(problem{error_code::duplicate, "the same file as " + subs[keep].source});
        }
    }
    return duplicate;
}

struct sending {
    std::vector<std::size_t> files;
    std::optional<std::int64_t> received;   ///< earliest of its files
    std::optional<std::string> dated;       ///< latest document date of its files
    std::pair<std::uint64_t, std::size_t> position{};  ///< first in input order
};

sending make_sending(const std::vector<submission>& subs, std::vector<std::size_t> files) {
    sending s;
    s.files = std::move(files);
    s.position = input_position(subs, s.files.front());
    for (std::size_t i : s.files) {
        const submission& sub = subs[i];
        if (sub.received_at && (!s.received || *sub.received_at < *s.received)) s.received = sub.received_at;
        if (sub.document_date && (!s.dated || *sub.document_date > *s.dated)) s.dated = sub.document_date;
        s.position = std::min(s.position, input_position(subs, i));
    }
    return s;
}

void order_sendings(std::vector<sending>& list) {
    const bool all_received = std::all_of(list.begin(), list.end(), [](const sending& s) { return s.received.has_value(); });
    const bool all_dated = std::all_of(list.begin(), list.end(), [](const sending& s) { return s.dated.has_value(); });
    // Each ordering is a plain tuple comparison, so the sort stays a strict weak order.
    std::stable_sort(list.begin(), list.end(), [&](const sending& a, const sending& b) {
        if (all_received)
            return std::make_tuple(*a.received, a.dated.value_or(""), a.position) <
                   std::make_tuple(*b.received, b.dated.value_or(""), b.position);
        if (all_dated) return std::make_tuple(*a.dated, a.position) < std::make_tuple(*b.dated, b.position);
        return a.position < b.position;
    });
}

/// The main file of a sending: the report rather than its appendix, i.e. the one with most sections.
std::size_t main_file(const std::vector<submission>& subs, const std::vector<std::size_t>& files) {
    std::size_t best = files.front();
    for (std::size_t i : files) {
        const auto& a = subs[i];
        const auto& b = subs[best];
        if (a.sections.size() > b.sections.size() ||
            (a.sections.size() == b.sections.size() && input_position(subs, i) < input_position(subs, best)))
            best = i;
    }
    return best;
}

}  // namespace

std::map<std::string, version_chain> resolve_versions(std::vector<submission>& subs, std::size_t item_count) {
    const std::vector<bool> duplicate = mark_duplicates(subs);

    // unit id → message key → files; a file without a key travels alone. A
    // report of no roster unit whose header names its issuing body
    // (extract-unit's "issuer") is grouped under that body: its later sending
    // replaces the earlier one as a unit's would, though it has no row.
    std::map<std::string, std::vector<std::vector<std::size_t>>> grouped;
    std::map<std::string, std::map<std::string, std::size_t>> slot_of_key;
    for (std::size_t i = 0; i < subs.size(); ++i) {
        if (duplicate[i] || subs[i].off_topic) continue;
        std::string unit;
        if (subs[i].unit) unit = subs[i].unit->id;
        else if (const std::string issuer = synthesis::issuer_of(subs[i]); !issuer.empty())
            unit = std::string(issuer_group_prefix) + synthesis::issuer_key(issuer);
        else continue;
        auto& sendings = grouped[unit];
        const std::string& key = subs[i].message_key;
        if (key.empty()) {
            sendings.push_back({i});
            continue;
        }
        auto [it, inserted] = slot_of_key[unit].try_emplace(key, sendings.size());
        if (inserted) sendings.push_back({i});
        else sendings[it->second].push_back(i);
    }

    std::map<std::string, version_chain> chains;
    for (auto& [unit, file_groups] : grouped) {
        std::vector<sending> list;
        for (auto& files : file_groups) list.push_back(make_sending(subs, std::move(files)));
        order_sendings(list);

        version_chain chain;
        chain.unit_id = unit;
        for (auto& s : list) {
            const std::size_t main = main_file(subs, s.files);
            // A version of the report whose newest version it resembles, else a report of its own.
            auto report = std::find_if(chain.reports.begin(), chain.reports.end(), [&](const report_versions& r) {
                return same_report(subs[r.mains.back()], subs[main], item_count);
            });
            if (report == chain.reports.end()) report = chain.reports.insert(chain.reports.end(), report_versions{});
            report->sendings.push_back(std::move(s.files));
            report->mains.push_back(main);
        }
        std::size_t best_items = 0;
        for (std::size_t r = 0; r < chain.reports.size(); ++r) {
            report_versions& rep = chain.reports[r];
            rep.counting = rep.mains.back();
            for (std::size_t i : rep.sendings.back()) subs[i].superseded_by.reset();
            for (std::size_t n = 0; n + 1 < rep.sendings.size(); ++n)
                for (std::size_t i : rep.sendings[n]) subs[i].superseded_by = subs[rep.counting].source;
            std::set<std::string> items;
            for (const auto& sec : subs[rep.counting].sections) items.insert(sec.item);
            if (r == 0 || items.size() > best_items) {
                chain.main = r;
                best_items = items.size();
            }
        }
        chains.emplace(unit, std::move(chain));
    }
    return chains;
}

}  // namespace baocao::deadline
