// SPDX-License-Identifier: Apache-2.0
#include "rtf_fixture.hpp"

#include <baocao/sdk/plugin.hpp>

#include <catch2/catch.hpp>

BAOCAO_DECLARE_PLUGIN(parse_rtf);

namespace baocao::testing {

std::string rtf_document(const std::string& body, const std::string& header, int codepage) {
    return "{\\rtf1\\ansi\\ansicpg" + std::to_string(codepage) +
           "\\deff0\n"
           "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\ftech\\fcharset2 Symbol;}"
           "{\\f2\\fswiss\\fcharset0 .VnTime;}{\\f3\\fswiss\\fcharset0 .VnTimeH;}"
           "{\\f4\\fmodern\\fcharset128 MS Mincho;}{\\f5\\fnil\\fcharset134 SimSun;}}\n"
           "{\\colortbl;\\red0\\green0\\blue0;}\n"
           "{\\stylesheet{\\ql \\f0\\fs28 Normal;}{\\s1\\sbasedon0\\snext0\\outlinelevel0\\b heading 1;}"
           "{\\s2\\sbasedon0\\snext0\\outlinelevel1\\b heading 2;}{\\s3\\sbasedon1 Muc lon;}"
           "{\\*\\cs10 \\additive Default Paragraph Font;}}\n" +
           header + "\n" + body + "}";
}

document parse_rtf_bytes(const std::string& bytes, const std::string& name, const baocao::limits& lim) {
    return parse_with_builtin(*baocao_plugin_info_parse_rtf(), bytes, name, lim);
}

const paragraph& paragraph_at(const std::vector<block>& blocks, std::size_t i) {
    REQUIRE(i < blocks.size());
    const auto* p = std::get_if<paragraph>(&blocks[i]);
    REQUIRE(p != nullptr);
    return *p;
}

}  // namespace baocao::testing
