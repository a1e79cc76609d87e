// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reads a Word 97-2003 binary document (.doc) into the document model.

#include "story_reader.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/model.hpp>

#include <string_view>

namespace baocao::doc {

/// Reads the .doc in `bytes`: the main text as the body, each text box after
/// the paragraph anchoring it (in the body or its header); footnotes, endnotes,
/// comments, headers and footers as parts. Throws rejection_error with
/// encrypted (password), unsupported_format (Word 6/95 and older, or an OLE2
/// file that is not a Word document), corrupt_doc (damaged container, FIB or
/// piece table) or too_large.
document read_doc(std::string_view bytes, const baocao::limits& limits, tracked_mode mode);

/// read_doc on an item's bytes, read within the input size limit.
document read_doc(const item& it, const baocao::limits& limits, tracked_mode mode);

/// The tracked-changes mode a setting names ("accept", "reject", "all"), nullopt when unknown.
std::optional<tracked_mode> tracked_mode_from(std::string_view setting);

}  // namespace baocao::doc
