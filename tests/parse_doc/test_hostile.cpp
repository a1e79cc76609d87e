// SPDX-License-Identifier: Apache-2.0
// Damaged and hostile .doc files, built byte by byte: every one is read or
// refused with a precise code, never garbage text, a crash or a hang.

#include "doc_builder.hpp"
#include "doc_reader.hpp"
#include "test_paths.hpp"

#include <baocao/sdk/error.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>

using namespace baocao;
using namespace baocao::testing;

namespace {

document read(const std::string& bytes, const limits& lim = limits{}) { return doc::read_doc(bytes, lim, doc::tracked_mode::accept); }

/// The code a read is refused with, "read" when it is not.
std::string outcome(const std::string& bytes, const limits& lim = limits{}) {
    try {
        (void)read(bytes, lim);
        return "read";
    } catch (const rejection_error& e) {
        return std::string(to_string(e.code()));
    }
}

doc_builder hello() {
    doc_builder b;
    b.pieces.push_back({u"Hello \x93quoted\x94 ", true});   // cp1252 quotes
    b.pieces.push_back({u"Vi\x1EC7t Nam\r", false});
    b.pieces.push_back({u"Second\r", true});
    return b;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("parse-doc: compressed and UTF-16 pieces stored out of order are read in CP order", "[parse_doc]") {
    const document d = read(hello().bytes());
    CHECK(plain_text(d.body) == "Hello “quoted” Việt Nam\nSecond\n");
}

TEST_CASE("parse-doc: a deleted paragraph mark joins two paragraphs once changes are accepted", "[parse_doc]") {
    doc_builder b;
    b.pieces.push_back({u"First part\rsecond part\r", true});
    b.chpx.push_back({10, 11, std::string("\x00\x08\x01", 3)});   // sprmCFRMarkDel on the first mark
    CHECK(plain_text(read(b.bytes()).body) == "First partsecond part\n");
    const document rejected = doc::read_doc(b.bytes(), limits{}, doc::tracked_mode::reject);
    CHECK(plain_text(rejected.body) == "First part\nsecond part\n");
}

TEST_CASE("parse-doc: Word 6/95 and Word 2 files are refused as unsupported_format", "[parse_doc]") {
    doc_builder b = hello();
    b.nfib = 101;
    CHECK(outcome(b.bytes()) == "unsupported_format");
    b.nfib = 104;
    CHECK(outcome(b.bytes()) == "unsupported_format");
    CHECK(outcome(std::string("\xDB\xA5\x2D\x00", 4) + std::string(600, '\0')) == "unsupported_format");
}

TEST_CASE("parse-doc: password-protected files are refused as encrypted", "[parse_doc]") {
    doc_builder b = hello();
    b.flags |= 0x0100;
    CHECK(outcome(b.bytes()) == "encrypted");
    b.flags |= 0x8000;   // XOR obfuscation
    CHECK(outcome(b.bytes()) == "encrypted");
    CHECK(outcome(build_compound_file({{"EncryptionInfo", "x"}, {"EncryptedPackage", "y"}})) == "encrypted");
    CHECK(outcome(build_compound_file({{"Workbook", "x"}})) == "unsupported_format");
}

TEST_CASE("parse-doc: a damaged piece table is refused as corrupt_doc", "[parse_doc]") {
    const doc_builder b = hello();
    auto damaged = [&](auto patch) {
        auto streams = b.streams();
        patch(streams["WordDocument"], streams["1Table"]);
        return outcome(build_compound_file(streams));
    };
    // Character positions going backwards (the second boundary before the first).
    CHECK(damaged([](std::string&, std::string& t) { put32(t, 5 + 4, 1000); }) == "corrupt_doc");
    // A piece pointing past the end of the WordDocument stream.
    CHECK(damaged([](std::string&, std::string& t) { put32(t, 5 + 16 + 2, 0x3FFFFFF0u); }) == "corrupt_doc");
    // A descriptor list whose size is not 4 + 12n, or that runs past the stream.
    CHECK(damaged([](std::string&, std::string& t) { put32(t, 1, 17); }) == "corrupt_doc");
    CHECK(damaged([](std::string&, std::string& t) { put32(t, 1, 0x7FFFFFF0u); }) == "corrupt_doc");
    // An unknown CLX entry, and no CLX at all.
    CHECK(damaged([](std::string&, std::string& t) { t[0] = '\x07'; }) == "corrupt_doc");
    CHECK(damaged([](std::string& wd, std::string&) { put32(wd, 34 + 28 + 2 + 88 + 2 + 8 * 33 + 4, 0); }) == "corrupt_doc");
    // A main text longer than the pieces hold.
    doc_builder longer = hello();
    longer.ccp_text = 5000;
    CHECK(outcome(longer.bytes()) == "corrupt_doc");
}

TEST_CASE("parse-doc: looping or escaping sector chains are refused, never followed", "[parse_doc]") {
    const auto streams = hello().streams();
    // Sector 0 is the FAT, 1 the directory, 2..9 the table stream, 10.. the WordDocument stream.
    CHECK(outcome(build_compound_file(streams, {{10, 10}})) == "corrupt_doc");
    CHECK(outcome(build_compound_file(streams, {{11, 10}})) == "corrupt_doc");
    CHECK(outcome(build_compound_file(streams, {{10, 5000}})) == "corrupt_doc");
    CHECK(outcome(build_compound_file(streams, {{1, 1}})) == "corrupt_doc");   // the directory chain
    // A directory whose sibling links loop still gives each stream once.
    std::string bytes = build_compound_file(streams);
    put32(bytes, 512 * 2 + 2 * 128 + 0x48, 1);
    CHECK(outcome(bytes) == "read");
}

TEST_CASE("parse-doc: an OLE2 header over nothing is corrupt_doc", "[parse_doc]") {
    CHECK(outcome(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(4000, '\0')) == "corrupt_doc");
    CHECK(outcome(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) == "corrupt_doc");
}

TEST_CASE("parse-doc: the document text limit refuses a file as too_large", "[parse_doc]") {
    limits small;
    small.max_document_text = 10;
    CHECK(outcome(hello().bytes(), small) == "too_large");
}

TEST_CASE("parse-doc: unbalanced and deeply nested fields show no instruction text", "[parse_doc]") {
    doc_builder b;
    std::u16string text;
    for (int i = 0; i < 5000; ++i) text += u"\x13" u"X";
    text += u"\x14shown\x15 after\r";
    b.pieces.push_back({text, true});
    const std::string body = plain_text(read(b.bytes()).body);
    CHECK(body.find('X') == std::string::npos);
    doc_builder open;
    open.pieces.push_back({u"before \x13 PAGE \x15\x15\x14 after\r", true});
    CHECK(plain_text(read(open.bytes()).body) == "before  after\n");
}

TEST_CASE("parse-doc: cut and mutated copies of a real file are read or refused with a code", "[parse_doc]") {
    const std::string good = slurp(data_dir() / "doc" / "features.doc");
    REQUIRE(good.size() > 4096);
    for (std::size_t cut = 0; cut < good.size(); cut += 257) {
        const std::string o = outcome(good.substr(0, cut));
        CHECK((o == "read" || o == "corrupt_doc" || o == "unsupported_format"));
    }
    std::mt19937 rng(2013);
    for (int round = 0; round < 400; ++round) {
        std::string bytes = good;
        const int flips = 1 + static_cast<int>(rng() % 16);
        for (int k = 0; k < flips; ++k) bytes[rng() % bytes.size()] = static_cast<char>(rng() & 0xFF);
        const std::string o = outcome(bytes);
        CHECK((o == "read" || o == "corrupt_doc" || o == "unsupported_format" || o == "encrypted" || o == "too_large"));
    }
}
