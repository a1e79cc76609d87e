// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small .odt packages built in test code: content.xml, styles.xml and
// meta.xml written as XML text and zipped with libzip behind a stored
// "mimetype" entry, so that every fixture says exactly what it exercises.

#include "builtin_parser.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/model.hpp>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace baocao::testing {

/// The namespace declarations fixture parts use (office, style, text, table, fo, draw, svg, dc, meta, loext, xml).
extern const char* const odf_namespaces;

class odt_fixture {
public:
    /// A package whose office:text holds `body_xml`; `automatic_styles` goes into content.xml's
    /// office:automatic-styles, `styles` into styles.xml's office:styles.
    explicit odt_fixture(const std::string& body_xml, const std::string& automatic_styles = "",
                         const std::string& styles = "");
    /// Replaces a part's text (or adds a part).
    odt_fixture& part(const std::string& name, const std::string& text);
    /// Leaves a part out.
    odt_fixture& remove(const std::string& name);
    /// The package bytes.
    std::string bytes() const;
    /// Writes the package to `file`.
    std::filesystem::path write(const std::filesystem::path& file) const;

    std::vector<std::pair<std::string, std::string>> parts;   ///< in order: "mimetype" first
};

/// Parses package bytes with the parse-odt plugin's parser stage.
document parse_odt_bytes(const std::string& bytes, const std::string& name = "report.odt", const baocao::limits& lim = {});
/// A unique path in this test binary's temporary folder.
std::filesystem::path odt_fixture_path(const std::string& name);

}  // namespace baocao::testing
