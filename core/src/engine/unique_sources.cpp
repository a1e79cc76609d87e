// SPDX-License-Identifier: Apache-2.0
#include "unique_sources.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace baocao::engine {

void make_sources_unique(std::vector<keyed_source> entries) {
    std::unordered_set<std::string> taken;
    bool shared = false;
    for (const keyed_source& e : entries) shared = !taken.insert(*e.source).second || shared;
    if (!shared) return;
    std::stable_sort(entries.begin(), entries.end(), [](const keyed_source& a, const keyed_source& b) { return *a.key < *b.key; });
    std::unordered_map<std::string, unsigned> seen;   // source → entries that had it so far
    for (keyed_source& e : entries) {
        unsigned& count = seen[*e.source];
        if (++count == 1) continue;
        std::string renamed;
        for (unsigned n = count;; ++n) {
            renamed = *e.source + " (" + std::to_string(n) + ")";
            if (taken.insert(renamed).second) break;
        }
        *e.source = std::move(renamed);
    }
}

}  // namespace baocao::engine
