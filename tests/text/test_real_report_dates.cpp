// SPDX-License-Identifier: Apache-2.0
// Place-and-date lines in the faithful texts of real reports: exactly the
// header line counts, never a body sentence that mentions a date.

#include "baocao/sdk/dates.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

using namespace baocao::dates;

namespace {

/// Text pieces of a Markdown source: table cells on their own, other lines whole.
std::vector<std::string> pieces(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.front() == '|') {
            std::stringstream cells(line);
            std::string cell;
            while (std::getline(cells, cell, '|')) {
                std::string t;
                for (char c : cell)
                    if (c != '*') t.push_back(c);
                out.push_back(t);
            }
        } else {
            out.push_back(line);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("place-and-date lines of the real reports") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto src = shared / "corpus" / "real-reports" / "src";
    if (!std::filesystem::is_directory(src)) {
        WARN("skipped: " << src << " is absent");
        return;
    }
    const std::map<std::string, std::optional<civil_date>> expected = {
        {"01-thcs-hoang-luong-hcm-2013.md", civil_date{2013, 12, 23}},
        {"02-snv-lam-dong-mo-hinh-cchc-2025.md", civil_date{2025, 11, 5}},
        {"03-ubnd-lam-dong-tong-ket-pcmt-2025.md", std::nullopt},  // day left blank
        {"04-ubnd-lam-dong-cchc-2025.md", std::nullopt},
    };
    for (const auto& [name, want] : expected) {
        const auto file = src / name;
        if (!std::filesystem::exists(file)) continue;
        std::vector<civil_date> found;
        std::size_t dated_pieces = 0;
        for (const auto& piece : pieces(file)) {
            if (find_vietnamese_date(piece)) ++dated_pieces;
            if (auto d = parse_place_date_line(piece)) found.push_back(*d);
        }
        INFO(name);
        // The bodies mention many dates; none of those lines is a place-date line.
        CHECK(dated_pieces >= (want ? 1u : 0u));
        if (want) {
            REQUIRE(found.size() == 1);
            CHECK(found.front() == *want);
        } else {
            CHECK(found.empty());
        }
    }
}

TEST_CASE("the plan's header date is its only place-and-date line") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto file = shared / "seeds" / "plan-99-KH-TU.txt";
    if (!std::filesystem::exists(file)) {
        WARN("skipped: " << file << " is absent");
        return;
    }
    std::ifstream in(file);
    std::string line;
    std::vector<civil_date> found;
    std::size_t dated_lines = 0;
    while (std::getline(in, line)) {
        if (find_vietnamese_date(line)) ++dated_lines;
        if (auto d = parse_place_date_line(line)) found.push_back(*d);
    }
    REQUIRE(found.size() == 1);
    CHECK(found.front() == civil_date{2013, 8, 16});
    CHECK(dated_lines >= 4);
    CHECK(find_vietnamese_date("phấn đấu xong trước 10/9/2013; cấp huyện xong trước ngày 05/10/2013") ==
          civil_date{2013, 9, 10});
}
