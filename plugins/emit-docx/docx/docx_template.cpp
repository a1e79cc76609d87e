// SPDX-License-Identifier: Apache-2.0
#include "docx/docx_template.hpp"
#include "docx/default_parts.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace baocao::docx {

namespace {

struct role_info {
    const char* type;
    const char* id;
    const char* name;
};

constexpr role_info roles[] = {
    {"paragraph", "Normal", "Normal"},         {"paragraph", "BodyText", "Body Text"},
    {"paragraph", "Title", "Title"},           {"paragraph", "Subtitle", "Subtitle"},
    {"paragraph", "Heading1", "heading 1"},    {"paragraph", "Heading2", "heading 2"},
    {"paragraph", "Heading3", "heading 3"},    {"paragraph", "Heading4", "heading 4"},
    {"paragraph", "Heading5", "heading 5"},    {"character", "Strong", "Strong"},
    {"paragraph", "HeaderBlock", "Header Block"}, {"paragraph", "TableText", "Table Text"},
    {"paragraph", "Remark", "Remark"},         {"paragraph", "Recipients", "Recipients"},
    {"paragraph", "Signature", "Signature"},   {"paragraph", "Header", "header"},
    {"table", "TableGrid", "Table Grid"},
};
static_assert(std::size(roles) == static_cast<std::size_t>(style_role::count_));

constexpr const char* rel_base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

using doc_ptr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

doc_ptr parse_xml(const std::string& data, const std::string& what) {
    xmlDocPtr d = xmlReadMemory(data.data(), static_cast<int>(data.size()), what.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!d || !xmlDocGetRootElement(d)) {
        if (d) xmlFreeDoc(d);
        throw std::runtime_error(what + " is not well-formed XML");
    }
    return doc_ptr(d, &xmlFreeDoc);
}

std::string serialize(xmlDocPtr d) {
    xmlChar* mem = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(d, &mem, &size, "UTF-8");
    if (!mem) throw std::runtime_error("out of memory serializing XML");
    std::string out(reinterpret_cast<const char*>(mem), static_cast<std::size_t>(size));
    xmlFree(mem);
    return out;
}

bool is(const xmlNode* n, const char* ns, const char* local) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0;
}

