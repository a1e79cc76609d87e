// SPDX-License-Identifier: Apache-2.0
// Fields that store no result text and show one Word computes: a drop-down
// form field (its FFData in the Data stream) and a phonetic guide (EQ \o).

#include "doc_builder.hpp"
#include "doc_reader.hpp"
#include "form_fields.hpp"
#include "ruby_field.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace baocao::doc;

namespace {

void add16(std::string& s, std::uint16_t v) {
    s.push_back(static_cast<char>(v & 0xFF));
    s.push_back(static_cast<char>(v >> 8));
}
void add32(std::string& s, std::uint32_t v) {
    add16(s, static_cast<std::uint16_t>(v & 0xFFFF));
    add16(s, static_cast<std::uint16_t>(v >> 16));
}
void add_xstz(std::string& s, std::u16string_view text) {
    add16(s, static_cast<std::uint16_t>(text.size()));
    for (char16_t c : text) add16(s, c);
    add16(s, 0);
}

/// A Data stream holding, at `offset`, a NilPICFAndBinData whose FFData is a
/// form field of `type` (2: drop-down) showing entry `result` (25: the default
/// entry `default_entry`) of `entries`.
std::string data_stream(std::size_t offset, unsigned type, unsigned result, std::uint16_t default_entry,
                        const std::vector<std::u16string>& entries) {
    std::string ff;
    add32(ff, 0xFFFFFFFFu);
    add16(ff, static_cast<std::uint16_t>(type | (result << 2)));
    add16(ff, 0);          // cch
    add16(ff, 20);         // hps
    add_xstz(ff, u"Dropdown1");
    if (type == 0) add_xstz(ff, u"default text");
    else add16(ff, default_entry);
    for (int i = 0; i < 5; ++i) add_xstz(ff, u"");
    if (type == 2) {
        add16(ff, 0xFFFF);
        add16(ff, static_cast<std::uint16_t>(entries.size()));
        add16(ff, 0);
        for (const auto& e : entries) {
            add16(ff, static_cast<std::uint16_t>(e.size()));
            for (char16_t c : e) add16(ff, c);
        }
    }
    std::string out(offset, '\0');
    add32(out, static_cast<std::uint32_t>(0x44 + ff.size()));
    add16(out, 0x44);
    out.append(0x44 - 6, '\0');
    return out + ff;
}

}  // namespace

TEST_CASE("parse-doc: a drop-down form field shows the entry chosen in its FFData", "[parse_doc]") {
    const std::vector<std::u16string> entries{u"Chưa đạt", u"Đạt", u"Tốt"};
    CHECK(dropdown_choice(data_stream(16, 2, 1, 0, entries), 16) == std::u16string(u"Đạt"));
    CHECK(dropdown_choice(data_stream(0, 2, 0, 2, entries), 0) == std::u16string(u"Chưa đạt"));
    // iRes 25: the default entry shows.
    CHECK(dropdown_choice(data_stream(0, 2, 25, 2, entries), 0) == std::u16string(u"Tốt"));
}

TEST_CASE("parse-doc: other or damaged form fields show nothing computed", "[parse_doc]") {
    const std::vector<std::u16string> entries{u"A", u"B"};
    CHECK_FALSE(dropdown_choice(data_stream(0, 0, 0, 0, {}), 0));        // a text field keeps its own result
    CHECK_FALSE(dropdown_choice(data_stream(0, 2, 7, 0, entries), 0));   // no entry 7
    const std::string whole = data_stream(0, 2, 1, 0, entries);
    CHECK_FALSE(dropdown_choice(whole, 4));                              // not a NilPICFAndBinData
    CHECK_FALSE(dropdown_choice(whole, static_cast<std::uint32_t>(whole.size())));
    for (std::size_t cut = 0; cut < whole.size(); ++cut)                 // truncated anywhere
        CHECK_FALSE(dropdown_choice(whole.substr(0, cut), 0));
}

TEST_CASE("parse-doc: a phonetic guide's EQ field reads as base (reading)", "[parse_doc]") {
    CHECK(ruby_text(u" EQ \\* jc2 \\* \"Font:MS Mincho\" \\* hps12 \\o\\ad(\\s\\up 11(かんじ),漢字)") ==
          std::u16string(u"漢字 (かんじ)"));
    CHECK(ruby_text(u"eq \\o\\ac(\\s\\up 9(reading),base)") == std::u16string(u"base (reading)"));
    CHECK(ruby_text(u"EQ \\o(\\s\\up 9(),base)") == std::u16string(u"base"));
}

TEST_CASE("parse-doc: other EQ fields and instructions give no computed text", "[parse_doc]") {
    CHECK_FALSE(ruby_text(u"EQ \\f(1,2)"));
    CHECK_FALSE(ruby_text(u"PAGE"));
    CHECK_FALSE(ruby_text(u"EQ \\o\\ad(\\s\\up 11(unclosed,base"));
    CHECK_FALSE(ruby_text(u"EQ \\o\\ad(\\s\\up 11(reading),)"));
    CHECK_FALSE(ruby_text(u""));
}

TEST_CASE("parse-doc: in a document, a FORMDROPDOWN field shows its entry; its code never shows", "[parse_doc]") {
    const std::vector<std::u16string> entries{u"Chưa đạt", u"Đạt", u"Tốt"};
    const std::u16string text = u"Xếp loại: \x13 FORMDROPDOWN \x01\x15.\r";
    const auto at = [&](char16_t c) { return static_cast<std::uint32_t>(text.find(c)); };
    for (const char16_t holder : {char16_t{0x13}, char16_t{0x01}}) {   // as Word, as LibreOffice writes it
        baocao::testing::doc_builder b;
        b.pieces.push_back({text, false});
        std::string pic_location;
        add16(pic_location, 0x6A03);
        add32(pic_location, 32);
        b.chpx.push_back({at(holder), at(holder) + 1, pic_location});
        auto streams = b.streams();
        streams["Data"] = data_stream(32, 2, 2, 0, entries);
        const baocao::document d =
            read_doc(baocao::testing::build_compound_file(streams), baocao::limits{}, tracked_mode::accept);
        REQUIRE(d.body.size() == 1);
        CHECK(std::get<baocao::paragraph>(d.body[0]).text() == "Xếp loại: Tốt.");
    }
}
