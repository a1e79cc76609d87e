// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The first statement of each key hash of a run, for the vocabulary to know
/// a sentence written word for word as an earlier one.

#include "statements.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace baocao::synthesis {

/// The first statement of each key hash, in an open-addressed table of
/// statement numbers: 4 bytes a slot, where a node-based map takes some 40 a statement.
class first_of_key_hash {
public:
    explicit first_of_key_hash(const std::vector<statement>& all) : all_(all) {
        std::size_t size = 16;
        while (size < 2 * all.size()) size *= 2;
        slots_.assign(size, empty);
    }
    /// The first statement added with statement i's key hash; i itself, added, when none was.
    std::size_t first_or_add(std::size_t i) {
        const std::uint64_t hash = all_[i].key_hash;
        for (std::size_t at = (hash * 0x9E3779B97F4A7C15ull) & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
            if (slots_[at] == empty) {
                slots_[at] = static_cast<std::uint32_t>(i);
                return i;
            }
            if (all_[slots_[at]].key_hash == hash) return slots_[at];
        }
    }

private:
    static constexpr std::uint32_t empty = UINT32_MAX;
    const std::vector<statement>& all_;
    std::vector<std::uint32_t> slots_;
};

}  // namespace baocao::synthesis