/// An attribute in the WordprocessingML namespace ("w:val"), or "".
std::string w_attr(const xmlNode* n, const char* local) {
    xmlChar* v = xmlGetNsProp(n, reinterpret_cast<const xmlChar*>(local), reinterpret_cast<const xmlChar*>(ns_w));
    if (!v) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

std::string plain_attr(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

const xmlNode* child(const xmlNode* n, const char* local) {
    for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
        if (is(c, ns_w, local)) return c;
    return nullptr;
}

std::string lower_ascii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

/// Removes every element that carries an attribute in the relationships
/// namespace: those point into parts the draft does not copy.
std::size_t strip_relationship_refs(xmlNode* n) {
    std::size_t removed = 0;
    for (xmlNode* c = n->children; c;) {
        xmlNode* next = c->next;
        if (c->type == XML_ELEMENT_NODE) {
            bool refers = false;
            for (xmlAttr* a = c->properties; a && !refers; a = a->next)
                refers = a->ns && a->ns->href && std::strcmp(reinterpret_cast<const char*>(a->ns->href), ns_r) == 0;
            if (refers) {
                xmlUnlinkNode(c);
                xmlFreeNode(c);
                ++removed;
            } else {
                removed += strip_relationship_refs(c);
            }
        }
        c = next;
    }
    return removed;
}

/// Puts a copied subtree into the target document's own namespace
/// declarations so no redundant xmlns attributes are written.
void adopt_namespaces(xmlNode* n, xmlNs* w_ns) {
    if (n->type != XML_ELEMENT_NODE) return;
    if (n->ns && n->ns->href && std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns_w) == 0) n->ns = w_ns;
    for (xmlAttr* a = n->properties; a; a = a->next)
        if (a->ns && a->ns->href && std::strcmp(reinterpret_cast<const char*>(a->ns->href), ns_w) == 0) a->ns = w_ns;
    for (xmlNode* c = n->children; c; c = c->next) adopt_namespaces(c, w_ns);
    if (n->nsDef) {
        xmlFreeNsList(n->nsDef);
        n->nsDef = nullptr;
    }
}

struct style_entry {
    std::string type, id, name;
    xmlNode* node;
};

std::vector<style_entry> styles_of(xmlNode* root) {
    std::vector<style_entry> out;
    for (xmlNode* c = root->children; c; c = c->next)
        if (is(c, ns_w, "style"))
            out.push_back({w_attr(c, "type"), w_attr(c, "styleId"), lower_ascii(w_attr(child(c, "name"), "val")), c});
    return out;
}

/// The template's styles.xml with the draft's styles guaranteed, and the id of each role.
std::string complete_styles(const std::string& xml, docx_template& t) {
    auto doc = parse_xml(xml, "word/styles.xml");
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!is(root, ns_w, "styles")) throw std::runtime_error("word/styles.xml is not a WordprocessingML styles part");
    xmlNs* w_ns = xmlSearchNsByHref(doc.get(), root, reinterpret_cast<const xmlChar*>(ns_w));
    strip_relationship_refs(root);

    auto defaults = parse_xml(default_styles_xml(), "built-in styles");
    const auto builtin = styles_of(xmlDocGetRootElement(defaults.get()));
    auto present = styles_of(root);

    auto find = [&](const std::string& type, auto&& pred) -> const style_entry* {
        for (const auto& s : present)
            if (s.type == type && pred(s)) return &s;
        return nullptr;
    };
    auto id_taken = [&](const std::string& id) {
        return std::any_of(present.begin(), present.end(), [&](const style_entry& s) { return s.id == id; });
    };
    auto inject = [&](const style_entry& def, std::string id) {
        xmlNode* copy = xmlDocCopyNode(def.node, doc.get(), 1);
        if (!copy) throw std::runtime_error("out of memory copying a style");
        xmlAddChild(root, copy);
        adopt_namespaces(copy, w_ns);
        xmlSetNsProp(copy, w_ns, reinterpret_cast<const xmlChar*>("styleId"), reinterpret_cast<const xmlChar*>(id.c_str()));
        present.push_back({def.type, id, def.name, copy});
        return id;
    };

    for (std::size_t i = 0; i < std::size(roles); ++i) {
        const auto& r = roles[i];
        const auto name = lower_ascii(r.name);
        const style_entry* s = find(r.type, [&](const style_entry& e) { return e.name == name; });
        if (!s) s = find(r.type, [&](const style_entry& e) { return e.id == r.id; });
        if (s) {
            t.style_ids[i] = s->id;
            continue;
        }
        const auto def = std::find_if(builtin.begin(), builtin.end(), [&](const style_entry& e) { return e.id == r.id; });
        std::string id = r.id;
        while (id_taken(id)) id += "Draft";
        t.style_ids[i] = inject(*def, id);
    }

    // An added style may be based on one the template lacks ("Normal Table").
    for (std::size_t i = 0; i < present.size(); ++i) {
        for (const char* ref : {"basedOn", "next"}) {
            const xmlNode* link = child(present[i].node, ref);
            if (!link) continue;
            const auto target = w_attr(link, "val");
            if (id_taken(target)) continue;
            const auto def = std::find_if(builtin.begin(), builtin.end(), [&](const style_entry& e) { return e.id == target; });
            if (def != builtin.end()) {
                inject(*def, target);
            } else {
                xmlNode* dangling = const_cast<xmlNode*>(link);
                xmlUnlinkNode(dangling);
                xmlFreeNode(dangling);
            }
        }
    }
    return serialize(doc.get());
}

