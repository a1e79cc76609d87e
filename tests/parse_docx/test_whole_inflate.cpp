// SPDX-License-Identifier: Apache-2.0
// A deflated part inflated in one call: exactly what was deflated, or false
// for anything else (a wrong CRC, a size that lies either way, damaged data),
// and the package then reads it the streaming way.
#include "whole_inflate.hpp"

#include "docx_fixture.hpp"

#include <libdeflate.h>

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <variant>

namespace {

/// Raw DEFLATE of `text`, as a zip stores a method 8 entry.
std::string deflate_raw(const std::string& text) {
    std::unique_ptr<libdeflate_compressor, void (*)(libdeflate_compressor*)> c(libdeflate_alloc_compressor(6),
                                                                              libdeflate_free_compressor);
    std::string out(libdeflate_deflate_compress_bound(c.get(), text.size()), '\0');
    out.resize(libdeflate_deflate_compress(c.get(), text.data(), text.size(), out.data(), out.size()));
    return out;
}

std::uint32_t crc_of(const std::string& text) {
    return static_cast<std::uint32_t>(libdeflate_crc32(0, text.data(), text.size()));
}

/// Report-like text of about `words` words.
std::string report_text(int words) {
    std::string text;
    for (int i = 0; i < words; ++i) text += "Đảng ủy xã " + std::to_string(i % 97) + " đã tổ chức quán triệt. ";
    return text;
}

}  // namespace

TEST_CASE("inflate_whole gives back exactly what was deflated") {
    using baocao::plugins::inflate_whole;
    for (const int words : {1, 300, 40000}) {
        const std::string text = report_text(words);
        std::string out = "left over from the previous part";
        REQUIRE(inflate_whole(deflate_raw(text), text.size(), crc_of(text), out));
        CHECK(out == text);
    }
}

TEST_CASE("inflate_whole refuses a wrong CRC, a size that lies and damaged data") {
    using baocao::plugins::inflate_whole;
    const std::string text = report_text(2000);
    const std::string deflated = deflate_raw(text);
    std::string out;
    CHECK_FALSE(inflate_whole(deflated, text.size(), crc_of(text) ^ 1u, out));
    CHECK_FALSE(inflate_whole(deflated, text.size() - 1, crc_of(text), out));   // inflates past its size
    CHECK_FALSE(inflate_whole(deflated, text.size() + 1, crc_of(text), out));   // falls short of it
    CHECK_FALSE(inflate_whole(deflated.substr(0, deflated.size() / 2), text.size(), crc_of(text), out));
    std::string damaged = deflated;
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x5A);
    CHECK_FALSE(inflate_whole(damaged, text.size(), crc_of(text), out));
    CHECK_FALSE(inflate_whole("", text.size(), crc_of(text), out));
}

TEST_CASE("a deflated part reads as the same part stored uncompressed") {
    using namespace baocao::testing;
    std::string body;
    for (int i = 0; i < 3000; ++i)
        body += "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + std::to_string(i) +
                ". Chi bộ thôn </w:t></w:r><w:r><w:t>Trung Hòa tổ chức quán triệt Chỉ thị 32-CT/TU.</w:t></w:r></w:p>";
    docx_fixture deflated;
    deflated.body(body);
    docx_fixture stored;
    stored.body(body).store("word/document.xml");
    const baocao::document a = parse_bytes(deflated.bytes(), "deflated.docx");
    const baocao::document b = parse_bytes(stored.bytes(), "stored.docx");
    REQUIRE(a.body.size() == 3000);
    REQUIRE(a.body.size() == b.body.size());
    for (std::size_t i = 0; i < a.body.size(); ++i) {
        const auto* pa = std::get_if<baocao::paragraph>(&a.body[i]);
        const auto* pb = std::get_if<baocao::paragraph>(&b.body[i]);
        REQUIRE(pa);
        REQUIRE(pb);
        CHECK(pa->text() == pb->text());
        REQUIRE(pa->runs.size() == 2);
        CHECK(pa->runs[0].bold);
    }
}
