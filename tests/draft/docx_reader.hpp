// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reads a .docx back for assertions: parts through libzip, XML through
// libxml2 with XPath (prefix "w" bound to WordprocessingML).

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace draft_test {

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The parts of a zip package.
class package {
public:
    explicit package(const std::filesystem::path& p) {
        int err = 0;
        za_ = zip_open(p.string().c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
        if (!za_) throw std::runtime_error("cannot open " + p.string());
    }
    ~package() { zip_discard(za_); }
    package(const package&) = delete;
    package& operator=(const package&) = delete;

    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (zip_int64_t i = 0; i < zip_get_num_entries(za_, 0); ++i) out.push_back(zip_get_name(za_, i, 0));
        return out;
    }
    std::optional<std::string> read(const std::string& name) const {
        zip_stat_t st;
        if (zip_stat(za_, name.c_str(), 0, &st) != 0) return std::nullopt;
        zip_file_t* f = zip_fopen(za_, name.c_str(), 0);
        if (!f) return std::nullopt;
        std::string data(st.size, '\0');
        const auto n = zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) return std::nullopt;
        return data;
    }

private:
    zip_t* za_ = nullptr;
};

/// One parsed XML part with XPath queries.
class xml {
public:
    explicit xml(const std::string& text)
        : doc_(xmlReadMemory(text.data(), static_cast<int>(text.size()), "part.xml", nullptr, XML_PARSE_NONET), &xmlFreeDoc) {
        if (!doc_) throw std::runtime_error("part is not well-formed XML");
    }

    /// The nodes an XPath expression selects, evaluated at `context` (the document when null).
    std::vector<xmlNodePtr> nodes(const std::string& expr, xmlNodePtr context = nullptr) const {
        std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc_.get()),
                                                                             &xmlXPathFreeContext);
        xmlXPathRegisterNs(ctx.get(), BAD_CAST "w", BAD_CAST "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        xmlXPathRegisterNs(ctx.get(), BAD_CAST "r", BAD_CAST "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        xmlXPathRegisterNs(ctx.get(), BAD_CAST "ct", BAD_CAST "http://schemas.openxmlformats.org/package/2006/content-types");
        xmlXPathRegisterNs(ctx.get(), BAD_CAST "pr", BAD_CAST "http://schemas.openxmlformats.org/package/2006/relationships");
        xmlXPathRegisterNs(ctx.get(), BAD_CAST "dcterms", BAD_CAST "http://purl.org/dc/terms/");
        if (context) ctx->node = context;
        std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> res(
            xmlXPathEvalExpression(BAD_CAST expr.c_str(), ctx.get()), &xmlXPathFreeObject);
        if (!res) throw std::runtime_error("bad XPath " + expr);
        std::vector<xmlNodePtr> out;
        if (res->nodesetval)
            for (int i = 0; i < res->nodesetval->nodeNr; ++i) out.push_back(res->nodesetval->nodeTab[i]);
        return out;
    }

    /// Text content of each selected node (for a paragraph: its runs' text).
    std::vector<std::string> texts(const std::string& expr, xmlNodePtr context = nullptr) const {
        std::vector<std::string> out;
        for (auto* n : nodes(expr, context)) out.push_back(text_of(n));
        return out;
    }

    static std::string text_of(xmlNodePtr n) {
        xmlChar* c = xmlNodeGetContent(n);
        std::string s = c ? reinterpret_cast<const char*>(c) : "";
        xmlFree(c);
        return s;
    }

private:
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc_;
};

}  // namespace draft_test
