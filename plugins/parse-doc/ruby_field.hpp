// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Phonetic guides (ruby) in a .doc: Word stores them as an EQ field with no
/// result, `EQ \* jc2 \* hps12 \o\ad(\s\up 11(reading),base)`, which it draws
/// as the reading above the base. The .docx reader shows w:ruby as
/// "base (reading)"; this gives the same text from the field's instruction.

#include <optional>
#include <string>
#include <string_view>

namespace baocao::doc {

/// "base (reading)" for an EQ field instruction holding an overstrike of a
/// raised reading and a base; nullopt for any other instruction.
std::optional<std::u16string> ruby_text(std::u16string_view instruction);

}  // namespace baocao::doc
