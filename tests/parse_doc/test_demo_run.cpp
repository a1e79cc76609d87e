// SPDX-License-Identifier: Apache-2.0
// A .doc report through the real command with the demo's plan and roster:
// it is read like any other report, result.json says it was a .doc, it
// reaches the draft, and its sections are those of the .docx it was saved
// from (vu-quang.doc: the demo's "Báo cáo Vũ Quang.docx" saved by LibreOffice).

#include "e2e_support.hpp"
#include "test_paths.hpp"

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

using namespace baocao::testing;
namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

/// Runs the demo plan and roster over one report file; returns its submission.
Object::Ptr run_one(const fs::path& report, const fs::path& work) {
    const fs::path inbox = work / "inbox";
    fs::create_directories(inbox);
    fs::copy_file(report, inbox / report.filename(), fs::copy_options::overwrite_existing);
    const auto r = run_baocao(demo_dir(), {"--plan", "plan-99-KH-TU.docx", "--roster", "roster.json", "--out",
                                           (work / "out").string(), inbox.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto result = read_json(work / "out" / "result.json");
    const auto subs = result->getArray("submissions");
    REQUIRE(subs->size() == 1);
    return subs->getObject(0);
}

}  // namespace

TEST_CASE("parse-doc: a .doc report is read, marked as .doc, and matched like its .docx", "[parse_doc][e2e]") {
    const fs::path work = temp_dir("parse-doc-demo");
    const auto doc = run_one(data_dir() / "doc" / "vu-quang.doc", work / "doc");
    const auto docx = run_one(data_dir() / "doc" / "vu-quang.docx", work / "docx");

    CHECK(doc->getValue<std::string>("format") == "doc");
    CHECK_FALSE(docx->has("format"));
    REQUIRE(!doc->isNull("unit"));
    CHECK(doc->getObject("unit")->getValue<std::string>("id") == docx->getObject("unit")->getValue<std::string>("id"));
    CHECK(doc->getValue<std::string>("document_date") == docx->getValue<std::string>("document_date"));
    const auto doc_sections = section_labels(doc);
    CHECK(doc_sections.size() >= 3);
    CHECK(doc_sections == section_labels(docx));

    // The draft quotes the .doc report's text like any other.
    const std::string draft = read_bytes(work / "doc" / "out" / "draft.md");
    CHECK(draft.find("cấp phát 1.730 cuốn cho các chi bộ") != std::string::npos);
    fs::remove_all(work);
}
