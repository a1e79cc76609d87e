// SPDX-License-Identifier: Apache-2.0
#include "html_blocks.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace baocao::docx {

namespace {

/// Lower-cases ASCII letters.
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// The charset the page declares near its top (meta charset, http-equiv
/// content type or the XML declaration's encoding), "" when none.
std::string declared_charset(std::string_view html) {
    const std::string head = lower(html.substr(0, std::min<std::size_t>(html.size(), 4096)));
    for (const char* key : {"charset=", "encoding="}) {
        std::size_t at = head.find(key);
        if (at == std::string::npos) continue;
        at += std::strlen(key);
        while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
        std::size_t end = at;
        while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                     head[end] == '_' || head[end] == '.' || head[end] == ':'))
            ++end;
        if (end > at) return head.substr(at, end - at);
    }
    return {};
}

bool named(const xmlNode* n, const char* name) {
    return n->name && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

/// Elements whose content is never shown as text.
bool is_hidden(const xmlNode* n) {
    for (const char* name : {"head", "script", "style", "template", "noscript", "title", "object", "iframe", "svg"})
        if (named(n, name)) return true;
    return false;
}

/// Elements that start a block of their own (and end the paragraph before them).
bool is_block(const xmlNode* n) {
    for (const char* name : {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                             "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "blockquote", "pre",
                             "section", "article", "header", "footer", "main", "nav", "aside", "address", "center",
                             "figure", "figcaption", "form", "fieldset", "hr", "br", "body", "html"})
        if (named(n, name)) return true;
    return false;
}

/// 0-based outline level of h1 … h6, -1 otherwise.
int heading_level(const xmlNode* n) {
    const char* name = reinterpret_cast<const char*>(n->name);
    if (name && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0') return name[1] - '1';
    return -1;
}

std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string out(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

/// Centred by the align attribute, an inline text-align style, or <center>.
bool centered(const xmlNode* n) {
    if (named(n, "center") || lower(attribute(n, "align")) == "center") return true;
    std::string style = lower(attribute(n, "style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    return style.find("text-align:center") != std::string::npos;
}

struct emphasis {
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

/// Ends the paragraph: kept when it has text, and made ready for the next one.
void flush(std::vector<block>& out, paragraph& p) {
    while (!p.runs.empty() && !p.runs.back().text.empty() && p.runs.back().text.back() == ' ') {
        p.runs.back().text.pop_back();
        if (p.runs.back().text.empty()) p.runs.pop_back();
    }
    bool any = false;
    for (text_run& r : p.runs) {
        r.text = text::to_nfc(r.text);
        any = any || !r.text.empty();
    }
    if (any) out.emplace_back(std::move(p));
    p = paragraph{};
}

class html_reader {
public:
    explicit html_reader(const baocao::limits& lim) : lim_(lim) {}

    /// Reads the children of `parent` into `out`, inline text into `pending`.
    void children(const xmlNode* parent, std::vector<block>& out, paragraph& pending, emphasis em, std::size_t depth) {
        siblings(parent->children, out, pending, em, depth);
    }

    /// Reads `first` and the nodes after it.
    void siblings(const xmlNode* first, std::vector<block>& out, paragraph& pending, emphasis em, std::size_t depth) {
        if (depth > lim_.max_xml_depth) return;
        for (const xmlNode* n = first; n; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                add_text(pending, reinterpret_cast<const char*>(n->content), em);
                continue;
            }
            if (n->type != XML_ELEMENT_NODE || is_hidden(n)) continue;
            if (!is_block(n)) {
                emphasis inner = em;
                inner.bold = inner.bold || named(n, "b") || named(n, "strong");
                inner.italic = inner.italic || named(n, "i") || named(n, "em");
                inner.underline = inner.underline || named(n, "u");
                children(n, out, pending, inner, depth + 1);
                continue;
            }
            flush(out, pending);
            element(n, out, em, depth + 1);
        }
    }

private:
    /// One block element.
    void element(const xmlNode* n, std::vector<block>& out, emphasis em, std::size_t depth) {
        if (named(n, "br") || named(n, "hr")) return;
        if (named(n, "table")) {
            table t;
            rows(n, t, em, depth);
            if (!t.rows.empty()) out.emplace_back(std::move(t));
            return;
        }
        if (named(n, "ul") || named(n, "ol")) {
            const bool ordered = named(n, "ol");
            int number = 0;
            paragraph loose;
            for (const xmlNode* li = n->children; li; li = li->next) {
                if (li->type == XML_ELEMENT_NODE && named(li, "li")) {
                    flush(out, loose);
                    paragraph p;
                    p.numbering_label = ordered ? std::to_string(++number) + "." : "-";
                    p.numbering_level = 0;
                    p.align = centered(li) ? alignment::center : alignment::unspecified;
                    children(li, out, p, em, depth + 1);
                    flush(out, p);
                } else if (li->type == XML_ELEMENT_NODE && !is_hidden(li)) {
                    flush(out, loose);
                    element(li, out, em, depth + 1);
                } else if (li->type == XML_TEXT_NODE) {
                    add_text(loose, reinterpret_cast<const char*>(li->content), em);
                }
            }
            flush(out, loose);
            return;
        }
        paragraph p;
        const int level = heading_level(n);
        if (level >= 0) {
            p.outline_level = level;
            p.style_name = "heading " + std::to_string(level + 1);
        }
        if (centered(n)) p.align = alignment::center;
        children(n, out, p, em, depth);
        flush(out, p);
    }

    /// The rows of a table, inside thead, tbody and tfoot too; a caption is a paragraph before it.
    void rows(const xmlNode* parent, table& t, emphasis em, std::size_t depth) {
        if (depth > lim_.max_xml_depth) return;
        for (const xmlNode* n = parent->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE) continue;
            if (named(n, "thead") || named(n, "tbody") || named(n, "tfoot")) {
                rows(n, t, em, depth + 1);
            } else if (named(n, "tr")) {
                table_row row;
                for (const xmlNode* c = n->children; c; c = c->next) {
                    if (c->type != XML_ELEMENT_NODE || !(named(c, "td") || named(c, "th"))) continue;
                    table_cell cell;
                    const int span = std::atoi(attribute(c, "colspan").c_str());
                    cell.grid_span = std::clamp(span, 1, 1000);
                    paragraph p;
                    if (centered(c)) p.align = alignment::center;
                    children(c, cell.blocks, p, em, depth + 2);
                    flush(cell.blocks, p);
                    row.cells.push_back(std::move(cell));
                }
                if (!row.cells.empty()) t.rows.push_back(std::move(row));
            }
        }
    }

    /// Adds inline text, its white space collapsed as a browser shows it.
    void add_text(paragraph& p, const char* raw, emphasis em) {
        if (!raw) return;
        std::string collapsed;
        bool space = !p.runs.empty() && !p.runs.back().text.empty() && p.runs.back().text.back() == ' ';
        if (p.runs.empty()) space = true;   // leading white space of a paragraph is not shown
        for (const char* c = raw; *c; ++c) {
            const bool ws = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f';
            if (ws) {
                if (!space) collapsed += ' ';
                space = true;
            } else {
                collapsed += *c;
                space = false;
            }
        }
        if (collapsed.empty()) return;
        text_total_ += collapsed.size();
        if (text_total_ > lim_.max_document_text)
            throw rejection_error(error_code::too_large, "the embedded page's text exceeds the configured limit");
        if (!p.runs.empty() && p.runs.back().bold == em.bold && p.runs.back().italic == em.italic &&
            p.runs.back().underline == em.underline) {
            p.runs.back().text += collapsed;
            return;
        }
        text_run r;
        r.text = std::move(collapsed);
        r.bold = em.bold;
        r.italic = em.italic;
        r.underline = em.underline;
        p.runs.push_back(std::move(r));
    }

    const baocao::limits& lim_;
    std::uint64_t text_total_ = 0;
};

struct doc_free {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

std::vector<block> html_blocks(std::string_view html, const baocao::limits& lim) {
    constexpr int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                            HTML_PARSE_NOIMPLIED;
    if (html.size() > static_cast<std::size_t>(INT32_MAX)) throw rejection_error(error_code::too_large, "the embedded page is too large");
    const std::string charset = declared_charset(html);
    const int size = static_cast<int>(html.size());
    std::unique_ptr<xmlDoc, doc_free> doc(
        htmlReadMemory(html.data(), size, "chunk.html", charset.empty() ? "UTF-8" : charset.c_str(), options));
    // A charset libxml2 does not know: read the bytes as UTF-8.
    if (!doc && !charset.empty()) doc.reset(htmlReadMemory(html.data(), size, "chunk.html", "UTF-8", options));
    std::vector<block> out;
    if (!doc) return out;
    html_reader reader(lim);
    paragraph pending;
    // The root element and any nodes beside it, in document order.
    reader.siblings(doc->children, out, pending, {}, 0);
    flush(out, pending);
    return out;
}

}  // namespace baocao::docx
