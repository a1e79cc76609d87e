// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A small deterministic random source (splitmix64) so that one seed always
/// yields the same sample files on every platform and standard library.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace baocao::samplegen {

/// splitmix64: tiny, fast, fully specified; never seeded from the clock.
class random_source {
public:
    /// Starts the sequence at `seed`.
    explicit random_source(std::uint64_t seed) : state_(seed) {}

    /// The next 64 random bits.
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// A uniform integer in [lo, hi] (inclusive); lo when hi < lo.
    long long between(long long lo, long long hi) {
        if (hi <= lo) return lo;
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<long long>(next() % span);
    }

    /// True with probability `p` (0..1).
    bool chance(double p) { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0) < p; }

    /// An index in [0, n); 0 when n is 0.
    std::size_t index(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

    /// One element of a non-empty vector.
    template <typename T>
    const T& pick(const std::vector<T>& v) { return v[index(v.size())]; }

    /// Fisher-Yates shuffle in place.
    template <typename T>
    void shuffle(std::vector<T>& v) {
        for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[index(i)]);
    }

    /// `k` distinct indices of [0, n) in random order (all of them when k >= n).
    std::vector<std::size_t> sample(std::size_t n, std::size_t k) {
        std::vector<std::size_t> all(n);
        for (std::size_t i = 0; i < n; ++i) all[i] = i;
        shuffle(all);
        if (k < n) all.resize(k);
        return all;
    }

    /// A derived independent stream, so that adding draws in one part of the
    /// output does not shift every other part.
    random_source fork(std::uint64_t salt) { return random_source(next() ^ (salt * 0xD1B54A32D192ED03ULL)); }

    /// A stable 64-bit hash of a string (FNV-1a), for salts named by text.
    static std::uint64_t hash(const std::string& s) {
        std::uint64_t h = 0xCBF29CE484222325ULL;
        for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ULL;
        return h;
    }

private:
    std::uint64_t state_;
};

}  // namespace baocao::samplegen
