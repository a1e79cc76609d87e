// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Whether a run's text can skip ICU's normalization: a cheap, exact test
/// that the text is well-formed UTF-8 made only of code points NFC never
/// changes, which is what nearly every Vietnamese paragraph is.

#include <string_view>

namespace baocao::docx {

/// True when `utf8` is well-formed and every code point is in a range NFC
/// leaves alone: below U+0300 (ASCII, Latin-1, Latin Extended A and B),
/// U+1E00..U+1EFF (the precomposed Vietnamese letters) or U+2010..U+2027
/// (dashes, curly quotes, bullet, ellipsis). False means "ask ICU", not "not NFC".
bool trivially_nfc(std::string_view utf8);

/// The same test one byte at a time: its plain statement, and what machines
/// without SSE2 run.
bool trivially_nfc_bytewise(std::string_view utf8);

}  // namespace baocao::docx
