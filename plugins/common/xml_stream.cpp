// SPDX-License-Identifier: Apache-2.0
#include "xml_stream.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include <array>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <exception>
#include <mutex>
#include <utility>
#include <vector>

namespace baocao::plugins {

namespace {

std::string_view view(const xmlChar* s) {
    return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view{};
}

/// True when the NUL-terminated name equals `expected`; stops at the first
/// difference instead of measuring the name first.
bool name_is(const xmlChar* name, std::string_view expected) {
    for (const char c : expected) {
        if (*name != static_cast<unsigned char>(c)) return false;
        ++name;
    }
    return *name == 0;
}

}  // namespace

ns classify_namespace(std::string_view uri) {
    struct entry { std::string_view uri; ns space; };
    static constexpr entry table[] = {
        {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", ns::w},
        {"http://purl.oclc.org/ooxml/wordprocessingml/main", ns::w},
        {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", ns::r},
        {"http://purl.oclc.org/ooxml/officeDocument/relationships", ns::r},
        {"http://schemas.openxmlformats.org/markup-compatibility/2006", ns::mc},
        {"http://schemas.openxmlformats.org/officeDocument/2006/math", ns::m},
        {"http://purl.oclc.org/ooxml/officeDocument/math", ns::m},
        {"urn:schemas-microsoft-com:vml", ns::v},
        {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", ns::wp},
        {"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", ns::wp},
        {"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", ns::wps},
        {"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", ns::wpg},
        {"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", ns::wpc},
        {"http://schemas.openxmlformats.org/drawingml/2006/main", ns::a},
        {"http://purl.oclc.org/ooxml/drawingml/main", ns::a},
        {"http://schemas.openxmlformats.org/package/2006/relationships", ns::pkg_rels},
        {"http://schemas.openxmlformats.org/package/2006/content-types", ns::content_types},
        {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", ns::core},
        {"http://purl.org/dc/elements/1.1/", ns::dc},
        {"http://purl.org/dc/terms/", ns::dcterms},
        {"http://www.w3.org/XML/1998/namespace", ns::xml},
        {"urn:oasis:names:tc:opendocument:xmlns:office:1.0", ns::office},
        {"urn:oasis:names:tc:opendocument:xmlns:style:1.0", ns::style},
        {"urn:oasis:names:tc:opendocument:xmlns:text:1.0", ns::text},
        {"urn:oasis:names:tc:opendocument:xmlns:table:1.0", ns::table},
        {"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0", ns::fo},
        {"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", ns::draw},
        {"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", ns::svg},
        {"urn:oasis:names:tc:opendocument:xmlns:meta:1.0", ns::meta},
        {"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0", ns::loext},
    };
    for (const entry& e : table)
        if (e.uri == uri) return e.space;
    return ns::other;
}

/// The state of one parse; the SAX callbacks' user data.
class xml_stream {
public:
    xml_stream(std::string_view part, xml_handler& handler, std::uint32_t max_depth)
        : part_(part), handler_(handler), delivery_(handler.deliveries()), max_depth_(max_depth) {
        // Only the key marks a slot as used: clearing it alone is enough.
        for (cache_slot& slot : cache_) slot.local = nullptr;
        open_.reserve(64);
        open_.push_back({0, 0, 0, true});
        element_.stream_ = this;
    }

    xmlParserCtxtPtr ctxt = nullptr;
    std::string part_;
    xml_handler& handler_;
    const xml_handler::delivery& delivery_;
    std::uint32_t max_depth_;
    std::exception_ptr error_;
    std::string refusal_;   ///< set when the stream itself refuses the document
    /// What libxml2 reported through its generic error channel (a failed
    /// encoding conversion, an I/O error) while this stream was parsing: the
    /// reason given when the parse fails, instead of lines on stderr.
    std::string generic_message_;
    bool halted_ = false;   ///< error_ or refusal_ is set: every later event is ignored
    std::vector<std::pair<const xmlChar*, const xmlChar*>> prefixes_;
    /// An open element: its tag and its parent's, how many namespace prefixes
    /// it declared, and whether the handler wants its end.
    struct open_element {
        int tag;
        int parent;
        int prefixes;
        bool ends;
    };
    /// The open elements on top of a sentinel for the document itself, so
    /// that every element finds a parent and a grandparent entry to read.
    std::vector<open_element> open_;
    std::size_t depth_ = 0;   ///< open elements, the sentinel aside
    xml_element element_;     ///< the start tag being handed over, refilled for each

    struct cache_slot {
        const xmlChar* local;
        const xmlChar* uri;
        std::uint32_t local_size;
        int tag;
        ns space;
        bool starts;       ///< the handler wants start() for this tag
        bool ends;         ///< and end()
        cache_slot* next;  ///< the element that started right after this one, last time
    };
    // A part names a few dozen distinct elements; 256 slots keep the probe
    // chains short and cost little to clear for each of a package's parts.
    std::array<cache_slot, 256> cache_;

    const cache_slot& lookup(const xmlChar* local, const xmlChar* uri) {
        // A document repeats the same sequences of start tags, run after run:
        // the one that followed the previous tag last time is tried first.
        if (cache_slot* guess = previous_ ? previous_->next : nullptr; guess && guess->local == local && guess->uri == uri) {
            previous_ = guess;
            return *guess;
        }
        cache_slot& found = find(local, uri);
        if (&found == &scratch_) {
            previous_ = nullptr;
        } else {
            if (previous_) previous_->next = &found;
            previous_ = &found;
        }
        return found;
    }

    cache_slot& find(const xmlChar* local, const xmlChar* uri) {
        // libxml2 interns names in the parser's dictionary, so pointers identify
        // them. Dictionary strings sit close together: a multiplicative hash
        // (its top bits) spreads them where the low bits of the address would not.
        const std::uintptr_t key = reinterpret_cast<std::uintptr_t>(local) ^ (reinterpret_cast<std::uintptr_t>(uri) >> 4);
        const std::size_t h = static_cast<std::size_t>((static_cast<std::uint64_t>(key) * 0x9E3779B97F4A7C15ull) >> 56);
        for (std::size_t probe = 0; probe < 8; ++probe) {
            cache_slot& s = cache_[(h + probe) & (cache_.size() - 1)];
            if (s.local == local && s.uri == uri) return s;
            if (!s.local) {
                fill(s, local, uri);
                return s;
            }
        }
        fill(scratch_, local, uri);
        return scratch_;
    }

    /// The namespace of a URI pointer, cached: attribute URIs are interned too.
    ns space_of(const xmlChar* uri) {
        if (!uri) return ns::other;
        const auto key = reinterpret_cast<std::uintptr_t>(uri);
        space_slot& slot = spaces_[((key >> 3) ^ (key >> 9)) & (spaces_.size() - 1)];
        if (slot.uri != uri) {
            slot.uri = uri;
            slot.space = classify_namespace(view(uri));
            if (slot.space == ns::w && element_.usual_space_ != ns::w) {
                element_.usual_uri_ = uri;
                element_.usual_space_ = ns::w;
            }
        }
        return slot.space;
    }

    void declare_prefixes(const xmlChar** namespaces, int count) {
        for (int i = 0; i < count; ++i) prefixes_.emplace_back(namespaces[2 * i], namespaces[2 * i + 1]);
    }

    void refuse(std::string why) {
        if (refusal_.empty() && !error_) refusal_ = std::move(why);
        halted_ = error_ || !refusal_.empty();
        xmlStopParser(ctxt);
    }

    void fail_with(std::exception_ptr e) {
        error_ = std::move(e);
        halted_ = true;
        xmlStopParser(ctxt);
    }

    bool stopped() const { return halted_; }

private:
    void fill(cache_slot& s, const xmlChar* local, const xmlChar* uri) {
        const std::string_view name = view(local);
        s.local = local;
        s.uri = uri;
        s.local_size = static_cast<std::uint32_t>(name.size());
        s.space = uri ? classify_namespace(view(uri)) : ns::other;
        s.tag = handler_.classify(s.space, name);
        s.starts = delivery_.starts.contains(s.tag);
        s.ends = delivery_.ends.contains(s.tag);
        s.next = nullptr;
    }

    cache_slot scratch_{};
    cache_slot* previous_ = nullptr;   ///< the slot of the last start tag (never scratch_)
    // A document uses a handful of namespaces: one slot per URI pointer,
    // a collision only costs classifying that URI again.
    struct space_slot {
        const xmlChar* uri = nullptr;
        ns space = ns::other;
    };
    std::array<space_slot, 16> spaces_{};
};

namespace {

xml_stream& stream_of(void* ctx) { return *static_cast<xml_stream*>(ctx); }

void on_start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int nb_namespaces,
              const xmlChar** namespaces, int nb_attributes, int, const xmlChar** attributes) {
    xml_stream& s = stream_of(ctx);
    if (s.stopped()) return;
    if (s.depth_ >= s.max_depth_) {
        s.refuse("elements nested deeper than " + std::to_string(s.max_depth_));
        return;
    }
    if (nb_namespaces > 0) s.declare_prefixes(namespaces, nb_namespaces);
    const auto& slot = s.lookup(local, uri);
    const int parent = s.open_.back().tag;
    const int grandparent = s.open_.back().parent;
    bool starts = slot.starts;
    bool ends = slot.ends;
    if (slot.tag == 0 && !s.delivery_.untagged_parents.contains(parent)) starts = ends = false;
    s.open_.push_back({slot.tag, parent, nb_namespaces, ends});
    const std::size_t depth = s.depth_++;
    if (!starts) return;
    xml_element& e = s.element_;
    e.tag = slot.tag;
    e.parent = parent;
    e.grandparent = grandparent;
    e.depth = depth;
    e.local = std::string_view(reinterpret_cast<const char*>(local), slot.local_size);
    e.space = slot.space;
    e.attr_count_ = nb_attributes;
    e.attrs_ = attributes;
    try {
        s.handler_.start(e);
    } catch (...) {
        s.fail_with(std::current_exception());
    }
}

void on_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    xml_stream& s = stream_of(ctx);
    if (s.stopped() || s.depth_ == 0) return;
    const xml_stream::open_element closed = s.open_.back();
    s.open_.pop_back();
    --s.depth_;
    if (closed.prefixes) s.prefixes_.resize(s.prefixes_.size() - static_cast<std::size_t>(closed.prefixes));
    if (!closed.ends) return;
    xml_end e;
    e.tag = closed.tag;
    e.parent = closed.parent;
    e.depth = s.depth_;
    try {
        s.handler_.end(e);
    } catch (...) {
        s.fail_with(std::current_exception());
    }
}

void on_characters(void* ctx, const xmlChar* ch, int len) {
    xml_stream& s = stream_of(ctx);
    if (s.stopped() || len <= 0) return;
    try {
        s.handler_.text(std::string_view(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len)));
    } catch (...) {
        s.fail_with(std::current_exception());
    }
}

// OPC (ECMA-376 Part 2) forbids DTDs in package parts; refusing the DOCTYPE
// at its first token means no entity (internal, external, parameter) is ever
// declared, let alone expanded.
void on_internal_subset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    stream_of(ctx).refuse("document type declarations are not allowed in package parts");
}
void on_external_subset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    stream_of(ctx).refuse("document type declarations are not allowed in package parts");
}
xmlEntityPtr on_get_entity(void*, const xmlChar*) { return nullptr; }
void on_entity_decl(void* ctx, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
    stream_of(ctx).refuse("entity declarations are not allowed in package parts");
}
void on_reference(void*, const xmlChar*) {}
void on_structured_error(void*, xmlErrorPtr) {}

/// The stream parsing on this thread, for libxml2's generic error channel,
/// which reports to no context.
thread_local xml_stream* parsing_now = nullptr;

/// libxml2's generic errors (encoding conversion, I/O) come in pieces, not
/// through the parser's structured handler; by default they go to stderr,
/// naming no file. They are kept with the stream that was parsing.
void on_generic_error(void*, const char* format, ...) {
    xml_stream* s = parsing_now;
    // The first message is the reason; the ones after it repeat or follow from it.
    if (!s || s->generic_message_.size() >= 200 || (!s->generic_message_.empty() && s->generic_message_.back() == '\n')) return;
    char piece[256];
    va_list args;
    va_start(args, format);
    const int n = std::vsnprintf(piece, sizeof piece, format, args);
    va_end(args);
    if (n > 0) s->generic_message_.append(piece, std::min<std::size_t>(static_cast<std::size_t>(n), sizeof piece - 1));
}

xmlSAXHandler make_handler() {
    xmlSAXHandler h;
    std::memset(&h, 0, sizeof h);
    h.initialized = XML_SAX2_MAGIC;
    h.startElementNs = on_start;
    h.endElementNs = on_end;
    h.characters = on_characters;
    h.ignorableWhitespace = on_characters;
    h.cdataBlock = on_characters;
    h.internalSubset = on_internal_subset;
    h.externalSubset = on_external_subset;
    h.getEntity = on_get_entity;
    h.getParameterEntity = on_get_entity;
    h.entityDecl = on_entity_decl;
    h.reference = on_reference;
    h.serror = on_structured_error;
    return h;
}

void init_libxml() {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

/// Drives a push parse: `feed` hands chunks to the returned pusher.
template <typename Feed>
void run_parse(std::string_view part_name, xml_handler& handler, std::uint32_t max_depth, Feed&& feed) {
    init_libxml();
    static const xmlSAXHandler sax = make_handler();
    xml_stream s(part_name, handler, max_depth);
    xmlSAXHandler local = sax;
    s.ctxt = xmlCreatePushParserCtxt(&local, &s, nullptr, 0, s.part_.c_str());
    if (!s.ctxt) throw rejection_error(error_code::too_large, "cannot allocate an XML parser");
    struct ctxt_guard {
        xmlParserCtxtPtr c;
        ~ctxt_guard() {
            if (c->myDoc) xmlFreeDoc(c->myDoc);
            xmlFreeParserCtxt(c);
        }
    } guard{s.ctxt};
    xmlCtxtUseOptions(s.ctxt, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    // libxml2's generic channel is per thread: this one reports to the stream
    // parsing now (a part read inside another's parse, an alt chunk, restores the outer one after).
    xmlSetGenericErrorFunc(nullptr, on_generic_error);
    struct parsing_guard {
        xml_stream* outer;
        explicit parsing_guard(xml_stream* now) : outer(std::exchange(parsing_now, now)) {}
        ~parsing_guard() { parsing_now = outer; }
    } parsing{&s};

    auto fail = [&]() {
        if (s.error_) std::rethrow_exception(s.error_);
        std::string where = s.part_;
        std::string msg = s.refusal_;
        const xmlError* err = xmlCtxtGetLastError(s.ctxt);
        const int line = s.refusal_.empty() && err ? err->line : xmlSAX2GetLineNumber(s.ctxt);
        if (msg.empty() && err && err->message) {
            // libxml2 spreads some messages over lines ("…encoding !\nBytes: 0xFF…"):
            // one line, so that every line on stderr names its file.
            msg = text::collapse_spaces(err->message);
        }
        if (msg.empty() && !s.generic_message_.empty()) msg = text::collapse_spaces(text::sanitize_utf8(s.generic_message_));
        if (msg.empty()) msg = "malformed XML";
        throw rejection_error(error_code::xml_error, where + ": line " + std::to_string(line) + ": " + msg);
    };

    auto push = [&](const char* data, std::size_t size, bool last) {
        // xmlParseChunk takes an int; chunks from the zip are 64 KiB at most.
        const int rc = xmlParseChunk(s.ctxt, data, static_cast<int>(size), last ? 1 : 0);
        if (s.stopped() || rc != 0) fail();
    };
    feed(push);
    push(nullptr, 0, true);
    if (!s.ctxt->wellFormed) fail();
}

}  // namespace

std::string_view xml_element::attr(std::string_view local_name, ns wanted) const {
    for (int i = 0; i < attr_count_; ++i) {
        const unsigned char** a = attrs_ + 5 * i;
        if (!name_is(a[0], local_name) || attr_space(i) != wanted) continue;
        return std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
    }
    return {};
}

bool xml_element::has_attr(std::string_view local_name, ns wanted) const {
    for (int i = 0; i < attr_count_; ++i)
        if (name_is(attrs_[5 * i], local_name) && attr_space(i) == wanted) return true;
    return false;
}

std::string_view xml_element::attr_local(int i) const { return view(attrs_[5 * i]); }

ns xml_element::space_of_uri(const unsigned char* uri) const {
    auto* s = static_cast<xml_stream*>(const_cast<void*>(stream_));
    return s ? s->space_of(uri) : uri ? classify_namespace(view(uri)) : ns::other;
}

std::string_view namespace_of_prefix(const xml_element& e, std::string_view prefix) {
    const auto* s = static_cast<const xml_stream*>(e.stream_);
    if (!s) return {};
    for (auto it = s->prefixes_.rbegin(); it != s->prefixes_.rend(); ++it)
        if (view(it->first) == prefix) return view(it->second);
    return {};
}

void parse_part(zip_package& pkg, std::string_view part_name, xml_handler& handler, std::uint32_t max_depth) {
    run_parse(part_name, handler, max_depth, [&](auto& push) {
        pkg.read(part_name, [&](const char* data, std::size_t size) { push(data, size, false); });
    });
}

void parse_buffer(std::string_view xml, std::string_view part_name, xml_handler& handler, std::uint32_t max_depth) {
    run_parse(part_name, handler, max_depth, [&](auto& push) {
        constexpr std::size_t chunk = 64 * 1024;
        for (std::size_t off = 0; off < xml.size(); off += chunk)
            push(xml.data() + off, std::min(chunk, xml.size() - off), false);
    });
}

}  // namespace baocao::plugins
