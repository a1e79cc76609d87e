// SPDX-License-Identifier: Apache-2.0
#include "alt_chunk.hpp"

#include "html_blocks.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

namespace baocao::docx {

namespace {

enum class chunk_kind { docx, html, text, other };

std::string extension_of(std::string_view part) {
    const std::size_t slash = part.rfind('/');
    const std::size_t dot = part.rfind('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    return plugins::ascii_lower(part.substr(dot + 1));
}

chunk_kind kind_of(const std::string& part, const content_types& types) {
    const std::string type = plugins::ascii_lower(types.type_of(part));
    if (type.find("wordprocessingml") != std::string::npos || type.find("ms-word") != std::string::npos)
        return chunk_kind::docx;
    if (type.find("html") != std::string::npos) return chunk_kind::html;
    if (type == "text/plain") return chunk_kind::text;
    if (!type.empty() && type != "application/octet-stream" && type != "application/xml") return chunk_kind::other;
    const std::string ext = extension_of(part);
    if (ext == "docx" || ext == "docm" || ext == "dotx") return chunk_kind::docx;
    if (ext == "htm" || ext == "html" || ext == "xhtml" || ext == "mht") return chunk_kind::html;
    if (ext == "txt") return chunk_kind::text;
    return chunk_kind::other;
}

/// One paragraph per line of plain text.
std::vector<block> text_blocks(const std::string& bytes) {
    std::vector<block> out;
    std::size_t from = 0;
    while (from <= bytes.size()) {
        std::size_t end = bytes.find('\n', from);
        if (end == std::string::npos) end = bytes.size();
        std::string line = bytes.substr(from, end - from);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!text::collapse_spaces(line).empty()) {
            paragraph p;
            p.runs.push_back(plain_run(text::to_nfc(line)));
            out.emplace_back(std::move(p));
        }
        from = end + 1;
    }
    return out;
}

}  // namespace

std::vector<block> read_alt_chunk(plugins::zip_package& pkg, const relationship& rel, const content_types& types,
                                  const baocao::limits& lim, const embedded_docx_reader& read_embedded) {
    if (rel.external || rel.target.empty() || !pkg.has(rel.target)) return {};
    const chunk_kind kind = kind_of(rel.target, types);
    if (kind == chunk_kind::other) return {};
    std::string bytes;
    pkg.read(rel.target, [&](const char* data, std::size_t size) {
        if (bytes.size() + size > lim.max_input_bytes)
            throw rejection_error(error_code::too_large, "the embedded part " + rel.target + " exceeds the input limit");
        bytes.append(data, size);
    });
    switch (kind) {
    case chunk_kind::docx: return read_embedded(std::move(bytes), rel.target);
    case chunk_kind::html: return html_blocks(bytes, lim);
    case chunk_kind::text: return text_blocks(bytes);
    case chunk_kind::other: break;
    }
    return {};
}

}  // namespace baocao::docx
