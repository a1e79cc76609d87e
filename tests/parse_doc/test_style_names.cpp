// SPDX-License-Identifier: Apache-2.0
// The style sheet (STSH) of a .doc, built byte by byte: a style's name is
// copied into every paragraph of that style, so a name the file makes
// 65 535 characters long is bounded where it is read.
#include "styles.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace baocao;

namespace {

void put16(std::string& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
}

/// A table stream holding only an STSH of one paragraph style named `name` (ASCII), user-defined (sti 0xFFE).
std::string sheet_with_style_named(const std::string& name) {
    std::string stshi;
    put16(stshi, 1);     // cstd
    put16(stshi, 10);    // cbSTDBaseInFile
    stshi.resize(18, '\0');
    std::string std_bytes;
    put16(std_bytes, 0x0FFE);                          // sti: user-defined
    put16(std_bytes, static_cast<std::uint16_t>(1 | (0x0FFF << 4)));   // kind 1 (paragraph), no base
    put16(std_bytes, 0);                               // no UPX
    std_bytes.resize(10, '\0');
    put16(std_bytes, static_cast<std::uint16_t>(name.size()));
    for (const char c : name) put16(std_bytes, static_cast<unsigned char>(c));
    put16(std_bytes, 0);
    std::string table;
    put16(table, static_cast<std::uint16_t>(stshi.size()));
    table += stshi;
    put16(table, static_cast<std::uint16_t>(std_bytes.size()));
    table += std_bytes;
    return table;
}

}  // namespace

TEST_CASE("parse-doc: a style's name is read as stored, and bounded when the file makes it huge", "[parse_doc]") {
    const std::string plain = sheet_with_style_named("Bao cao body");
    const doc::style_sheet ordinary(plain, doc::fc_lcb{0, static_cast<std::uint32_t>(plain.size())});
    CHECK(ordinary.at(0).name == "Bao cao body");

    const std::string huge = sheet_with_style_named(std::string(30000, 'x'));
    const doc::style_sheet sheet(huge, doc::fc_lcb{0, static_cast<std::uint32_t>(huge.size())});
    CHECK(sheet.at(0).name.size() <= 256);
    CHECK(sheet.at(0).name.size() >= 200);
    CHECK(sheet.at(0).id.size() <= 256);
}
