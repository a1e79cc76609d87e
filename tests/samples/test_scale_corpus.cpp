// SPDX-License-Identifier: Apache-2.0
// Benchmark corpora stay within the advertised size ranges.

#include "sample_support.hpp"
#include "scale_corpus.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace baocao::testing;
using namespace baocao::testing::samples;

TEST_CASE("flat corpus files are 15-60 KB with 50-400 KB of document.xml and 800-2500 words", "[samples]") {
    const auto dir = temp_dir("samples-flat");
    REQUIRE(baocao::samplegen::write_flat_corpus(dir, 11, 25) == 25);
    const auto files = list_files(dir);
    REQUIRE(files.size() == 25);
    bool saw_table = false, saw_numbering = false;
    for (const auto& f : files) {
        INFO(f);
        CHECK(f.ends_with(".docx"));
        const std::string bytes = read_file(dir / f);
        CHECK(bytes.size() >= 15 * 1024);
        CHECK(bytes.size() <= 60 * 1024);
        const auto parts = unzip(bytes);
        const std::string& xml = parts.at("word/document.xml");
        CHECK(xml.size() >= 50 * 1024);
        CHECK(xml.size() <= 400 * 1024);
        CHECK(well_formed(xml));
        std::istringstream words(document_text(xml));
        std::size_t count = 0;
        for (std::string w; words >> w;) ++count;
        CHECK(count >= 800);
        CHECK(count <= 2500);
        CHECK(xml.find("<w:tbl>") != std::string::npos);  // header block at least
        saw_table = saw_table || xml.find("w:val=\"single\"") != std::string::npos;
        saw_numbering = saw_numbering || parts.count("word/numbering.xml") == 1;
    }
    CHECK(saw_table);
    CHECK(saw_numbering);
}

TEST_CASE("long reports have 5 000-15 000 words, figures in most paragraphs and many tables", "[samples]") {
    const auto dir = temp_dir("samples-flat-long");
    baocao::samplegen::flat_corpus_options options;
    options.long_reports = true;
    REQUIRE(baocao::samplegen::write_flat_corpus(dir, 11, 8, options) == 8);
    const auto files = list_files(dir);
    REQUIRE(files.size() == 8);
    for (const auto& f : files) {
        INFO(f);
        const auto parts = unzip(read_file(dir / f));
        const std::string& xml = parts.at("word/document.xml");
        CHECK(well_formed(xml));
        std::istringstream words(document_text(xml));
        std::size_t count = 0;
        for (std::string w; words >> w;) ++count;
        CHECK(count >= 5000);
        CHECK(count <= 15000);
        std::size_t tables = 0;
        for (std::size_t at = xml.find("<w:tbl>"); at != std::string::npos; at = xml.find("<w:tbl>", at + 1)) ++tables;
        CHECK(tables >= 5);
    }
}

TEST_CASE("a foreign share writes that share of reports from units the roster does not list", "[samples]") {
    const auto dir = temp_dir("samples-flat-foreign");
    baocao::samplegen::flat_corpus_options options;
    options.foreign_share = 0.5;
    REQUIRE(baocao::samplegen::write_flat_corpus(dir, 11, 40, options) == 40);
    std::size_t foreign = 0;
    for (const auto& f : list_files(dir)) {
        if (f.find("ngoai-danh-sach") == std::string::npos) continue;
        ++foreign;
        const std::string text = document_text(unzip(read_file(dir / f)).at("word/document.xml"));
        INFO(f);
        CHECK(text.find("HÀ TĨNH") == std::string::npos);   // another province's committee
        CHECK(text.find("HUYỆN ỦY") != std::string::npos);
    }
    CHECK(foreign >= 10);
    CHECK(foreign <= 30);
}

TEST_CASE("distinct foreign reports each come from a district committee of their own", "[samples]") {
    const auto dir = temp_dir("samples-flat-distinct");
    baocao::samplegen::flat_corpus_options options;
    options.foreign_share = 1;
    options.distinct_foreign = true;
    REQUIRE(baocao::samplegen::write_flat_corpus(dir, 11, 30, options) == 30);
    std::set<std::string> issuers;
    for (const auto& f : list_files(dir)) {
        const std::string text = document_text(unzip(read_file(dir / f)).at("word/document.xml"));
        const auto at = text.find("HUYỆN ỦY ");
        REQUIRE(at != std::string::npos);
        const auto end = text.find_first_of("\n*", at);
        issuers.insert(text.substr(at, end - at));
    }
    CHECK(issuers.size() == 30);
}
