// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reads an OpenDocument text (.odt, the format LibreOffice saves and state
/// bodies exchange documents in) into the document model: the styles of
/// styles.xml and content.xml, then the body, then meta.xml's properties.

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/model.hpp>

#include <string_view>

namespace baocao::odt {

/// Reads the item. Throws rejection_error with corrupt_zip, zip_bomb,
/// not_docx (another OpenDocument kind, or no content.xml), xml_error, too_large.
document read_odt(const item& it, const baocao::limits& lim);

}  // namespace baocao::odt
