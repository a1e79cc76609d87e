// SPDX-License-Identifier: Apache-2.0
// Normalization, validation, case mapping, spaces and hashing.

#include "baocao/sdk/text.hpp"

#include <catch2/catch.hpp>
#include <unicode/bytestream.h>
#include <unicode/casemap.h>

#include <string>

using namespace baocao::text;

TEST_CASE("to_nfc composes decomposed and Unikey-composite Vietnamese") {
    // NFD: a + circumflex + acute; Unikey composite: â + acute.
    CHECK(to_nfc("a\xCC\x82\xCC\x81") == "\xE1\xBA\xA5");
    CHECK(to_nfc("\xC3\xA2\xCC\x81") == "\xE1\xBA\xA5");
    CHECK(to_nfc("Ho\xCC\x80" "a") == "H\xC3\xB2" "a");
    CHECK(to_nfc("Tỉnh ủy Hà Tĩnh") == "Tỉnh ủy Hà Tĩnh");
    CHECK(to_nfc("") == "");
    CHECK(to_nfc("plain ascii") == "plain ascii");
    // Dot below (class 220) before the circumflex still reorders to ậ.
    CHECK(to_nfc("a\xCC\xA3\xCC\x82") == "ậ");
}

TEST_CASE("to_nfc replaces invalid UTF-8 with U+FFFD") {
    CHECK(to_nfc("H\xE0 n\xF4i") == "H\xEF\xBF\xBD n\xEF\xBF\xBDi");
    CHECK(is_valid_utf8(to_nfc("\xC3\x28 \xED\xA0\x80 ế")));
}

TEST_CASE("is_valid_utf8 accepts well-formed and rejects ill-formed") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("Đảng bộ"));
    CHECK(is_valid_utf8(std::string("a\0b", 3)));
    CHECK(is_valid_utf8("\xEF\xBF\xBD"));        // a genuine U+FFFD
    CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));    // U+1F600
    CHECK_FALSE(is_valid_utf8("\xC3"));          // truncated
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // > U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xFF"));
    CHECK_FALSE(is_valid_utf8("ab\x80"));
}