/// A part with its references to other parts removed; "" when it cannot be used.
std::string cleaned_part(const std::string& xml, const std::string& what, bool drop_if_referring) {
    auto doc = parse_xml(xml, what);
    const auto removed = strip_relationship_refs(xmlDocGetRootElement(doc.get()));
    if (removed && drop_if_referring) return {};
    return serialize(doc.get());
}

int int_attr(const xmlNode* n, const char* local, int fallback) {
    const auto v = w_attr(n, local);
    if (v.empty()) return fallback;
    try {
        std::size_t used = 0;
        const long x = std::stol(v, &used);
        if (used != v.size() || x < -31680 || x > 31680) return fallback;
        return static_cast<int>(x < 0 ? -x : x);
    } catch (const std::exception&) {
        return fallback;
    }
}

page_setup page_of(const std::string& document_xml) {
    page_setup p;
    if (document_xml.empty()) return p;
    auto doc = parse_xml(document_xml, "word/document.xml");
    const xmlNode* body = child(xmlDocGetRootElement(doc.get()), "body");
    const xmlNode* sect = nullptr;
    for (const xmlNode* c = body ? body->children : nullptr; c; c = c->next)
        if (is(c, ns_w, "sectPr")) sect = c;
    if (!sect) return p;
    if (const xmlNode* sz = child(sect, "pgSz")) {
        p.width = int_attr(sz, "w", p.width);
        p.height = int_attr(sz, "h", p.height);
        p.landscape = w_attr(sz, "orient") == "landscape";
    }
    if (const xmlNode* m = child(sect, "pgMar")) {
        p.top = int_attr(m, "top", p.top);
        p.right = int_attr(m, "right", p.right);
        p.bottom = int_attr(m, "bottom", p.bottom);
        p.left = int_attr(m, "left", p.left);
        p.header = int_attr(m, "header", p.header);
        p.footer = int_attr(m, "footer", p.footer);
        p.gutter = int_attr(m, "gutter", p.gutter);
    }
    // A page too small to hold text would make every table width negative.
    if (p.text_width() < 1440) p = page_setup{};
    return p;
}

class zip_reader {
public:
    zip_reader(const std::filesystem::path& path, const limits& lim) : lim_(lim), path_(path.string()) {
        int err = 0;
        za_ = zip_open(path_.c_str(), ZIP_RDONLY, &err);
        if (!za_) {
            zip_error_t e;
            zip_error_init_with_code(&e, err);
            std::string msg = "template " + path_ + " cannot be opened as a .docx package: " + zip_error_strerror(&e);
            zip_error_fini(&e);
            throw std::runtime_error(msg);
        }
    }
    ~zip_reader() { zip_discard(za_); }
    zip_reader(const zip_reader&) = delete;
    zip_reader& operator=(const zip_reader&) = delete;

    std::optional<std::string> read(const std::string& name) const {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(za_, name.c_str(), 0, &st) != 0) return std::nullopt;
        if (st.size > lim_.max_part_bytes || (st.comp_size > 0 && st.size > (1u << 20) &&
                                              st.size / st.comp_size > lim_.max_compression_ratio))
            throw std::runtime_error("template " + path_ + ": part " + name + " is too large");
        zip_file_t* f = zip_fopen_index(za_, st.index, 0);
        if (!f) throw std::runtime_error("template " + path_ + ": part " + name + " cannot be read (encrypted?)");
        std::string data(static_cast<std::size_t>(st.size), '\0');
        const auto got = zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
            throw std::runtime_error("template " + path_ + ": part " + name + " is damaged");
        return data;
    }

private:
    const limits& lim_;
    std::string path_;
    zip_t* za_ = nullptr;
};

