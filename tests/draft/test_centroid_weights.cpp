// SPDX-License-Identifier: Apache-2.0
// A finding's centroid table: every feature added is found with its summed
// weight, through growth and probe chains, including the id the table uses
// to mark a free slot.
#include "centroid_weights.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using baocao::synthesis::centroid_weights;

TEST_CASE("a centroid finds what was added, and nothing else") {
    centroid_weights c;
    CHECK(c.find(42) == nullptr);
    CHECK(c.find(0) == nullptr);
    c[42] += 1.5;
    c[42] += 0.25;
    REQUIRE(c.find(42) != nullptr);
    CHECK(*c.find(42) == 1.75);
    CHECK(c.find(43) == nullptr);
    c[0] += 2.0;   // the free-slot mark as a real feature id
    REQUIRE(c.find(0) != nullptr);
    CHECK(*c.find(0) == 2.0);
    CHECK(*c.find(42) == 1.75);
}

TEST_CASE("a centroid agrees with an ordered map over thousands of features") {
    centroid_weights c;
    std::map<std::uint64_t, double> expected;
    std::mt19937_64 random(2013);
    for (int i = 0; i < 20000; ++i) {
        // Ids from a small range collide and repeat; large ones spread.
        const std::uint64_t id = i % 3 == 0 ? random() % 512 : random();
        const double w = static_cast<double>(i % 7) / 8.0;
        c[id] += w;
        expected[id] += w;
    }
    for (const auto& [id, w] : expected) {
        const double* found = c.find(id);
        REQUIRE(found != nullptr);
        CHECK(*found == w);
    }
    std::size_t absent = 0;
    for (int i = 0; i < 1000; ++i) {
        const std::uint64_t id = random();
        if (!expected.count(id) && c.find(id) == nullptr) ++absent;
    }
    CHECK(absent == 1000);
}
