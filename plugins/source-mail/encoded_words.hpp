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

/// Decodes RFC 2047 encoded words (B and Q, any charset iconv knows) in `value`:
/// whitespace between adjacent encoded words is dropped, and the bytes of
/// adjacent words in one charset are joined before conversion, so a character
/// split across two words survives. Text outside encoded words is kept.
std::string decode_encoded_words(std::string_view value);

/// The file name of a part from its raw Content-Disposition filename or
/// Content-Type name when either holds encoded words; "" otherwise (then GMime's
/// own reading, which handles RFC 2231, is used).
std::string encoded_word_file_name(GMimeObject* part);

}  // namespace baocao::plugins
