// SPDX-License-Identifier: Apache-2.0
#pragma once
// A zip writer that does exactly what it is told, lies included: declared
// sizes, CRCs and names are written as given, entries may share data. Only for
// making hostile test inputs; never for real output.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace baocao::hostile {

/// Produces an entry's content chunk by chunk; returns false when done.
using chunk_source = std::function<bool(std::string& chunk)>;

struct entry_options {
    bool deflate = true;
    std::optional<std::uint32_t> declared_size;  ///< written instead of the true uncompressed size
    std::optional<std::uint32_t> declared_crc;   ///< written instead of the true CRC-32
    bool utf8_flag = true;                       ///< general purpose bit 11
    int level = 1;                               ///< deflate level, 1 (fast) to 9 (smallest)
};

class raw_zip {
public:
    /// Adds an entry whose content is `data`.
    void add(const std::string& name, const std::string& data, const entry_options& opt = {});
    /// Adds an entry whose content comes from `source`, streamed through deflate.
    void add_streamed(const std::string& name, const chunk_source& source, const entry_options& opt = {});
    /// Adds a second central-directory record pointing at entry `index`'s data.
    void alias(std::size_t index, const std::string& name);
    /// The whole archive; `truncate_to` cuts it short when set.
    std::string finish() const;
    /// Writes the archive to a file.
    void write(const std::string& path) const;

private:
    struct record {
        std::string name;
        std::uint16_t method;
        std::uint32_t crc, compressed, uncompressed;
        std::uint32_t offset;
        bool utf8;
    };
    std::string data_;
    std::vector<record> records_;
};

/// A minimal valid .docx whose body is `body_xml` (the content of w:body).
std::string minimal_docx(const std::string& body_xml);

/// A .docx whose body is one w:altChunk naming the part word/`part`, of
/// `content_type`, holding `bytes` (an embedded .docx, an XHTML or HTML page).
std::string alt_chunk_docx(const std::string& part, const std::string& content_type, const std::string& bytes);

/// A w:p element with the text escaped for XML.
std::string paragraph_xml(const std::string& text);

}  // namespace baocao::hostile
