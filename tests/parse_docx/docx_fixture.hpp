// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small .docx packages built in test code: each part is written as XML text
// and zipped with libzip, so every fixture says exactly what it exercises.

#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/model.hpp>
#include <baocao/sdk/stages.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace baocao::testing {

/// The WordprocessingML namespace declarations fixture parts use.
extern const char* const w_namespaces;

/// A package under construction; parts are stored as text.
class docx_fixture {
public:
    /// A minimal valid package: content types, package rels, an empty body.
    docx_fixture();
    /// Sets word/document.xml to a w:document whose w:body holds `body_xml`.
    docx_fixture& body(const std::string& body_xml);
    /// Sets a part (adds nothing to the relationships).
    docx_fixture& part(const std::string& name, const std::string& xml);
    /// Adds a part and its relationship from word/document.xml.
    docx_fixture& related(const std::string& type_suffix, const std::string& target, const std::string& xml,
                          const std::string& id = "");
    /// Sets word/styles.xml (inner content of w:styles) and its relationship.
    docx_fixture& styles(const std::string& inner);
    /// Sets word/numbering.xml (inner content of w:numbering) and its relationship.
    docx_fixture& numbering(const std::string& inner);
    /// Removes a part.
    docx_fixture& remove(const std::string& name);
    /// Marks a part to be stored uncompressed (to damage it byte by byte).
    docx_fixture& store(const std::string& name);

    /// Writes the package as a zip file.
    std::filesystem::path write(const std::filesystem::path& file) const;
    /// The package bytes.
    std::string bytes() const;

    std::map<std::string, std::string> parts;

private:
    std::vector<std::string> stored_;
    std::vector<std::string> doc_rels_;
    void update_doc_rels();
};

/// Options for parsing in tests.
struct parse_options {
    std::string tracked_changes;       ///< "" = the default
    baocao::limits limits{};
};

/// A run context for the parse-docx plugin.
std::shared_ptr<engine::run_context> make_context(const parse_options& opts = {});
/// Parses a file with the plugin's parser stage.
document parse_file(const std::filesystem::path& file, const parse_options& opts = {});
/// Parses in-memory bytes with the plugin's parser stage.
document parse_bytes(const std::string& bytes, const std::string& name, const parse_options& opts = {});
/// The plugin's parser stage.
const parser& docx_parser();

/// All paragraph texts of a block list (no labels), in reading order.
std::vector<std::string> texts(const std::vector<block>& blocks);
/// Finds the first paragraph whose text equals `text`; fails the test when none.
const paragraph& find_paragraph(const document& doc, const std::string& text);

/// A unique temp file path for a fixture.
std::filesystem::path fixture_path(const std::string& name);

}  // namespace baocao::testing
