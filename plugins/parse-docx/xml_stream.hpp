#pragma once
/// Streaming XML: a part is fed chunk by chunk from the zip into libxml2's
/// SAX2 push parser, with no DTD, no entities, no network and a depth limit.

#include "package.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace baocao::docx {

/// The namespaces the readers tell apart (transitional and strict spellings fold together).
enum class ns : std::uint8_t {
    other, w, r, mc, m, v, wp, wps, wpg, wpc, a, pkg_rels, content_types, core, dc, dcterms, xml,
};

/// Classifies a namespace URI.
ns classify_namespace(std::string_view uri);

/// One start tag as the handler sees it; valid only during the callback.
class xml_element {
public:
    int tag = 0;                 ///< the handler's own code for (namespace, local name)
    std::string_view local;
    ns space = ns::other;
    /// The value of an attribute by local name and namespace ("" when absent).
    std::string_view attr(std::string_view local_name, ns attr_space) const;
    /// True when the attribute is present.
    bool has_attr(std::string_view local_name, ns attr_space) const;
    /// The number of attributes, for one pass over all of them.
    int attr_count() const { return attr_count_; }
    /// The local name of attribute `i` (0 <= i < attr_count()).
    std::string_view attr_local(int i) const;
    /// The namespace of attribute `i`.
    ns attr_space(int i) const;
    /// The value of attribute `i`.
    std::string_view attr_value(int i) const;

    int attr_count_ = 0;
    const unsigned char** attrs_ = nullptr;
    const void* stream_ = nullptr;
};

/// Receives the events of one part.
class xml_handler {
public:
    virtual ~xml_handler() = default;
    /// Maps a (namespace, local name) pair to the handler's tag code; cached per part.
    virtual int classify(ns space, std::string_view local) const = 0;
    virtual void start(const xml_element& e) = 0;
    virtual void end(int tag) = 0;
    virtual void text(std::string_view chars) = 0;
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

}  // namespace baocao::docx
