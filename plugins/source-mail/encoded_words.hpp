// SPDX-License-Identifier: Apache-2.0
#pragma once
// Attachment names as senders' mail programs really write them. GMime 3.2
// joins adjacent base64 encoded words of one charset before decoding, so a
// padded first word ("...dCA=?= =?UTF-8?B?Q2jh...") cuts the name short; the
// names here are decoded word by word, joining the decoded bytes instead.

#include <gmime/gmime.h>

#include <optional>
#include <string>
#include <string_view>

namespace baocao::plugins {

/// The value of parameter `name` in a raw (folded, undecoded) structured
/// header such as Content-Disposition, unquoted and unfolded; nullopt when absent.
/// Only the plain form: RFC 2231 `name*=` values are left to GMime.
std::optional<std::string> raw_parameter(std::string_view raw_header, std::string_view name);

/// The RFC 2231 value of parameter `name` (`name*=charset'lang'%XX..` or the
/// continuations `name*0*=`, `name*1=` ...) in a raw header, as UTF-8; nullopt
/// when it has none. Never depends on the locale: a charset iconv knows is
/// converted (bad bytes become U+FFFD); an unknown one is read as UTF-8 when
/// the bytes are valid UTF-8, else as windows-1258; a bad %-escape stays as written.
std::optional<std::string> rfc2231_parameter(std::string_view raw_header, std::string_view name);

/// Decodes RFC 2047 encoded words (B and Q, any charset iconv knows) in `value`:
/// whitespace between adjacent encoded words is dropped, and the bytes of
/// adjacent words in one charset are joined before conversion, so a character
/// split across two words survives. Text outside encoded words is kept.
std::string decode_encoded_words(std::string_view value);

/// The file name of a part from its raw Content-Disposition filename or
/// Content-Type name, in RFC 2231 form or holding encoded words; "" otherwise
/// (then GMime's own reading is used).
std::string encoded_word_file_name(GMimeObject* part);

}  // namespace baocao::plugins
