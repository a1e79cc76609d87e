// SPDX-License-Identifier: Apache-2.0
#include "odt_fixture.hpp"

#include "builtin_parser.hpp"
#include "test_paths.hpp"
#include "zip_writing.hpp"

#include <baocao/sdk/plugin.hpp>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <stdexcept>

BAOCAO_DECLARE_PLUGIN(parse_odt);

namespace baocao::testing {

const char* const odf_namespaces =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
    R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
    R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
    R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
    R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
    R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
    R"(xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" )"
    R"(xmlns:dc="http://purl.org/dc/elements/1.1/" )"
    R"(xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" )"
    R"(xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" )"
    R"(office:version="1.3")";

odt_fixture::odt_fixture(const std::string& body_xml, const std::string& automatic_styles, const std::string& styles) {
    const std::string ns = odf_namespaces;
    parts.emplace_back("mimetype", "application/vnd.oasis.opendocument.text");
    parts.emplace_back("META-INF/manifest.xml",
                       R"(<?xml version="1.0" encoding="UTF-8"?>)"
                       R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">)"
                       R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
                       R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>)"
                       R"(</manifest:manifest>)");
    parts.emplace_back("styles.xml", R"(<?xml version="1.0" encoding="UTF-8"?><office:document-styles )" + ns +
                                         "><office:styles>" + styles + "</office:styles></office:document-styles>");
    parts.emplace_back("content.xml", R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )" + ns +
                                          "><office:automatic-styles>" + automatic_styles +
                                          "</office:automatic-styles><office:body><office:text>" + body_xml +
                                          "</office:text></office:body></office:document-content>");
}

odt_fixture& odt_fixture::part(const std::string& name, const std::string& text) {
    for (auto& [n, t] : parts)
        if (n == name) {
            t = text;
            return *this;
        }
    parts.emplace_back(name, text);
    return *this;
}

odt_fixture& odt_fixture::remove(const std::string& name) {
    parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const auto& p) { return p.first == name; }), parts.end());
    return *this;
}

std::filesystem::path odt_fixture::write(const std::filesystem::path& file) const {
    // OpenDocument stores its media type first and uncompressed, where a reader sniffs it.
    return write_zip(file, parts, {"mimetype"});
}

std::string odt_fixture::bytes() const {
    return bytes_written(odt_fixture_path("bytes"), [&](const std::filesystem::path& file) { write(file); });
}

std::filesystem::path odt_fixture_path(const std::string& name) {
    static const std::filesystem::path dir = temp_dir("parse-odt");
    static std::atomic<int> counter{0};
    return dir / (std::to_string(++counter) + "-" + name + ".odt");
}

document parse_odt_bytes(const std::string& bytes, const std::string& name, const baocao::limits& lim) {
    return parse_with_builtin(*baocao_plugin_info_parse_odt(), bytes, name, lim);
}

}  // namespace baocao::testing
