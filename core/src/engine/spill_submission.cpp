// SPDX-License-Identifier: Apache-2.0
// Once a report's extractors are done, its title, the headings and texts of its
// sections and its figures go to the run's text store: a run of 100 000 reports then
// keeps 16-byte handles in memory, not the reports' text.
#include "spill_submission.hpp"

#include <baocao/sdk/record_list.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace baocao::engine {

void spill_submission(submission& sub, run_text_store& store) {
    // A report's lists are complete now: spare capacity would stay with it for
    // the whole run. (First: shrinking moves the sections the handles below point into.)
    sub.sections.shrink_to_fit();
    sub.unmatched.shrink_to_fit();
    sub.problems.shrink_to_fit();
    std::vector<stored_text*> texts;
    std::vector<std::string_view> pieces;
    std::vector<std::string> held;   // the texts' bytes: str() of a held text is a copy
    auto keep = [&](stored_text& t) {
        if (!t.spilled() && !t.empty()) texts.push_back(&t);
    };
    keep(sub.title);
    for (auto& s : sub.sections) keep(s.heading), keep(s.text);
    for (auto& u : sub.unmatched) keep(u.heading), keep(u.text);
    std::vector<std::pair<Poco::Dynamic::Var*, record_list_ptr>> lists;
    for (auto& [key, value] : sub.extensions) {
        if (value.type() != typeid(record_list_ptr)) continue;
        const auto& list = value.extract<record_list_ptr>();
        if (list && !list->spilled() && !list->empty()) lists.emplace_back(&value, list);
    }
    held.reserve(texts.size() + lists.size());
    for (auto* t : texts) held.push_back(t->str());
    for (auto& [var, list] : lists) held.push_back(list->encode());
    if (held.empty()) return;
    pieces.reserve(held.size());
    for (const auto& h : held) pieces.emplace_back(h);
    auto handles = store.put(pieces);
    std::size_t next = 0;
    for (auto* t : texts) {
        *t = std::move(handles[next++]);
    }
    for (auto& [var, list] : lists)
        *var = record_list_ptr(std::make_shared<record_list>(*list, std::move(handles[next++])));
}

}  // namespace baocao::engine