namespace {

/// Well-formedness by its definition: bytes that decode, with the shortest
/// form, to scalar values (U+0000–U+10FFFF less the surrogates).
bool well_formed_by_definition(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
        for (std::size_t k = 1; k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        const char32_t shortest = len == 1 ? 0 : len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < shortest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

}  // namespace

TEST_CASE("is_valid_utf8 agrees with the definition on every string of up to three bytes and on four-byte leads") {
    std::size_t disagreements = 0, valid = 0, checked = 0;
    auto check = [&](const std::string& s) {
        const bool expected = well_formed_by_definition(s);
        disagreements += is_valid_utf8(s) != expected ? 1 : 0;
        valid += expected ? 1 : 0;
        ++checked;
    };
    std::string s;
    for (unsigned a = 0; a < 256; ++a) {
        check(std::string(1, static_cast<char>(a)));
        for (unsigned b = 0; b < 256; ++b) {
            check({static_cast<char>(a), static_cast<char>(b)});
            // After seven ASCII letters, so that the eight-byte test meets the sequence.
            for (unsigned c = 0; c < 256; ++c) {
                s.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
                check(s);
                check("abcdefg" + s);
            }
            if (a >= 0xF0)
                for (unsigned c : {0x7Fu, 0x80u, 0xBFu, 0xC0u})
                    for (unsigned d : {0x7Fu, 0x80u, 0xBFu, 0xC0u})
                        check({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c), static_cast<char>(d)});
        }
    }
    CHECK(disagreements == 0);
    CHECK(checked > 33'000'000);
    CHECK(valid > 1'000'000);
}

TEST_CASE("sanitize_utf8 repairs bytes and drops control characters") {
    CHECK(sanitize_utf8(std::string("B\xE1o c\0\x01\x1F\xE1o\t\n", 12)) == "B\xEF\xBF\xBDo c\xEF\xBF\xBDo\t\n");
    CHECK(sanitize_utf8("Báo cáo\r\n") == "Báo cáo\n");
    CHECK(sanitize_utf8("") == "");
    // The soft hyphen that TCVN3 uses for "ư" survives.
    CHECK(sanitize_utf8("M\xC2\xAD\xC3\xAAng") == "M\xC2\xAD\xC3\xAAng");
    // Each bad byte becomes its own U+FFFD.
    CHECK(sanitize_utf8("\xE1\xBA") == "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("to_upper and to_lower with Vietnamese letters") {
    CHECK(to_upper("Tỉnh ủy Hà Tĩnh") == "TỈNH ỦY HÀ TĨNH");
    CHECK(to_upper("đảng cộng sản việt nam") == "ĐẢNG CỘNG SẢN VIỆT NAM");
    CHECK(to_lower("BAN THƯỜNG VỤ") == "ban thường vụ");
    CHECK(to_lower("ĐẢNG ỦY") == "đảng ủy");
    CHECK(to_upper("abc-123") == "ABC-123");
    CHECK(to_lower("") == "");
    CHECK(is_valid_utf8(to_upper("x\xFFy")));
}

namespace {

/// ICU's own full case mapping of a whole text, as the Vietnamese locale has it.
std::string icu_mapped(const std::string& utf8, bool upper) {
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode ec = U_ZERO_ERROR;
    const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
    if (upper)
        icu::CaseMap::utf8ToUpper("vi", 0, piece, sink, nullptr, ec);
    else
        icu::CaseMap::utf8ToLower("vi", 0, piece, sink, nullptr, ec);
    REQUIRE(U_SUCCESS(ec));
    return out;
}

std::string utf8_of(char32_t cp) {
    std::string s;
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
}

}  // namespace

TEST_CASE("to_upper and to_lower map every Latin and Vietnamese letter as ICU maps the whole text") {
    std::string all;
    std::size_t letters = 0, differing = 0;
    auto check_range = [&](char32_t from, char32_t to) {
        for (char32_t cp = from; cp < to; ++cp) {
            const std::string one = utf8_of(cp);
            CHECK(to_upper(one) == icu_mapped(one, true));
            CHECK(to_lower(one) == icu_mapped(one, false));
            differing += to_upper(one) != to_lower(one) ? 1 : 0;
            all += one;
            ++letters;
        }
    };
    check_range(0x20, 0x250);
    check_range(0x1E00, 0x1F00);
    CHECK(letters == 0x230 + 0x100);
    CHECK(differing > 500);  // the ranges are mostly cased letters
    // Mapped whole, letter beside letter: no mapping of these depends on its neighbours.
    CHECK(to_upper(all) == icu_mapped(all, true));
    CHECK(to_lower(all) == icu_mapped(all, false));
    // Text with letters outside those ranges is mapped whole by ICU: the Greek
    // final sigma depends on the letter before it; a combining mark after "I".
    for (const std::string text : {"ΟΔΟΣ ΣΟΦΟΣ", "Ủy ban ΟΔΟΣ", "I\xCC\x87 İstanbul", "Tỉnh ủy Hà Tĩnh ẞ ǅ ﬁ", "Москва"}) {
        CHECK(to_upper(text) == icu_mapped(text, true));
        CHECK(to_lower(text) == icu_mapped(text, false));
    }
    CHECK(to_lower("ΟΔΟΣ") == "οδος");  // final sigma, so ICU read the whole word
    CHECK(to_upper("ǆ") == "Ǆ");
    CHECK(to_upper("ß") == "SS");
}

TEST_CASE("is_all_caps") {
    CHECK(is_all_caps("BÁO CÁO"));
    CHECK(is_all_caps("TỈNH ỦY HÀ TĨNH"));
    CHECK(is_all_caps("I. KẾT QUẢ 2013"));
    CHECK_FALSE(is_all_caps("Báo cáo"));
    CHECK_FALSE(is_all_caps("BÁO CÁo"));
    CHECK_FALSE(is_all_caps("2013 - 2014"));
    CHECK_FALSE(is_all_caps(""));
}

TEST_CASE("is_all_caps reads letters past its table and ill-formed bytes as before") {
    CHECK(is_all_caps("\xC7\x85"));                // "ǅ", a title-case letter, counts as a capital
    CHECK(is_all_caps("CHƯƠNG \xE2\x85\xA3"));      // "Ⅳ" (U+2163) is upper case too
    CHECK_FALSE(is_all_caps("\xE2\x85\xB3"));       // "ⅳ" alone: lower case
    CHECK(is_all_caps("\xEF\xBC\xA1\xEF\xBC\xA2"));  // fullwidth "ＡＢ", beyond the table
    CHECK_FALSE(is_all_caps("\xEF\xBD\x81"));       // fullwidth "ａ"
    CHECK(is_all_caps("\xCE\xA9\xD0\x96"));         // Greek and Cyrillic capitals
    CHECK_FALSE(is_all_caps("\xCF\x89"));            // "ω"
    CHECK(is_all_caps("A\xFF\xFE B"));               // ill-formed bytes are neither
    CHECK_FALSE(is_all_caps("\xFF"));
}

TEST_CASE("trim and collapse_spaces handle Unicode spaces") {
    CHECK(trim("  \t Hà Tĩnh \xC2\xA0\n") == "Hà Tĩnh");
    CHECK(trim("\xE2\x80\x83\xE2\x80\x8B") == "");
    CHECK(trim("") == "");
    CHECK(trim("x") == "x");
    CHECK(collapse_spaces("  Số  99 -\xC2\xA0KH/TU \n") == "Số 99 - KH/TU");
    CHECK(collapse_spaces("a\t\t b\xE2\x80\x82" "c") == "a b c");
    CHECK(collapse_spaces("\xFF  a") == "\xEF\xBF\xBD a");
}

TEST_CASE("words splits a key") {
    CHECK(words("han che ton tai") == std::vector<std::string>{"han", "che", "ton", "tai"});
    CHECK(words("  a  b ").size() == 2);
    CHECK(words("").empty());
}

TEST_CASE("sha256_hex") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex(std::string("\0\xFF", 2)).size() == 64);
}
