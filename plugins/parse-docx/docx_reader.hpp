// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reads a .docx item into the document model: locates the parts through
/// the package relationships and runs each through its streaming reader.

#include "body_reader.hpp"
#include "shared_parts.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/model.hpp>

#include <string_view>

namespace baocao::docx {

/// Parses the "tracked_changes" setting ("accept", "reject", "all"); nullopt when unknown.
std::optional<tracked_mode> tracked_mode_from(std::string_view setting);

/// Reads the item. Throws rejection_error with encrypted, unsupported_format
/// (legacy .doc, RTF), corrupt_zip, zip_bomb, not_docx, xml_error, too_large.
/// With `shared`, styles, theme and numbering parts identical to ones read
/// before are reused instead of parsed again. A w:altChunk's part is read
/// where it stands (alt_chunk.hpp); `chunk_level` counts the embedded
/// documents around this one, and past max_alt_chunk_levels none is read.
document read_docx(const item& it, const baocao::limits& lim, tracked_mode mode, shared_parts* shared = nullptr,
                   int chunk_level = 0);

}  // namespace baocao::docx
