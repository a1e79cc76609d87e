// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Writes one XML part into memory, laid out as libxml2's xmlTextWriter does
/// (declaration with standalone="yes", "<x/>" for an element without content,
/// no indentation, a final newline). Element names carry their prefix ("w:p");
/// the caller declares namespaces as attributes on the root. A large part
/// goes to a sink in pieces instead (stream_to): what is written is never
/// changed afterwards, so any prefix of it is final.

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baocao::docx {

/// One attribute: name and value.
using attribute = std::pair<const char*, std::string_view>;

/// Takes a part's bytes in pieces.
using xml_sink = std::function<void(std::string_view)>;

class xml_writer {
public:
    /// Starts a document with the standard declaration (UTF-8, standalone="yes").
    xml_writer();

    /// Room for about `bytes` of output, for a large part.
    void reserve(std::size_t bytes) { out_.reserve(bytes); }

    /// From now on, what is written goes to `sink` whenever an element closes
    /// with `piece_bytes` or more held; finish() returns only the rest.
    void stream_to(xml_sink sink, std::size_t piece_bytes = std::size_t{1} << 20);

    /// Opens an element with attributes.
    void start(const char* name, std::initializer_list<attribute> attrs = {});
    /// Writes one more attribute on the element just opened.
    /// Throws std::runtime_error once the element has content.
    void attr(const char* name, std::string_view value);
    /// Closes the innermost open element. Throws std::runtime_error when none is open.
    void end();
    /// An element without content.
    void empty(const char* name, std::initializer_list<attribute> attrs = {});
    /// An element holding only text.
    void leaf(const char* name, std::string_view text, std::initializer_list<attribute> attrs = {});
    /// Escaped character data; code points XML 1.0 forbids are dropped.
    void text(std::string_view s);
    /// Closes every open element and returns the document (what stream_to's
    /// sink has not had of it). The writer is spent afterwards.
    std::string finish();

private:
    /// Ends a start tag still waiting for attributes, before content.
    void close_start_tag();
    /// Closes the innermost element; `always_full` writes "<x></x>" even when empty.
    void close_element(bool always_full);

    std::string out_;
    xml_sink sink_;                          ///< where pieces go once stream_to was called
    std::size_t piece_bytes_ = 0;
    std::string open_names_;                 ///< names of the open elements, back to back
    std::vector<std::size_t> name_starts_;   ///< where each open name begins in open_names_
    bool start_tag_open_ = false;            ///< "<name attrs" written, ">" not yet
};

/// `s` without the code points XML 1.0 does not allow (C0 controls except
/// tab, newline and carriage return; U+FFFE and U+FFFF).
std::string xml_safe(std::string_view s);

}  // namespace baocao::docx
