// SPDX-License-Identifier: Apache-2.0
// The peer-doc corpus (../shared/corpus/peer-doc, see its README): 156 real
// .doc files from Apache POI's test data, fuzzed and broken ones included.
// Every file is read or refused with a code; the refusals that name a reason
// (password, Word 6/95) name the right one. Fidelity against LibreOffice is
// measured by bench/doc/doc_fidelity.py, not here.

#include "doc_reader.hpp"
#include "test_paths.hpp"

#include <baocao/sdk/error.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>

using namespace baocao;

namespace {

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct result {
    std::string code;   // "read" when read
    document doc;
};

result read(const std::filesystem::path& file) {
    result r;
    try {
        r.doc = doc::read_doc(slurp(file), limits{}, doc::tracked_mode::accept);
        r.code = "read";
    } catch (const rejection_error& e) {
        r.code = std::string(to_string(e.code()));
    }
    return r;
}

}  // namespace

TEST_CASE("parse-doc: every peer .doc is read or refused with a code", "[parse_doc][corpus]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto dir = shared / "corpus" / "peer-doc";
    if (!std::filesystem::is_directory(dir)) {
        WARN("skipped: " << dir << " is absent");
        return;
    }
    std::map<std::string, int> codes;
    std::map<std::string, std::string> by_name;
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (e.path().extension() != ".doc") continue;
        ++files;
        // Any other exception escapes and fails the test.
        const result r = read(e.path());
        ++codes[r.code];
        by_name[e.path().filename().string()] = r.code;
        CHECK((r.code == "read" || r.code == "encrypted" || r.code == "unsupported_format" || r.code == "corrupt_doc"));
    }
    CHECK(files >= 150);
    for (const auto& [code, n] : codes) std::cout << "peer-doc: " << code << " " << n << "\n";
    CHECK(codes["read"] >= 120);
    CHECK(by_name["PasswordProtected.doc"] == "encrypted");
    CHECK(by_name["password_tika_binaryrc4.doc"] == "encrypted");
    CHECK(by_name["password_password_cryptoapi.doc"] == "encrypted");
    CHECK(by_name["Word6.doc"] == "unsupported_format");
    CHECK(by_name["Word95.doc"] == "unsupported_format");
    CHECK(by_name["word2.doc"] == "unsupported_format");
}

TEST_CASE("parse-doc: peer files read as Word shows them", "[parse_doc][corpus]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto dir = shared / "corpus" / "peer-doc";
    if (!std::filesystem::is_directory(dir)) {
        WARN("skipped: " << dir << " is absent");
        return;
    }
    // Lower-case stream names (47950_lower) are the same streams.
    const result lower = read(dir / "47950_lower.doc");
    REQUIRE(lower.code == "read");
    const result normal = read(dir / "47950_normal.doc");
    REQUIRE(normal.code == "read");
    CHECK(plain_text(lower.doc.body) == plain_text(normal.doc.body));
    CHECK(!plain_text(normal.doc.body).empty());
}

TEST_CASE("parse-doc: a peer drop-down form field shows the entry chosen, as Word does", "[parse_doc][corpus]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto dir = shared / "corpus" / "peer-doc";
    if (!std::filesystem::is_directory(dir)) {
        WARN("skipped: " << dir << " is absent");
        return;
    }
    // Bug52583: a FORMDROPDOWN of riri, fifi and loulou with riri chosen; its code never shows.
    const result r = read(dir / "Bug52583.doc");
    REQUIRE(r.code == "read");
    const std::string text = plain_text(r.doc.body);
    CHECK(text.find("Duck\t:\triri") != std::string::npos);
    CHECK(text.find("FORMDROPDOWN") == std::string::npos);
}

TEST_CASE("parse-doc: peer text boxes are read where their shapes are anchored", "[parse_doc][corpus]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto dir = shared / "corpus" / "peer-doc";
    if (!std::filesystem::is_directory(dir)) {
        WARN("skipped: " << dir << " is absent");
        return;
    }
    // Bug41898's only text is in a text box (antiword shows it; LibreOffice's text export leaves boxes out).
    const result only_box = read(dir / "Bug41898.doc");
    REQUIRE(only_box.code == "read");
    CHECK(plain_text(only_box.doc.body).find("This is a line of text.") != std::string::npos);
    // Bug46817's boxes hold the contracting parties, anchored before the price paragraph.
    const result form = read(dir / "Bug46817.doc");
    REQUIRE(form.code == "read");
    const std::string text = plain_text(form.doc.body);
    const auto party = text.find("EKOMEL");
    const auto price = text.find("Informacja o cenie wybranej oferty");
    REQUIRE(party != std::string::npos);
    REQUIRE(price != std::string::npos);
    CHECK(party < price);
}