/// Resolves a relationship target against the folder of its source part.
std::string resolve(const std::string& source_dir, const std::string& target) {
    std::vector<std::string> parts;
    std::string path = target.rfind('/', 0) == 0 ? target.substr(1) : source_dir + target;
    for (std::size_t start = 0; start <= path.size();) {
        auto end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        const auto seg = path.substr(start, end - start);
        if (seg == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!seg.empty() && seg != ".") {
            parts.push_back(seg);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& s : parts) out += (out.empty() ? "" : "/") + s;
    return out;
}

/// Type suffix ("styles") → target part of the relationships in `rels_xml`.
std::map<std::string, std::string> relationships(const std::string& rels_xml, const std::string& source_dir) {
    std::map<std::string, std::string> out;
    auto doc = parse_xml(rels_xml, "relationships");
    for (const xmlNode* c = xmlDocGetRootElement(doc.get())->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(c->name), "Relationship") != 0)
            continue;
        const auto type = plain_attr(c, "Type");
        if (type.rfind(rel_base, 0) != 0 || plain_attr(c, "TargetMode") == "External") continue;
        out.emplace(type.substr(std::strlen(rel_base)), resolve(source_dir, plain_attr(c, "Target")));
    }
    return out;
}

}  // namespace

const char* style_name(style_role role) { return roles[static_cast<std::size_t>(role)].name; }
const char* default_style_id(style_role role) { return roles[static_cast<std::size_t>(role)].id; }

const docx_template& default_template() {
    static const docx_template t = [] {
        docx_template d;
        d.styles = default_styles_xml();
        d.settings = default_settings_xml();
        d.font_table = default_font_table_xml();
        for (std::size_t i = 0; i < std::size(roles); ++i) d.style_ids[i] = roles[i].id;
        d.origin = "built-in";
        return d;
    }();
    return t;
}

docx_template load_template(const std::filesystem::path& path, const limits& lim) {
    const zip_reader zip(path, lim);
    const auto where = "template " + path.string() + ": ";
    try {
        std::string main = "word/document.xml";
        if (const auto root_rels = zip.read("_rels/.rels")) {
            const auto rels = relationships(*root_rels, "");
            if (const auto it = rels.find("officeDocument"); it != rels.end()) main = it->second;
        }
        const auto slash = main.rfind('/');
        const std::string dir = slash == std::string::npos ? std::string() : main.substr(0, slash + 1);
        const std::string base = slash == std::string::npos ? main : main.substr(slash + 1);
        const auto doc_rels = zip.read(dir + "_rels/" + base + ".rels");
        if (!doc_rels) throw std::runtime_error("no relationships for " + main + " (is it a Word document?)");
        const auto rels = relationships(*doc_rels, dir);

        auto part = [&](const char* type) -> std::string {
            const auto it = rels.find(type);
            if (it == rels.end()) return {};
            return zip.read(it->second).value_or(std::string());
        };

        docx_template t;
        t.origin = path.string();
        const auto styles = part("styles");
        if (styles.empty()) throw std::runtime_error("it has no styles part");
        t.styles = complete_styles(styles, t);
        const auto settings = part("settings");
        t.settings = settings.empty() ? default_settings_xml() : cleaned_part(settings, "word/settings.xml", false);
        const auto fonts = part("fontTable");
        t.font_table = fonts.empty() ? default_font_table_xml() : cleaned_part(fonts, "word/fontTable.xml", false);
        if (const auto numbering = part("numbering"); !numbering.empty())
            t.numbering = cleaned_part(numbering, "word/numbering.xml", false);
        // A theme with pictures is dropped whole: half a theme is worse than none.
        if (const auto theme = part("theme"); !theme.empty()) t.theme = cleaned_part(theme, "word/theme/theme1.xml", true);
        t.page = page_of(zip.read(main).value_or(std::string()));
        return t;
    } catch (const std::runtime_error& e) {
        const std::string msg = e.what();
        if (msg.rfind("template ", 0) == 0) throw;
        throw std::runtime_error(where + msg);
    }
}

}  // namespace baocao::docx
