// SPDX-License-Identifier: Apache-2.0
// Excerpts are the bulk of the page: their length shrinks as the number of
// unit × item cells grows, so a 2 000-report run stays a few megabytes.

#include "page_data.hpp"

#include "reporters.hpp"  // reporters(run)

#include <algorithm>
#include <cctype>

namespace baocao::html {

namespace {

constexpr std::size_t excerpt_budget_chars = 1'000'000;
constexpr std::size_t shortest_excerpt = 80;
constexpr std::size_t longest_excerpt = 500;

/// A report that counts for its unit: neither superseded nor off the plan's
/// subject.
bool counts(const submission& s) { return !s.superseded_by && !s.off_topic; }

}  // namespace

std::string excerpt_anchor(const unit_entry& u, const std::string& item) {
    std::string id = "x" + u.anchor.substr(1) + "-";
    for (const char c : item) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return id;
}

page_data gather(const run_result& run, const std::vector<const unit_status*>& order, int offset_minutes,
                 std::int64_t now) {
    page_data data;
    data.run = &run;
    data.offset_minutes = offset_minutes;
    data.now = now;
    std::map<std::string, std::size_t> index;
    for (const unit_status* u : order) {
        index.emplace(u->id, data.units.size());
        unit_entry e;
        e.status = u;
        e.anchor = "u" + std::to_string(data.units.size() + 1);
        data.units.push_back(std::move(e));
    }
    for (const auto& s : run.submissions) {
        if (!s.unit) continue;
        const auto it = index.find(s.unit->id);
        if (it == index.end()) continue;
        unit_entry& e = data.units[it->second];
        e.submissions.push_back(&s);
        if (!counts(s)) continue;
        for (const auto& m : s.sections) {
            auto [pos, added] = e.by_item.emplace(m.item, &m);
            if (!added && m.confidence > pos->second->confidence) pos->second = &m;
        }
    }
    for (const auto& r : run.rejected) {
        if (!r.unit) continue;
        if (const auto it = index.find(r.unit->id); it != index.end()) data.units[it->second].rejected.push_back(&r);
    }
    std::size_t cells = 0;
    for (const auto& e : data.units) cells += e.by_item.size();
    data.excerpt_chars =
        std::clamp(excerpt_budget_chars / std::max<std::size_t>(cells, 1), shortest_excerpt, longest_excerpt);
    data.figures = synthesis::read_figures(run, synthesis::reporters(run));
    return data;
}

}  // namespace baocao::html
