// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Sentences of a part worded alike once figures and names are masked, and
/// what the grouping keeps for them between their first and last occurrence.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace baocao::synthesis {

/// A sentence's features: (feature id, weight), sorted by id.
using feature_vector = std::vector<std::pair<std::uint64_t, double>>;

/// Which sentences of a part are worded alike once numbers and names are
/// masked (the same syllable numbers in the same order): `first[i]` is the
/// first position worded as position i, `occurrences[p]` how many are worded
/// as first position p.
struct shapes {
    std::vector<std::uint32_t> first;
    std::vector<std::uint32_t> occurrences;
};

template <typename SyllablesOf>
shapes shapes_of(std::size_t n, const SyllablesOf& syllables_of) {
    shapes out;
    out.first.resize(n);
    out.occurrences.assign(n, 0);
    std::unordered_multimap<std::uint64_t, std::uint32_t> by_hash;   // hash of the syllables → first positions
    by_hash.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto s = syllables_of(i);
        std::uint64_t h = 0xcbf29ce484222325ull;
        for (const std::uint32_t x : s) h = (h ^ x) * 0x100000001b3ull;
        h ^= s.size();
        auto first = static_cast<std::uint32_t>(i);
        for (auto [at, end] = by_hash.equal_range(h); at != end; ++at) {
            const auto t = syllables_of(at->second);
            if (std::equal(s.begin(), s.end(), t.begin(), t.end())) {
                first = at->second;
                break;
            }
        }
        if (first == i) by_hash.emplace(h, first);
        out.first[i] = first;
        ++out.occurrences[first];
    }
    return out;
}

/// A finding's similarity to a shape, as of the finding's `version`.
struct similarity_kept {
    std::uint32_t version = UINT32_MAX;
    double similarity = 0;
};

/// What a shape met more than once gave where it was first kept, kept until its last sentence.
struct repeated_shape {
    feature_vector vector;
    std::vector<std::uint32_t> rare;
    std::unordered_map<std::uint32_t, similarity_kept> similarities;   // finding → its similarity
};

}  // namespace baocao::synthesis
