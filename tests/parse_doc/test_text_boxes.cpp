// SPDX-License-Identifier: Apache-2.0
// Text boxes of a .doc, built byte by byte: their paragraphs follow the
// paragraph that anchors them, as parse-docx places w:txbxContent.

#include "built_doc_reading.hpp"

#include <catch2/catch.hpp>

using namespace baocao;
using namespace baocao::testing;

TEST_CASE("parse-doc: a text box's paragraphs follow the paragraph that anchors it", "[parse_doc]") {
    doc_builder b;
    b.pieces.push_back({u"Before\r\x08" u"Anchor line\rAfter\r", true});
    b.text_boxes.push_back({u"In the box\rSecond box line\r", 1025, 7});
    b.text_boxes.push_back({u"Another box\r", 1026, 7});
    const document d = read_built(b);
    CHECK(paragraph_texts(d.body) == texts{"Before", "Anchor line", "In the box", "Second box line", "Another box", "After"});
    CHECK(d.parts.empty());
}

TEST_CASE("parse-doc: a text box without an anchor closes the body; a deleted one is not read", "[parse_doc]") {
    doc_builder b;
    b.pieces.push_back({u"Body text\rLast line\r", true});
    b.text_boxes.push_back({u"Floating box\r", 2049, -1});
    b.text_boxes.push_back({u"Deleted box\r", 2050, 0, true});
    CHECK(paragraph_texts(read_built(b).body) == texts{"Body text", "Last line", "Floating box"});
}

TEST_CASE("parse-doc: a header's text box stays in its header", "[parse_doc]") {
    doc_builder b;
    b.pieces.push_back({u"Body text\r", true});
    b.default_header = u"\x08Header line\r\r";
    b.header_text_boxes.push_back({u"Logo caption\r", 3073, 0});
    const document d = read_built(b);
    CHECK(paragraph_texts(d.body) == texts{"Body text"});
    REQUIRE(d.parts.size() == 1);
    CHECK(d.parts[0].kind == "header");
    CHECK(paragraph_texts(d.parts[0].blocks) == texts{"Header line", "Logo caption"});
}
