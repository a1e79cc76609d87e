// SPDX-License-Identifier: Apache-2.0
// What a report says, through `baocao run`: its own date wherever the header
// puts it, whether it is on the plan's subject, and which plan items it answers.
#include "compliance_inbox.hpp"

#include "docx_writer.hpp"
#include "side_reports.hpp"
#include "test_paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace baocao::testing;
namespace samplegen = baocao::samplegen;

namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

const char* const commune_roster = R"({"units": [{"id": "trung-le", "name": "Đảng ủy xã Trung Lễ", "level": "grassroots",
    "aliases": ["Đảng ủy xã Trung Lễ", "Đảng bộ xã Trung Lễ"], "emails": ["trungle@ductho.example.vn"], "place_names": ["Trung Lễ"]}]})";

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

}  // namespace

TEST_CASE("the report's own date is read when the number and the date share a line, or sit on two") {
    struct layout {
        const char* name;
        samplegen::header_layout value;
    };
    const layout layouts[] = {{"tab", samplegen::header_layout::tab},
                              {"spaces", samplegen::header_layout::spaces},
                              {"no-break", samplegen::header_layout::no_break},
                              {"two-lines", samplegen::header_layout::two_lines}};
    compliance_inbox box("header-layouts");
    std::vector<std::string> sources;
    for (const layout& l : layouts)
        for (const bool word_like : {true, false}) {
            const std::string file = std::string("trung-le-") + l.name + (word_like ? "-word" : "-python-docx") + ".docx";
            box.loose(file, samplegen::write_docx(samplegen::commune_report(l.value, word_like)));
            sources.push_back("inbox/" + file);
        }
    // Saved by LibreOffice 7 from the flat ODT beside each: a tab, three spaces
    // (text:s), two paragraphs, and the date in a right-aligned frame (a text box).
    const auto made_by_lo = data_dir() / "header-layouts";
    for (const char* name : {"libreoffice-tab.docx", "libreoffice-spaces.docx", "libreoffice-two-lines.docx", "libreoffice-frame.docx"}) {
        box.loose(name, read_bytes(made_by_lo / name));
        sources.push_back(std::string("inbox/") + name);
    }
    const auto result = box.run(box.plan(), box.put("roster.json", commune_roster), {"--now", "2013-10-15"});
    for (const std::string& source : sources) {
        INFO(source);
        const auto s = submission_of(result, source);
        CHECK(text_of(s, "document_date") == "2013-09-10");
        CHECK(s->getObject("unit")->getValue<std::string>("id") == "trung-le");
        // "trước 10/9/2013": the 10th is late, not undetermined.
        CHECK(text_of(s, "status") == "late");
    }
}

TEST_CASE("a report on another subject is flagged off_topic with the evidence and does not count as the unit's report") {
    compliance_inbox box("off-topic");
    box.mail("thach-ha.eml", "thach-ha", vn(2013, 10, 2),
             {{"Báo cáo CCHC Thạch Hà.docx", samplegen::write_docx(samplegen::off_topic_report("thach-ha", 91, vn(2013, 10, 1)))}});
    box.mail("can-loc.eml", "can-loc", vn(2013, 10, 1), {{"Báo cáo Can Lộc.docx", compliance_inbox::report("can-loc", 58, vn(2013, 9, 28))}});
    const auto result = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15"});

    const auto off = submission_of(result, "inbox/thach-ha.eml#Báo cáo CCHC Thạch Hà.docx");
    CHECK(text_of(off, "off_topic") == "true");
    std::string evidence;
    auto problems = off->getArray("problems");
    for (std::size_t i = 0; i < problems->size(); ++i)
        if (problems->getObject(static_cast<unsigned>(i))->getValue<std::string>("code") == "off_topic")
            evidence = problems->getObject(static_cast<unsigned>(i))->getValue<std::string>("message");
    CHECK_THAT(evidence, Catch::Contains("Dân vận khéo") && Catch::Contains("32-CT/TU") && Catch::Contains("cải cách hành chính"));
    CHECK(text_of(submission_of(result, "inbox/can-loc.eml#Báo cáo Can Lộc.docx"), "off_topic") == "false");

    const auto row = unit_row(result, "thach-ha");
    CHECK(text_of(row, "status") == "missing");
    CHECK(strings_of(row, "off_topic") == std::vector<std::string>{"inbox/thach-ha.eml#Báo cáo CCHC Thạch Hà.docx"});
    CHECK_THAT(text_of(row, "note"), Catch::Contains("chủ đề khác"));

    // The check can be turned off for a plan whose reports name their subject otherwise.
    const auto config = box.put("pipeline.json", R"({"settings": {"check-deadline": {"subject_check": false}}})");
    const auto unchecked = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15", "--config", config.string()});
    CHECK(text_of(submission_of(unchecked, "inbox/thach-ha.eml#Báo cáo CCHC Thạch Hà.docx"), "off_topic") == "false");
    CHECK(text_of(unit_row(unchecked, "thach-ha"), "status") == "on_time");
}

TEST_CASE("each unit lists the plan items its reports do not answer") {
    compliance_inbox box("coverage");
    box.mail("vu-quang.eml", "vu-quang", vn(2013, 10, 3),
             {{"BC Vũ Quang.docx", compliance_inbox::report("vu-quang", 31, vn(2013, 10, 2), /*skip_front=*/true)}});
    box.mail("can-loc.eml", "can-loc", vn(2013, 10, 1), {{"Báo cáo Can Lộc.docx", compliance_inbox::report("can-loc", 58, vn(2013, 9, 28))}});
    const auto result = box.run(box.plan(), box.roster(true), {"--now", "2013-10-15"});
    const auto skipped = strings_of(unit_row(result, "vu-quang"), "items_not_covered");
    CHECK(contains(skipped, "3"));
    CHECK(contains(problem_codes(submission_of(result, "inbox/vu-quang.eml#BC Vũ Quang.docx")), "items_not_covered"));
    CHECK_FALSE(contains(strings_of(unit_row(result, "can-loc"), "items_not_covered"), "3"));
    CHECK(strings_of(unit_row(result, "duc-tho"), "items_not_covered").empty());
}
