// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Streaming XML: a part of a package (.docx, .odt) is fed chunk by chunk from the zip into libxml2's
/// SAX2 push parser, with no DTD, no entities, no network and a depth limit.

#include "zip_package.hpp"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace baocao::plugins {

/// The namespaces the readers tell apart: OOXML's (transitional and strict
/// spellings fold together), then OpenDocument's.
enum class ns : std::uint8_t {
    other, w, r, mc, m, v, wp, wps, wpg, wpc, a, pkg_rels, content_types, core, dc, dcterms, xml,
    office, style, text, table, fo, draw, svg, meta, loext,
};

/// Classifies a namespace URI.
ns classify_namespace(std::string_view uri);

/// One start tag as the handler sees it; valid only during the callback.
class xml_element {
public:
    int tag = 0;                 ///< the handler's own code for (namespace, local name)
    int parent = 0;              ///< the code of the enclosing element (0 at the root)
    int grandparent = 0;         ///< the code of the element around that one (0 when none)
    std::size_t depth = 0;       ///< how many elements enclose this one
    std::string_view local;
    ns space = ns::other;
    /// The value of an attribute by local name and namespace ("" when absent).
    std::string_view attr(std::string_view local_name, ns wanted) const;
    /// True when the attribute is present.
    bool has_attr(std::string_view local_name, ns wanted) const;
    /// The number of attributes, for one pass over all of them.
    int attr_count() const { return attr_count_; }
    /// The local name of attribute `i` (0 <= i < attr_count()).
    std::string_view attr_local(int i) const;
    /// The same name NUL-terminated, for matching without measuring it first.
    const char* attr_local_cstr(int i) const { return reinterpret_cast<const char*>(attrs_[5 * i]); }
    /// The namespace of attribute `i`.
    ns attr_space(int i) const {
        const unsigned char* uri = attrs_[5 * i + 2];
        return uri == usual_uri_ ? usual_space_ : space_of_uri(uri);
    }
    /// The value of attribute `i`.
    std::string_view attr_value(int i) const {
        const unsigned char* const* a = attrs_ + 5 * i;
        return std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
    }

    int attr_count_ = 0;
    const unsigned char** attrs_ = nullptr;
    const void* stream_ = nullptr;
    /// The namespace URI nearly every attribute of the part uses, and its
    /// namespace, answered without a lookup (no URI, no namespace, at first).
    const unsigned char* usual_uri_ = nullptr;
    ns usual_space_ = ns::other;

private:
    ns space_of_uri(const unsigned char* uri) const;
};

/// One end tag as the handler sees it.
struct xml_end {
    int tag = 0;                 ///< the code start() saw
    int parent = 0;              ///< the code of the enclosing element, still open (0 at the root)
    std::size_t depth = 0;       ///< how many elements enclose the one ending
};

/// A set of handler codes. Codes outside 0..limit-1 always count as
/// members: a set only ever narrows what a handler is sent.
class code_set {
public:
    static constexpr int limit = 256;
    /// Every code.
    code_set() {
        for (std::uint64_t& word : bits_) word = ~0ull;
    }
    /// These codes only.
    static code_set only(std::initializer_list<int> codes) {
        code_set set;
        for (std::uint64_t& word : set.bits_) word = 0;
        for (const int code : codes) set.mark(code, true);
        return set;
    }
    /// Every code but these.
    static code_set all_but(std::initializer_list<int> codes) {
        code_set set;
        for (const int code : codes) set.mark(code, false);
        return set;
    }
    /// The codes for which `member(code)` holds (and, as always, those past the limit).
    template <typename Predicate>
    static code_set where(Predicate member) {
        code_set set;
        for (int code = 0; code < limit; ++code) set.mark(code, member(code));
        return set;
    }
    bool contains(int code) const {
        if (code < 0 || code >= limit) return true;
        return (bits_[static_cast<unsigned>(code) / 64] >> (static_cast<unsigned>(code) % 64)) & 1u;
    }

private:
    void mark(int code, bool member) {
        if (code < 0 || code >= limit) return;
        const std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(code) % 64);
        std::uint64_t& word = bits_[static_cast<unsigned>(code) / 64];
        word = member ? word | bit : word & ~bit;
    }
    std::uint64_t bits_[limit / 64];
};

/// Receives the events of one part.
class xml_handler {
public:
    virtual ~xml_handler() = default;
    /// Maps a (namespace, local name) pair to the handler's tag code; cached per part.
    virtual int classify(ns space, std::string_view local) const = 0;
    virtual void start(const xml_element& e) = 0;
    virtual void end(const xml_end& e) = 0;
    virtual void text(std::string_view chars) = 0;

    /// Which elements reach start() and end(). Parent, grandparent and depth
    /// still count every element, delivered or not.
    struct delivery {
        code_set starts;             ///< codes whose start() is wanted
        code_set ends;               ///< codes whose end() is wanted
        code_set untagged_parents;   ///< elements classified 0 are wanted only inside these
    };
    const delivery& deliveries() const { return delivery_; }

protected:
    /// Everything unless the handler narrows it before the parse begins.
    delivery delivery_;
};

class xml_stream;

/// Resolves a namespace prefix in scope at the current element ("" when unknown).
std::string_view namespace_of_prefix(const xml_element& e, std::string_view prefix);

/// Parses one part of the package through `handler`. Throws rejection_error:
/// xml_error (malformed, DOCTYPE present, deeper than `max_depth`) naming the
/// part and line, or whatever the package throws while inflating.
void parse_part(zip_package& pkg, std::string_view part_name, xml_handler& handler, std::uint32_t max_depth);

/// Parses XML held in memory (for tests and small parts built on the fly).
void parse_buffer(std::string_view xml, std::string_view part_name, xml_handler& handler, std::uint32_t max_depth);

}  // namespace baocao::plugins
