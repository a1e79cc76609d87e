// SPDX-License-Identifier: Apache-2.0
// The plan is read by its content: a plan saved as .txt in UTF-16 or in the
// Vietnamese Windows code page, or a .docx without an extension, gives the
// same spec as the clean file. Errors in an edited spec give line and column.
#include "cli_process.hpp"

#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <fstream>
#include <optional>

using namespace baocao::testing;

namespace {

std::filesystem::path demo_plan() { return source_dir() / "samples" / "demo" / "plan-99-KH-TU.docx"; }

void write_file(const std::filesystem::path& p, const std::string& content) {
    std::ofstream(p, std::ios::binary) << content;
}

/// Bytes of `u` in `charset`, or nothing when a character has no encoding there.
std::optional<std::string> encode_exactly(const icu::UnicodeString& u, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(charset, &status);
    ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::string out(static_cast<std::size_t>(u.length()) * 4 + 8, '\0');
    const int32_t n = ucnv_fromUChars(conv, out.data(), static_cast<int32_t>(out.size()), u.getBuffer(), u.length(), &status);
    ucnv_close(conv);
    if (U_FAILURE(status)) return std::nullopt;
    out.resize(static_cast<std::size_t>(n));
    return out;
}

/// The text as Vietnamese Windows writes it: windows-1258 holds the vowels
/// with circumflex, breve and horn whole but the tone marks as combining
/// characters, so "ầ" is "â" then a combining grave.
std::string to_windows_1258(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::UnicodeString text = nfc->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    std::string out;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        const icu::UnicodeString one(c);
        i += U16_LENGTH(c);
        if (auto bytes = encode_exactly(one, "windows-1258")) {
            out += *bytes;
            continue;
        }
        // The base letter with the one mark the code page holds it with ("Ộ" is
        // "Ô" and a combining dot below), then the other marks.
        const icu::UnicodeString parts = nfd->normalize(one, status);
        std::optional<std::string> bytes, tail;
        for (int32_t j = 1; j < parts.length() && !bytes; ++j) {
            icu::UnicodeString with_mark = parts.tempSubString(0, 1);
            with_mark += parts.charAt(j);
            icu::UnicodeString others = parts.tempSubString(1);
            others.remove(j - 1, 1);
            bytes = encode_exactly(nfc->normalize(with_mark, status), "windows-1258");
            if (bytes) tail = encode_exactly(others, "windows-1258");
        }
        if (!bytes) {
            bytes = encode_exactly(parts.tempSubString(0, 1), "windows-1258");
            tail = encode_exactly(parts.tempSubString(1), "windows-1258");
        }
        REQUIRE(bytes);
        REQUIRE(tail);
        out += *bytes + *tail;
    }
    return out;
}

std::string to_utf16le_with_bom(const std::string& utf8) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    std::string out = "\xFF\xFE";
    for (int32_t i = 0; i < u.length(); ++i) {
        out += static_cast<char>(u.charAt(i) & 0xFF);
        out += static_cast<char>(u.charAt(i) >> 8);
    }
    return out;
}

/// The spec `baocao plan` prints for `file`, after checking it succeeded.
std::string spec_of(const std::filesystem::path& file) {
    const auto r = run_cli({"plan", file.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
}

}  // namespace

TEST_CASE("a plan saved as text in UTF-16 or windows-1258 gives the spec of its UTF-8 text") {
    const auto dir = temp_dir("cli-plan-encodings");
    const auto text = run_cli({"text", demo_plan().string()});
    REQUIRE(text.exit_code == 0);
    write_file(dir / "plan-utf8.txt", text.out);
    const std::string reference = spec_of(dir / "plan-utf8.txt");
    REQUIRE_THAT(reference, Catch::Contains("\"items\": [\n    {"));
    write_file(dir / "plan-utf16.txt", to_utf16le_with_bom(text.out));
    CHECK(spec_of(dir / "plan-utf16.txt") == reference);
    const std::string cp1258 = to_windows_1258(text.out);
    REQUIRE(cp1258.find("\xD2") != std::string::npos);   // a tone mark as the code page writes it
    write_file(dir / "plan-1258.txt", cp1258);
    CHECK(spec_of(dir / "plan-1258.txt") == reference);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a .docx plan without an extension is read as the .docx") {
    const auto dir = temp_dir("cli-plan-no-extension");
    std::filesystem::copy_file(demo_plan(), dir / "ke-hoach");
    CHECK(spec_of(dir / "ke-hoach") == spec_of(demo_plan()));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a plan saved as RTF gives the spec of the .docx it was saved from") {
    const auto rtf = source_dir() / "tests" / "data" / "rtf" / "plan-99-KH-TU.rtf";
    const std::string spec = spec_of(rtf);
    REQUIRE_THAT(spec, Catch::Contains("\"items\": [\n    {"));
    CHECK(spec == spec_of(demo_plan()));
}

TEST_CASE("an error in an edited plan spec gives the line and column") {
    const auto dir = temp_dir("cli-plan-spec-where");
    write_file(dir / "spec.json",
               "{\n"
               "  \"schema\": \"baocao.plan/1\",\n"
               "  \"items\": [{\"id\": \"1\", \"title\": \"Quán triệt\"}],\n"
               "  \"deadlines\": [{\"level\": \"district\", \"due\": \"2013-10-32\"}]\n"
               "}\n");
    const auto r = run_cli({"plan", (dir / "spec.json").string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("spec.json:4:46: plan spec: deadlines[0].due is not a valid date"));
    write_file(dir / "broken.json", "{\n  \"items\": [\n    {\"id\": \"1\", \"title\": \"x\"}\n  ,\n}\n");
    const auto broken = run_cli({"plan", (dir / "broken.json").string()});
    CHECK(broken.exit_code == 2);
    CHECK_THAT(broken.err, Catch::Contains("broken.json:5:1: plan spec: not valid JSON"));
    std::filesystem::remove_all(dir);
}
