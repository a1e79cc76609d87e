// SPDX-License-Identifier: Apache-2.0
// Benchmark corpora stay within the advertised size ranges.

#include "sample_support.hpp"
#include "scale_corpus.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

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
