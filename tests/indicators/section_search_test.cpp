// SPDX-License-Identifier: Apache-2.0
// The anchored search finds a phrase exactly where std::string::find does,
// whichever of its bytes it scans for, and the first section holding it.
#include "section_search.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using baocao::indicators::holds_at_anchor;
using baocao::indicators::section_search;

TEST_CASE("a search anchored on any byte of the needle agrees with std::string::find") {
    // Few distinct pieces, so that needles occur often, partly, and at the edges.
    const std::vector<std::string> pieces = {"a", "b", "ả", "Đ", " ", "1", ".", "\n"};
    std::mt19937 rng(32);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    auto random_text = [&](int n) {
        std::string s;
        for (int i = 0; i < n; ++i) s += pieces[pick(rng)];
        return s;
    };
    int found = 0;
    for (int round = 0; round < 20000; ++round) {
        const std::string haystack = random_text(std::uniform_int_distribution<int>(0, 40)(rng));
        std::string needle = random_text(std::uniform_int_distribution<int>(1, 6)(rng));
        if (round % 3 == 0 && haystack.size() > 2) {   // a piece of the haystack itself
            const std::size_t from = std::uniform_int_distribution<std::size_t>(0, haystack.size() - 1)(rng);
            needle = haystack.substr(from, std::uniform_int_distribution<std::size_t>(1, haystack.size() - from)(rng));
        }
        const bool expected = haystack.find(needle) != std::string::npos;
        found += expected;
        for (std::size_t anchor = 0; anchor < needle.size(); ++anchor) {
            INFO("haystack \"" << haystack << "\" needle \"" << needle << "\" anchor " << anchor);
            REQUIRE(holds_at_anchor(haystack, needle, anchor) == expected);
        }
    }
    CHECK(found > 5000);
    CHECK(found < 19000);
}

TEST_CASE("the first section holding a phrase, in its text or its heading") {
    const std::vector<std::string> headings{"I. LÃNH ĐẠO", "II. KẾT QUẢ", "III. PHƯƠNG HƯỚNG"};
    const std::vector<std::string> texts{"Quán triệt 12 lần.", "Xây dựng 156 mô hình. Quán triệt 12 lần.", ""};
    const section_search search(headings, texts);
    CHECK(search.first_holding("Quán triệt 12 lần.") == 0);
    CHECK(search.first_holding("156 mô hình") == 1);
    CHECK(search.first_holding("PHƯƠNG HƯỚNG") == 2);
    CHECK(search.first_holding("157 mô hình") == section_search::npos);
    CHECK(search.first_holding("Quán triệt 12 lần.\nXây") == section_search::npos);   // never across sections
    CHECK(search.first_holding("z") == section_search::npos);                         // a byte no section has
    CHECK(search.first_holding("") == section_search::npos);
}
