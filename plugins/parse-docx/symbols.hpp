// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Symbol-font characters (Symbol, Wingdings) mapped to Unicode, for w:sym
/// and bullet glyphs typed in private-use code points.

#include <string>
#include <string_view>

namespace baocao::docx {

/// The Unicode text for `cp` drawn in `font`: private-use U+F020..U+F0FF and,
/// for symbol fonts, byte values are looked up in the font's table. Returns ""
/// when unmappable, or "•" instead when `bullet` is true.
std::string symbol_to_unicode(std::string_view font, char32_t cp, bool bullet);

/// Maps a whole lvlText bullet template through symbol_to_unicode.
std::string bullet_text(std::string_view lvl_text, std::string_view font);


}  // namespace baocao::docx
