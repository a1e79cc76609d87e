#include "docx/xml_writer.hpp"

#include <libxml/xmlwriter.h>

#include <stdexcept>

namespace baocao::docx {

namespace {
const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
}  // namespace

std::string xml_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
            i += 2;
            continue;
        }
        out.push_back(s[i]);
    }
    return out;
}

xml_writer::xml_writer() {
    buffer_ = xmlBufferCreate();
    if (!buffer_) throw std::runtime_error("out of memory creating an XML buffer");
    writer_ = xmlNewTextWriterMemory(buffer_, 0);
    if (!writer_) {
        xmlBufferFree(buffer_);
        throw std::runtime_error("out of memory creating an XML writer");
    }
    check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", "yes"), "declaration");
}

xml_writer::~xml_writer() {
    if (writer_) xmlFreeTextWriter(writer_);
    if (buffer_) xmlBufferFree(buffer_);
}

void xml_writer::check(int rc, const char* what) const {
    if (rc < 0) throw std::runtime_error(std::string("XML writer failed on ") + what);
}

void xml_writer::start(const char* name, std::initializer_list<attribute> attrs) {
    check(xmlTextWriterStartElement(writer_, x(name)), name);
    for (const auto& [k, v] : attrs) attr(k, v);
}

void xml_writer::attr(const char* name, std::string_view value) {
    const auto safe = xml_safe(value);
    check(xmlTextWriterWriteAttribute(writer_, x(name), x(safe.c_str())), name);
}

void xml_writer::end() { check(xmlTextWriterEndElement(writer_), "end of element"); }

void xml_writer::empty(const char* name, std::initializer_list<attribute> attrs) {
    start(name, attrs);
    end();
}

void xml_writer::leaf(const char* name, std::string_view content, std::initializer_list<attribute> attrs) {
    start(name, attrs);
    text(content);
    // Always a start and an end tag, even when empty, so output does not depend on content.
    check(xmlTextWriterFullEndElement(writer_), name);
}

void xml_writer::text(std::string_view s) {
    const auto safe = xml_safe(s);
    check(xmlTextWriterWriteString(writer_, x(safe.c_str())), "text");
}

std::string xml_writer::finish() {
    check(xmlTextWriterEndDocument(writer_), "end of document");
    xmlFreeTextWriter(writer_);  // flushes into the buffer
    writer_ = nullptr;
    std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                    static_cast<std::size_t>(xmlBufferLength(buffer_)));
    return out;
}

}  // namespace baocao::docx
