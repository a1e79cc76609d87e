// SPDX-License-Identifier: Apache-2.0
// The block-wise NFC shortcut gives the same answer as the byte-by-byte
// statement of its definition, on text cut at every place a block can end.
#include "nfc_check.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

TEST_CASE("trivially_nfc: Vietnamese text passes, what NFC may change does not") {
    using baocao::docx::trivially_nfc;
    CHECK(trivially_nfc(""));
    CHECK(trivially_nfc("Báo cáo sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU – “Dân vận khéo”…"));
    CHECK(trivially_nfc("ĐẢNG BỘ TỈNH HÀ TĨNH, ngày 15 tháng 9 năm 2013"));
    CHECK_FALSE(trivially_nfc("Ba\xCC\x81o ca\xCC\x81o"));       // decomposed accents
    CHECK_FALSE(trivially_nfc("\xE1\xBA"));                      // cut short
    CHECK_FALSE(trivially_nfc("x\x80y"));                        // a stray continuation byte
    CHECK_FALSE(trivially_nfc("\xE3\x81\x82"));                  // Japanese: ask ICU
    CHECK_FALSE(trivially_nfc(std::string(15, 'a') + "\xC3"));    // lead byte ending the first block
    CHECK_FALSE(trivially_nfc(std::string(16, 'a') + "\xE1\xBA"));
    CHECK(trivially_nfc(std::string(14, 'a') + "\xE1\xBA\xA1" + std::string(20, 'b')));   // across a block boundary
}

TEST_CASE("trivially_nfc agrees with the byte-by-byte definition") {
    // Pieces of every kind the test tells apart, valid and not.
    const std::vector<std::string> pieces = {
        "a", " ", "Z", std::string(1, '\0'), "\xC3\xA1", "\xC4\x91", "\xC6\xB0", "\xCB\x86", "\xCC\x81", "\xCD\x80",
        "\xE1\xBA\xA1", "\xE1\xBB\x87", "\xE1\xB8\x80", "\xE1\xBC\x80", "\xE2\x80\x93", "\xE2\x80\xA6", "\xE2\x80\xB0",
        "\xE2\x81\x80", "\xE2\x80\x8F", "\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xE1", "\xE1\xBA", "\xE2\x80",
        "\xED\xA0\x80", "\xF0\x9F\x98\x80", "\xFF", "\xE3\x81\x82"};
    std::mt19937 rng(2013);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 40);
    std::uniform_int_distribution<int> mostly_good(0, 9);
    int passing = 0;
    for (int round = 0; round < 200000; ++round) {
        std::string s;
        const int n = length(rng);
        for (int k = 0; k < n; ++k) {
            // Most pieces come from the valid Vietnamese ones, so that long
            // runs of passing text reach every block boundary.
            std::size_t p = pick(rng);
            if (mostly_good(rng) < 8) {
                p %= 12;
                if (p == 8 || p == 9) p = 4;   // no combining accent among the good ones
            }
            s += pieces[p];
        }
        if (mostly_good(rng) == 0 && !s.empty()) s[pick(rng) % s.size()] = static_cast<char>(pick(rng) * 8);
        INFO("case " << round);
        const bool expected = baocao::docx::trivially_nfc_bytewise(s);
        REQUIRE(baocao::docx::trivially_nfc(s) == expected);
        passing += expected ? 1 : 0;
    }
    // Both answers are exercised, and often.
    CHECK(passing > 20000);
    CHECK(passing < 180000);
}
