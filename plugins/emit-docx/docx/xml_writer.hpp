#pragma once
/// A thin, exception-safe wrapper over libxml2's xmlTextWriter writing one XML
/// part into memory. Element names carry their prefix ("w:p"); the caller
/// declares namespaces as attributes on the root.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

typedef struct _xmlTextWriter* xmlTextWriterPtr;
typedef struct _xmlBuffer* xmlBufferPtr;

namespace baocao::docx {

/// One attribute: name and value.
using attribute = std::pair<const char*, std::string_view>;

class xml_writer {
public:
    /// Starts a document with the standard declaration (UTF-8, standalone="yes").
    xml_writer();
    ~xml_writer();
    xml_writer(const xml_writer&) = delete;
    xml_writer& operator=(const xml_writer&) = delete;

    /// Opens an element with attributes.
    void start(const char* name, std::initializer_list<attribute> attrs = {});
    /// Writes one more attribute on the element just opened.
    void attr(const char* name, std::string_view value);
    /// Closes the innermost open element.
    void end();
    /// An element without content.
    void empty(const char* name, std::initializer_list<attribute> attrs = {});
    /// An element holding only text.
    void leaf(const char* name, std::string_view text, std::initializer_list<attribute> attrs = {});
    /// Escaped character data; code points XML 1.0 forbids are dropped.
    void text(std::string_view s);
    /// Closes every open element and returns the document. The writer is spent afterwards.
    std::string finish();

private:
    void check(int rc, const char* what) const;
    xmlBufferPtr buffer_ = nullptr;
    xmlTextWriterPtr writer_ = nullptr;
};

/// `s` without the code points XML 1.0 does not allow (C0 controls except
/// tab, newline and carriage return; U+FFFE and U+FFFF).
std::string xml_safe(std::string_view s);

}  // namespace baocao::docx
