// SPDX-License-Identifier: Apache-2.0
#include "docx_fixture.hpp"

#include "test_paths.hpp"
#include "zip_writing.hpp"

#include <baocao/engine/registry.hpp>

#include <catch2/catch.hpp>
#include <zip.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

BAOCAO_DECLARE_PLUGIN(parse_docx);

namespace baocao::testing {

const char* const w_namespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
    "xmlns:w16se=\"http://schemas.microsoft.com/office/word/2015/wordml/symex\"";

namespace {

const char* const content_types_xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "</Types>";

const char* const package_rels_xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "</Relationships>";

}  // namespace

docx_fixture::docx_fixture() {
    parts["[Content_Types].xml"] = content_types_xml;
    parts["_rels/.rels"] = package_rels_xml;
    body("");
    update_doc_rels();
}

docx_fixture& docx_fixture::body(const std::string& body_xml) {
    parts["word/document.xml"] = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document ") +
                                 w_namespaces + "><w:body>" + body_xml + "</w:body></w:document>";
    return *this;
}

docx_fixture& docx_fixture::part(const std::string& name, const std::string& xml) {
    parts[name] = xml;
    return *this;
}

docx_fixture& docx_fixture::related(const std::string& type_suffix, const std::string& target, const std::string& xml,
                                    const std::string& id) {
    const std::string rid = id.empty() ? "rIdX" + std::to_string(doc_rels_.size() + 1) : id;
    doc_rels_.push_back("<Relationship Id=\"" + rid +
                        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type_suffix +
                        "\" Target=\"" + target + "\"/>");
    parts["word/" + target] = xml;
    update_doc_rels();
    return *this;
}

docx_fixture& docx_fixture::styles(const std::string& inner) {
    return related("styles", "styles.xml",
                   std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles ") + w_namespaces + ">" + inner +
                       "</w:styles>");
}

docx_fixture& docx_fixture::numbering(const std::string& inner) {
    return related("numbering", "numbering.xml",
                   std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering ") + w_namespaces + ">" + inner +
                       "</w:numbering>");
}

docx_fixture& docx_fixture::remove(const std::string& name) {
    parts.erase(name);
    return *this;
}

docx_fixture& docx_fixture::store(const std::string& name) {
    stored_.push_back(name);
    return *this;
}

void docx_fixture::update_doc_rels() {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (const auto& r : doc_rels_) xml += r;
    xml += "</Relationships>";
    parts["word/_rels/document.xml.rels"] = xml;
}

std::filesystem::path docx_fixture::write(const std::filesystem::path& file) const {
    return write_zip(file, parts, stored_);
}

std::string docx_fixture::bytes() const {
    return bytes_written(fixture_path("bytes"), [&](const std::filesystem::path& file) { write(file); });
}

std::filesystem::path fixture_path(const std::string& name) {
    static const std::filesystem::path dir = temp_dir("parse-docx");
    static std::atomic<int> counter{0};
    return dir / (std::to_string(++counter) + "-" + name + ".docx");
}

const parser& docx_parser() {
    static engine::stage_registry reg = [] {
        engine::stage_registry r;
        r.add_plugin(*baocao_plugin_info_parse_docx(), "(built in)");
        return r;
    }();
    return *reg.parsers().at(0).stage;
}

std::shared_ptr<engine::run_context> make_context(const parse_options& opts) {
    auto state = std::make_shared<engine::run_state>();
    state->limits = opts.limits;
    state->now = 1380000000;
    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object;
    if (!opts.tracked_changes.empty()) settings->set("tracked_changes", opts.tracked_changes);
    state->settings["parse-docx"] = settings;
    state->quiet = true;
    return std::make_shared<engine::run_context>(state, "parse-docx");
}

document parse_file(const std::filesystem::path& file, const parse_options& opts) {
    item it;
    it.path = file;
    it.name = file.filename().string();
    it.source = it.name;
    auto ctx = make_context(opts);
    return docx_parser().parse(it, *ctx);
}

document parse_bytes(const std::string& bytes, const std::string& name, const parse_options& opts) {
    item it;
    it.bytes = std::make_shared<const std::string>(bytes);
    it.name = name;
    it.source = name;
    auto ctx = make_context(opts);
    return docx_parser().parse(it, *ctx);
}

std::vector<std::string> texts(const std::vector<block>& blocks) {
    std::vector<std::string> out;
    for_each_paragraph(blocks, [&](const paragraph& p) { out.push_back(p.text()); });
    return out;
}

const paragraph& find_paragraph(const document& doc, const std::string& text) {
    const paragraph* found = nullptr;
    for_each_paragraph(doc.body, [&](const paragraph& p) {
        if (!found && p.text() == text) found = &p;
    });
    if (!found) FAIL("no paragraph with text \"" << text << "\"");
    return *found;
}

}  // namespace baocao::testing
