// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Form fields ([MS-DOC] 2.9.78 FFData): a drop-down form field stores no
/// result text; the entry Word shows is chosen by an index into the field's
/// list, kept in the Data stream where the field's begin character points
/// (sprmCPicLocation, with sprmCFData set).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::doc {

/// The entry a drop-down form field shows: the FFData held by the
/// NilPICFAndBinData at `offset` of the Data stream, when it is a drop-down
/// (iType 2) with a list. nullopt for any other or damaged form field.
std::optional<std::u16string> dropdown_choice(std::string_view data_stream, std::uint32_t offset);

}  // namespace baocao::doc
