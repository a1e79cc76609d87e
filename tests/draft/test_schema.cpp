// SPDX-License-Identifier: Apache-2.0
// Every XML part of draft.docx, comments.xml included, validates against the
// OOXML schemas (../shared/reference/ooxml-schemas): Word refuses documents
// that LibreOffice opens without complaint.

#include "docx_reader.hpp"
#include "draft_fixture.hpp"
#include "ooxml_schema.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

BAOCAO_DECLARE_PLUGIN(emit_docx);

using namespace draft_test;
using baocao::testing::validate_xml;

TEST_CASE("every part of draft.docx validates against the OOXML schemas, comments included", "[draft][docx][schema]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto schemas = shared / "reference" / "ooxml-schemas";
    const auto dir = baocao::testing::temp_dir("draft-schema");
    run_emitter(baocao_plugin_info_emit_docx(), make_run(), dir);
    const package pkg(dir / "draft.docx");
    const auto wml = schemas / "ISO-IEC29500-4_2016" / "wml.xsd";
    REQUIRE(pkg.read("word/comments.xml").has_value());
    for (const char* part : {"word/document.xml", "word/comments.xml", "word/styles.xml", "word/header1.xml"}) {
        INFO(part);
        CHECK(validate_xml(wml, *pkg.read(part)).empty());
    }
    CHECK(validate_xml(schemas / "ecma" / "fouth-edition" / "opc-contentTypes.xsd", *pkg.read("[Content_Types].xml")).empty());
    CHECK(validate_xml(schemas / "ecma" / "fouth-edition" / "opc-relationships.xsd", *pkg.read("word/_rels/document.xml.rels"))
              .empty());
}
