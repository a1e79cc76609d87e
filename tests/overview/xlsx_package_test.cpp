// SPDX-License-Identifier: Apache-2.0
// compliance.xlsx from the demo: every XML part validates against the OOXML
// schemas, the workbook is dated by --now, and two runs at different thread
// counts give the same bytes (report.html too).

#include "docx_reader.hpp"
#include "e2e_support.hpp"
#include "ooxml_schema.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

const std::string now = "2013-10-15T12:00:00+07:00";

/// The demo run once, into a folder kept for the test binary's life.
const fs::path& demo_out() {
    static const fs::path out = [] {
        const auto dir = temp_dir("overview-xlsx") / "out";
        const auto r = run_demo(dir, {"-j2", "--now", now});
        if (r.exit_code != 0) throw std::runtime_error("the demo run failed: " + r.err);
        return dir;
    }();
    return out;
}

}  // namespace

TEST_CASE("every part of compliance.xlsx validates against the OOXML schemas", "[xlsx][schema]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto schemas = shared / "reference" / "ooxml-schemas";
    const auto iso = schemas / "ISO-IEC29500-4_2016";
    const auto opc = schemas / "ecma" / "fouth-edition";
    const draft_test::package pkg(demo_out() / "compliance.xlsx");
    std::size_t checked = 0;
    for (const auto& name : pkg.names()) {
        INFO(name);
        const auto part = pkg.read(name);
        REQUIRE(part.has_value());
        fs::path xsd;
        if (name == "[Content_Types].xml")
            xsd = opc / "opc-contentTypes.xsd";
        else if (name.ends_with(".rels"))
            xsd = opc / "opc-relationships.xsd";
        else if (name == "docProps/app.xml")
            xsd = iso / "shared-documentPropertiesExtended.xsd";
        else if (name.starts_with("xl/theme/"))
            xsd = iso / "dml-main.xsd";
        else if (name.starts_with("xl/"))
            xsd = iso / "sml.xsd";
        if (xsd.empty()) {
            // docProps/core.xml: its schema imports Dublin Core from the network, so
            // it is checked for the run's date below instead.
            CHECK(name == "docProps/core.xml");
            continue;
        }
        CHECK(validate_xml(xsd, *part).empty());
        ++checked;
    }
    // Content types, two relationship parts, app, workbook, styles, strings, theme, three sheets.
    CHECK(checked >= 11);
}

TEST_CASE("compliance.xlsx is dated by --now, not by the clock", "[xlsx]") {
    const draft_test::package pkg(demo_out() / "compliance.xlsx");
    const auto core = pkg.read("docProps/core.xml");
    REQUIRE(core.has_value());
    // 2013-10-15T12:00:00+07:00 is 05:00 UTC.
    CHECK_THAT(*core,
               Catch::Contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2013-10-15T05:00:00Z</dcterms:created>"));
    CHECK(pkg.names().size() == 12);
}

TEST_CASE("compliance.xlsx and report.html are byte-identical for -j1 and -j2 and across runs", "[xlsx][html]") {
    const auto dir = temp_dir("overview-determinism");
    const auto one = run_demo(dir / "j1", {"-j1", "--now", now});
    REQUIRE(one.exit_code == 0);
    for (const char* name : {"compliance.xlsx", "report.html"}) {
        INFO(name);
        const auto bytes = read_bytes(dir / "j1" / name);
        REQUIRE_FALSE(bytes.empty());
        CHECK(bytes == read_bytes(demo_out() / name));
    }
}
