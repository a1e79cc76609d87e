// SPDX-License-Identifier: Apache-2.0
#pragma once
/// w:altChunk: a body (or part of one) that Word imports from another part
/// of the package when it opens the file: an embedded .docx, an XHTML or
/// HTML page, or plain text. Some tools and mail merges write a whole report
/// this way, so its blocks are read where the w:altChunk stands.

#include "opc.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/model.hpp>

#include <functional>
#include <string>
#include <vector>

namespace baocao::docx {

/// How deep embedded documents are followed: a chunk inside a chunk is
/// read, one level deeper is not.
constexpr int max_alt_chunk_levels = 2;

/// Reads an embedded .docx from its bytes into blocks, one chunk level deeper.
using embedded_docx_reader = std::function<std::vector<block>(std::string bytes, const std::string& name)>;

/// The blocks of the chunk part `rel` names, by its content type (else its
/// extension): a WordprocessingML package through `read_embedded`, HTML or
/// XHTML through html_blocks(), plain text a paragraph per line. Empty for a
/// part of another kind. Throws rejection_error(zip_bomb, too_large) past the limits.
std::vector<block> read_alt_chunk(plugins::zip_package& pkg, const relationship& rel, const content_types& types,
                                  const baocao::limits& lim, const embedded_docx_reader& read_embedded);

}  // namespace baocao::docx
