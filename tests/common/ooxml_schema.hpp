// SPDX-License-Identifier: Apache-2.0
#pragma once
// Validates an XML part of an OOXML package against a schema of
// ../shared/reference/ooxml-schemas with libxml2: Word and Excel refuse files
// that LibreOffice opens without complaint.

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <filesystem>
#include <string>

namespace baocao::testing {

/// Empty when `xml_text` validates against the schema file, else libxml2's verdict.
inline std::string validate_xml(const std::filesystem::path& xsd, const std::string& xml_text) {
    xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(xsd.string().c_str());
    xmlSchemaPtr schema = pctx ? xmlSchemaParse(pctx) : nullptr;
    if (pctx) xmlSchemaFreeParserCtxt(pctx);
    if (!schema) return "the schema " + xsd.string() + " does not load";
    xmlDocPtr doc = xmlReadMemory(xml_text.data(), static_cast<int>(xml_text.size()), "part.xml", nullptr, XML_PARSE_NONET);
    std::string verdict;
    if (!doc) {
        verdict = "not well-formed";
    } else {
        xmlSchemaValidCtxtPtr vctx = xmlSchemaNewValidCtxt(schema);
        if (xmlSchemaValidateDoc(vctx, doc) != 0) verdict = "does not validate";
        xmlSchemaFreeValidCtxt(vctx);
        xmlFreeDoc(doc);
    }
    xmlSchemaFree(schema);
    return verdict;
}

}  // namespace baocao::testing
