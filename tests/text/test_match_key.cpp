// SPDX-License-Identifier: Apache-2.0
// match_key folds case, diacritics, tone placement and punctuation.

#include "baocao/sdk/text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace baocao::text;

TEST_CASE("match_key removes diacritics and punctuation") {
    CHECK(match_key("Hạn chế, tồn tại") == "han che ton tai");
    CHECK(match_key("  ĐẢNG CỘNG SẢN VIỆT NAM  ") == "dang cong san viet nam");
    CHECK(match_key("Số  99 - KH/TU") == "so 99 kh tu");
    CHECK(match_key("99–KH/TU") == "99 kh tu");
    CHECK(match_key("“Dân vận khéo”") == "dan van kheo");
    CHECK(match_key("Mường Khương") == "muong khuong");
    CHECK(match_key("") == "");
    CHECK(match_key(" ,.; ") == "");
}

TEST_CASE("match_key folds old and new tone placement") {
    CHECK(match_key("hoà") == "hoa");
    CHECK(match_key("hòa") == "hoa");
    CHECK(match_key("thuỷ") == match_key("thủy"));
    CHECK(match_key("Tỉnh uỷ") == match_key("Tỉnh ủy"));
    CHECK(match_key("cụ thể hoá") == match_key("cụ thể hóa"));
    CHECK(match_key("KHOẺ") == match_key("khỏe"));
}

TEST_CASE("match_key is the same for NFC, NFD and look-alike Đ") {
    CHECK(match_key("Đ\xE1\xBA\xA3ng") == "dang");
    CHECK(match_key("\xC3\x90" "a\xCC\x89ng") == "dang");  // Icelandic eth + NFD
    CHECK(match_key("a\xCC\x82\xCC\x81" "p") == "ap");
}

TEST_CASE("match_key tolerates invalid input, NUL and soft hyphens") {
    CHECK(match_key(std::string("ab\0cd", 5)) == "ab cd");
    CHECK(match_key("b\xE1o c\xE1o") == "b o c o");
    CHECK(match_key("Mư\xC2\xADờng") == "muong");
    CHECK(match_key("ＡＢＣ１２") == "abc12");  // full-width forms
}

TEST_CASE("assign_match_key gives match_key's words, all or the first few, in a reused buffer") {
    const std::vector<std::string> texts = {
        "Công tác lãnh đạo, chỉ đạo thực hiện Kế hoạch số 99-KH/TU",
        "  I. ĐÁNH GIÁ   KẾT QUẢ —  hạn chế, tồn tại  ",
        "Ưu điểm", "", "...", "Nguyên nhân\u0301 của hạn chế", "Đảng bộ tỉnh Hà Tĩnh (2013)",
    };
    std::string buffer = "left over from an earlier, much longer key that must not survive";
    for (const std::string& t : texts) {
        const std::string full = match_key(t);
        const std::vector<std::string> all = words(full);
        CHECK(assign_match_key(buffer, t) == all.size());
        CHECK(buffer == full);
        for (std::size_t n = 0; n <= all.size() + 1; ++n) {
            std::string expected;
            for (std::size_t k = 0; k < std::min(n, all.size()); ++k) expected += (k ? " " : "") + all[k];
            INFO(t << " / first " << n << " words");
            CHECK(assign_match_key(buffer, t, n) == std::min(n, all.size()));
            CHECK(buffer == expected);
        }
    }
}

TEST_CASE("text functions give the same results from many threads") {
    const std::vector<std::string> inputs = {"Hạn chế, tồn tại", "Tỉnh uỷ Hà Tĩnh", "ΑΒΓ δέλτα", "中文 文本",
                                             "Ban Thường vụ Huyện ủy", "Céng hßa"};
    std::vector<std::string> expected;
    for (const auto& s : inputs) expected.push_back(match_key(s) + "|" + to_nfc(s) + "|" + to_upper(s));
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                const std::size_t k = static_cast<std::size_t>(i) % inputs.size();
                const auto& s = inputs[k];
                if (match_key(s) + "|" + to_nfc(s) + "|" + to_upper(s) != expected[k]) ++mismatches;
            }
        });
    for (auto& th : threads) th.join();
    CHECK(mismatches == 0);
    CHECK(match_key("ΑΒΓ δέλτα") == "αβγ δελτα");
    CHECK(match_key("中文 文本") == "中文 文本");
}

TEST_CASE("single_letter_key agrees with match_key on every code point of the BMP's first blocks") {
    std::size_t letters = 0;
    for (char32_t c = 1; c < 0x3000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        std::string utf8;
        append_utf8(utf8, c);
        const std::string key = match_key(utf8);
        const char expected = key.size() == 1 ? key[0] : '\0';
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        REQUIRE(single_letter_key(c) == expected);
        if (expected) ++letters;
    }
    CHECK(letters > 400);
    CHECK(single_letter_key(U'\u0110') == 'd');   // Đ
    CHECK(single_letter_key(U'\u1EF0') == 'u');   // Ự
    CHECK(single_letter_key(U'\uFF21') == 'a');   // fullwidth A, keyed the long way
    CHECK(single_letter_key(U' ') == '\0');
    CHECK(single_letter_key(0x110000) == '\0');
}

TEST_CASE("first_key_letter reads the first character's key letter and its length") {
    CHECK(first_key_letter("").bytes == 0);
    CHECK(first_key_letter("Phần").key == 'p');
    CHECK(first_key_letter("Phần").bytes == 1);
    CHECK(first_key_letter(". II").key == '\0');
    CHECK(first_key_letter(". II").bytes == 1);
    CHECK(first_key_letter("Đảng").key == 'd');
    CHECK(first_key_letter("Đảng").bytes == 2);
    CHECK(first_key_letter("ỦY").key == 'u');
    CHECK(first_key_letter("ỦY").bytes == 3);
    CHECK(first_key_letter("\xF0\x9D\x90\x80").key == 'a');   // U+1D400, bold capital A
    CHECK(first_key_letter("\xF0\x9D\x90\x80").bytes == 4);
    CHECK(first_key_letter("\xCC\x81" "a").key == '\0');           // a combining accent keys to nothing
    CHECK(first_key_letter("\xC3(").key == '\0');                // an ill-formed byte
    CHECK(first_key_letter("\xC3(").bytes == 1);
}

