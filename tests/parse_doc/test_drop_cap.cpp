// SPDX-License-Identifier: Apache-2.0
// A dropped initial (sprmPDcs): Word stores the large first letter as a framed
// paragraph of its own, and shows it as the start of the next paragraph.

#include "built_doc_reading.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

namespace {

/// sprmPDcs with fdct `kind` (1 dropped, 2 in the margin) over three lines.
std::string drop_cap_sprm(std::uint8_t kind) {
    std::string grpprl(2, '\0');
    put16(grpprl, 0, 0x442C);
    grpprl.push_back(static_cast<char>((3 << 3) | kind));
    grpprl.push_back('\0');
    return grpprl;
}

}  // namespace

TEST_CASE("parse-doc: a dropped initial begins the next paragraph", "[parse_doc]") {
    for (const std::uint8_t kind : {std::uint8_t{1}, std::uint8_t{2}}) {
        doc_builder b;
        b.pieces.push_back({u"Title\rT\rhe movement spread to every commune.\rLast line\r", true});
        b.papx.push_back({0, 6, 0, ""});
        b.papx.push_back({6, 8, 0, drop_cap_sprm(kind)});
        b.papx.push_back({8, 45, 0, ""});
        b.papx.push_back({45, 55, 0, ""});
        CHECK(paragraph_texts(read_built(b).body) ==
              texts{"Title", "The movement spread to every commune.", "Last line"});
    }
}

TEST_CASE("parse-doc: a DCS of kind none leaves the paragraph alone", "[parse_doc]") {
    doc_builder b;
    b.pieces.push_back({u"A\rParagraph\r", true});
    b.papx.push_back({0, 2, 0, drop_cap_sprm(0)});
    b.papx.push_back({2, 12, 0, ""});
    CHECK(paragraph_texts(read_built(b).body) == texts{"A", "Paragraph"});
}

TEST_CASE("parse-doc: a dropped initial at the end of the text is kept", "[parse_doc]") {
    doc_builder b;
    b.pieces.push_back({u"Body\rZ\r", true});
    b.papx.push_back({0, 5, 0, ""});
    b.papx.push_back({5, 7, 0, drop_cap_sprm(1)});
    CHECK(paragraph_texts(read_built(b).body) == texts{"Body", "Z"});
}
