// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The summed feature weights of one finding of the grouping.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace baocao::synthesis {

/// A finding's centroid: summed weights by feature id, in one open-addressed
/// table. Scoring a sentence looks up each of its features in every candidate
/// finding's centroid, the grouping's innermost loop. Id 0 marks a free slot;
/// a feature whose id is 0 is kept beside the table.
class centroid_weights {
public:
    const double* find(std::uint64_t id) const {
        if (id == 0) return has_zero_ ? &zero_ : nullptr;
        if (slots_.empty()) return nullptr;
        for (std::size_t at = home(id);; at = (at + 1) & (slots_.size() - 1)) {
            const slot& s = slots_[at];
            if (s.id == id) return &s.weight;
            if (s.id == 0) return nullptr;
        }
    }

    /// The weight of `id`, 0.0 when first met.
    double& operator[](std::uint64_t id) {
        if (id == 0) {
            if (!has_zero_) has_zero_ = true, zero_ = 0.0;
            return zero_;
        }
        if (4 * (count_ + 1) > 3 * slots_.size()) grow();
        std::size_t at = home(id);
        for (; slots_[at].id != 0; at = (at + 1) & (slots_.size() - 1))
            if (slots_[at].id == id) return slots_[at].weight;
        ++count_;
        slots_[at] = {id, 0.0};
        return slots_[at].weight;
    }

private:
    struct slot {
        std::uint64_t id = 0;
        double weight = 0.0;
    };

    std::size_t home(std::uint64_t id) const {
        return static_cast<std::size_t>((id * 0x9E3779B97F4A7C15ull) >> shift_);
    }

    void grow() {
        std::vector<slot> old = std::move(slots_);
        const std::size_t size = old.empty() ? 32 : 2 * old.size();
        slots_.assign(size, slot{});
        shift_ = 64 - static_cast<unsigned>(std::countr_zero(size));
        for (const slot& s : old) {
            if (s.id == 0) continue;
            std::size_t at = home(s.id);
            while (slots_[at].id != 0) at = (at + 1) & (size - 1);
            slots_[at] = s;
        }
    }

    std::vector<slot> slots_;
    std::size_t count_ = 0;
    unsigned shift_ = 64;
    bool has_zero_ = false;
    double zero_ = 0.0;
};

}  // namespace baocao::synthesis
