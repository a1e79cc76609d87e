// SPDX-License-Identifier: Apache-2.0
// Read through the project's own .docx parser: the TCVN3 report comes back
// as Unicode and automatic numbering as "I.", "II." labels.

#include "docx_reader.hpp"
#include "sample_support.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/model.hpp>

#include <catch2/catch.hpp>

using namespace baocao::testing::samples;

namespace {

baocao::document parse(const std::filesystem::path& p) {
    baocao::item it;
    it.path = p;
    it.name = p.filename().string();
    it.source = it.name;
    return baocao::docx::read_docx(it, baocao::limits{}, baocao::docx::tracked_mode::accept);
}

}  // namespace

TEST_CASE("the TCVN3 report reads back as Unicode", "[samples]") {
    const baocao::document doc = parse(demo_dir() / "inbox/CA tinh - BC so ket CT32.docx");
    const std::string text = baocao::plain_text(doc.body);
    CHECK(text.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos);
    CHECK(text.find("Hà Tĩnh, ngày 30 tháng 9 năm 2013") != std::string::npos);
    CHECK(text.find("Ban Thường vụ Đảng ủy Công an tỉnh") != std::string::npos);
    CHECK(text.find("µ") == std::string::npos);
}

TEST_CASE("auto-numbered headings read I., II. from numbering.xml", "[samples]") {
    const baocao::document doc = parse(demo_dir() / "inbox/duc-tho-bao-cao-so-ket-ct32.docx");
    std::vector<std::string> labels;
    baocao::for_each_paragraph(doc.body, [&](const baocao::paragraph& p) {
        if (p.numbering_level == 0) labels.push_back(p.numbering_label);
    });
    REQUIRE(labels.size() >= 5);
    CHECK(labels[0] == "I.");
    CHECK(labels[1] == "II.");
    CHECK(labels[2] == "III.");
    // Part two restarts the list.
    CHECK(std::count(labels.begin(), labels.end(), std::string("I.")) == 2);
}
