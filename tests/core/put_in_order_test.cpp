// SPDX-License-Identifier: Apache-2.0
// The engine puts a run's submissions in input order where they lie, moving
// each once; the order must be the keys' order whatever order they came in.

#include "engine/put_in_order.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using baocao::engine::put_in_order;

TEST_CASE("put_in_order sorts items by their keys, moving them in place") {
    // Move-only items: a copy would not compile, so none is made.
    std::vector<std::unique_ptr<std::string>> items;
    std::vector<std::vector<std::uint32_t>> keys{{2, 1}, {0}, {2}, {1, 5}, {1}, {2, 0}};
    for (const char* name : {"2.1", "0", "2", "1.5", "1", "2.0"}) items.push_back(std::make_unique<std::string>(name));
    put_in_order(items, keys);
    std::vector<std::string> names;
    for (const auto& i : items) names.push_back(*i);
    CHECK(names == std::vector<std::string>{"0", "1", "1.5", "2", "2.0", "2.1"});
    CHECK(keys.front() == std::vector<std::uint32_t>{2, 1});   // the keys stay as they were
}

TEST_CASE("put_in_order keeps equal keys in their order, and gives the same order as a sort on random input") {
    std::mt19937 random(2013);
    for (int round = 0; round < 50; ++round) {
        const std::size_t n = random() % 200;
        std::vector<int> keys(n);
        std::vector<std::pair<int, std::size_t>> items(n);
        for (std::size_t i = 0; i < n; ++i) {
            keys[i] = static_cast<int>(random() % 40);
            items[i] = {keys[i], i};
        }
        auto expected = items;
        std::stable_sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        put_in_order(items, keys);
        REQUIRE(items == expected);
    }
}

TEST_CASE("put_in_order refuses keys that do not match the items one for one") {
    std::vector<int> items{1, 2, 3};
    CHECK_THROWS_AS(put_in_order(items, std::vector<int>{1, 2}), std::invalid_argument);
}
