// SPDX-License-Identifier: Apache-2.0
// The draft's document.xml is large (one paragraph per report paragraph) and
// made of a handful of fixed tags, so parts are written straight into one
// string rather than through a general XML library. Escapes and tag forms
// match libxml2's xmlTextWriter byte for byte, so a draft of the same run is
// the same file whichever of the two wrote it.
#include "docx/xml_writer.hpp"

#include <array>
#include <stdexcept>

namespace baocao::docx {

namespace {

/// Bytes that cannot be copied as they are: C0 controls, the markup
/// characters, and 0xEF, which starts U+FFFE and U+FFFF.
constexpr std::array<bool, 256> needs_care = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) table[c] = true;
    for (unsigned char c : {'<', '>', '&', '"'}) table[c] = true;
    table[0xEF] = true;
    return table;
}();

bool forbidden_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

/// True when `s[i]` starts U+FFFE or U+FFFF (EF BF BE / EF BF BF).
bool noncharacter_at(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]) == 0xEF && i + 2 < s.size() &&
           static_cast<unsigned char>(s[i + 1]) == 0xBF &&
           (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF);
}

/// The reference libxml2 writes for `c`, or nullptr when `c` is written as is.
/// Attribute values also keep their tabs and line breaks as references.
const char* reference_for(unsigned char c, bool in_attribute) {
    switch (c) {
        case '<': return "&lt;";
        case '>': return "&gt;";
        case '&': return "&amp;";
        case '"': return "&quot;";
        case '\r': return "&#13;";
        case '\n': return in_attribute ? "&#10;" : nullptr;
        case '\t': return in_attribute ? "&#9;" : nullptr;
        default: return nullptr;
    }
}

/// Appends `s` escaped, without the code points XML 1.0 forbids (as xml_safe drops them).
void append_escaped(std::string& out, std::string_view s, bool in_attribute) {
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t run_end = i;
        while (run_end < s.size() && !needs_care[static_cast<unsigned char>(s[run_end])]) ++run_end;
        out.append(s.data() + i, run_end - i);
        if (run_end == s.size()) break;
        const auto c = static_cast<unsigned char>(s[run_end]);
        i = run_end + 1;
        if (noncharacter_at(s, run_end)) {
            i = run_end + 3;
        } else if (forbidden_control(c)) {
            continue;
        } else if (const char* ref = reference_for(c, in_attribute)) {
            out += ref;
        } else {
            out += static_cast<char>(c);
        }
    }
}

}  // namespace

std::string xml_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (forbidden_control(c)) continue;
        if (noncharacter_at(s, i)) {
            i += 2;
            continue;
        }
        out.push_back(s[i]);
    }
    return out;
}

xml_writer::xml_writer() : out_("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") {}

void xml_writer::close_start_tag() {
    if (!start_tag_open_) return;
    out_ += '>';
    start_tag_open_ = false;
}

void xml_writer::start(const char* name, std::initializer_list<attribute> attrs) {
    close_start_tag();
    out_ += '<';
    out_ += name;
    name_starts_.push_back(open_names_.size());
    open_names_ += name;
    start_tag_open_ = true;
    for (const auto& [k, v] : attrs) attr(k, v);
}

void xml_writer::attr(const char* name, std::string_view value) {
    if (!start_tag_open_) throw std::runtime_error(std::string("XML writer failed on ") + name);
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    append_escaped(out_, value, true);
    out_ += '"';
}

void xml_writer::close_element(bool always_full) {
    if (name_starts_.empty()) throw std::runtime_error("XML writer failed on end of element");
    const std::size_t name_start = name_starts_.back();
    if (start_tag_open_ && !always_full) {
        out_ += "/>";
        start_tag_open_ = false;
    } else {
        close_start_tag();
        out_ += "</";
        out_.append(open_names_, name_start, std::string::npos);
        out_ += '>';
    }
    open_names_.resize(name_start);
    name_starts_.pop_back();
}

void xml_writer::end() {
    close_element(false);
    if (sink_ && out_.size() >= piece_bytes_) {
        sink_(out_);
        out_.clear();
    }
}

void xml_writer::stream_to(xml_sink sink, std::size_t piece_bytes) {
    sink_ = std::move(sink);
    piece_bytes_ = piece_bytes;
}

void xml_writer::empty(const char* name, std::initializer_list<attribute> attrs) {
    start(name, attrs);
    end();
}

void xml_writer::leaf(const char* name, std::string_view content, std::initializer_list<attribute> attrs) {
    start(name, attrs);
    text(content);
    // Always a start and an end tag, even when empty, so output does not depend on content.
    close_element(true);
}

void xml_writer::text(std::string_view s) {
    close_start_tag();
    append_escaped(out_, s, false);
}

std::string xml_writer::finish() {
    while (!name_starts_.empty()) close_element(false);
    out_ += '\n';
    std::string document = std::move(out_);
    out_.clear();
    return document;
}

}  // namespace baocao::docx
