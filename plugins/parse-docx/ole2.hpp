// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Compound File Binary (OLE2) containers: what a .docx-named OLE2 file is.

#include <baocao/sdk/item.hpp>

#include <string_view>

namespace baocao::docx {

/// True when `head` starts with the OLE2 signature D0 CF 11 E0 A1 B1 1A E1.
bool is_ole2(std::string_view head);

/// What an OLE2 container holds, as far as this parser cares.
enum class ole2_kind { encrypted_ooxml, word_binary, other };

/// Walks the container's directory for the EncryptionInfo / EncryptedPackage
/// streams (an encrypted OOXML package) or WordDocument (a legacy .doc).
/// A damaged directory falls back to searching the stream names in the bytes.
ole2_kind classify_ole2(const item& it);

}  // namespace baocao::docx
