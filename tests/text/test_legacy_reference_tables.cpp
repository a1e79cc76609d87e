// SPDX-License-Identifier: Apache-2.0
// Every letter row of the reference TSVs decodes to its Unicode letter, so
// the embedded tables cannot drift from the checked references.

#include "baocao/sdk/text.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

using namespace baocao::text;

namespace {

/// Rows of a raw tab-separated file (no quoting, no trimming), keyed by header.
std::vector<std::map<std::string, std::string>> read_tsv(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::vector<std::map<std::string, std::string>> rows;
    std::string line;
    std::vector<std::string> header;
    auto split = [](const std::string& l) {
        std::vector<std::string> cells;
        std::size_t start = 0;
        while (true) {
            const std::size_t tab = l.find('\t', start);
            cells.push_back(l.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        return cells;
    };
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const auto cells = split(line);
        if (header.empty()) {
            header = cells;
            continue;
        }
        std::map<std::string, std::string> row;
        for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i) row[header[i]] = cells[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

TEST_CASE("every TCVN3 reference row decodes") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto rows = read_tsv(shared / "reference" / "tcvn3.tsv");
    REQUIRE(rows.size() == 74);
    for (const auto& row : rows) {
        INFO("byte " << row.at("byte"));
        CHECK(legacy_to_unicode(row.at("docx_char"), legacy_encoding::tcvn3) == row.at("unicode"));
        CHECK(to_upper(legacy_to_unicode(row.at("docx_char"), legacy_encoding::tcvn3)) == row.at("in_H_font"));
    }
}

TEST_CASE("every VNI reference letter row decodes") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto rows = read_tsv(shared / "reference" / "vni.tsv");
    REQUIRE(rows.size() == 168);
    std::size_t letters = 0;
    for (const auto& row : rows) {
        if (row.at("kind") == "mark") continue;
        ++letters;
        INFO("bytes " << row.at("bytes"));
        CHECK(legacy_to_unicode(row.at("docx_chars"), legacy_encoding::vni) == row.at("unicode"));
    }
    CHECK(letters == 134);
}

TEST_CASE("VNI mark rows apply after a plain vowel of either case") {
    BAOCAO_REQUIRE_SHARED(shared);
    for (const auto& row : read_tsv(shared / "reference" / "vni.tsv")) {
        if (row.at("kind") != "mark") continue;
        INFO("mark " << row.at("bytes"));
        // Marks of the other case series are not in the letter table; the
        // lenient pass still composes them.
        const bool upper_series = row.at("bytes")[0] == 'C' || row.at("bytes")[0] == 'D';
        const std::string base = upper_series ? "a" : "A";
        CHECK(legacy_to_unicode(base + row.at("docx_chars"), legacy_encoding::vni) ==
              to_nfc(base + row.at("unicode")));
    }
}
