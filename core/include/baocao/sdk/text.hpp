// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Vietnamese text utilities shared by the core and the plugins. Unicode work
/// is done with ICU; every function is thread-safe.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::text {

/// NFC form of UTF-8 text; invalid sequences become U+FFFD.
std::string to_nfc(std::string_view utf8);

/// True when `utf8` is well-formed UTF-8.
bool is_valid_utf8(std::string_view utf8);

/// The byte length of the UTF-8 sequence a lead byte starts (1 for ASCII and
/// for bytes that cannot lead, so a scan always moves on).
inline std::size_t utf8_sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

/// Repairs invalid UTF-8 (each bad byte becomes U+FFFD) and removes NUL and
/// other C0 controls except tab and newline.
std::string sanitize_utf8(std::string_view bytes);

/// Upper / lower case with Vietnamese rules (ICU, locale "vi").
std::string to_upper(std::string_view utf8);
std::string to_lower(std::string_view utf8);

/// The key text is compared by: NFC, case-folded, every diacritic removed
/// (so old and new tone placement fold together), "đ" → "d", punctuation
/// turned into spaces, runs of spaces collapsed, trimmed. "Hạn chế, tồn tại" → "han che ton tai".
std::string match_key(std::string_view utf8);

/// match_key written over `out`, whose capacity is reused: for loops that key
/// many texts. With `max_words`, only the key's first words (the text after
/// them is not read). Returns the number of words written. `utf8` must not
/// point into `out`.
std::size_t assign_match_key(std::string& out, std::string_view utf8, std::size_t max_words = std::string::npos);

/// The key match_key gives one character when that key is a single ASCII
/// letter or digit ("Đ" → 'd', "ư" → 'u', "7" → '7'); '\0' for any other key
/// (a separator, a dropped mark, a longer key). A table lookup for the
/// letters Vietnamese is written with: for reading a key's first letters off
/// the text without keying it.
char single_letter_key(char32_t code_point);

/// The first character of a text as match_key keys it.
struct key_letter {
    char key = 0;            ///< single_letter_key() of the character: '\0' when its key is not one letter or digit
    std::size_t bytes = 0;   ///< the character's length (an ill-formed byte counts as one); 0 for empty text
};
/// The first character of `utf8` as a key letter, read without keying the text.
key_letter first_key_letter(std::string_view utf8);

/// Words of a match key (split on spaces).
std::vector<std::string> words(std::string_view key);

/// True when the text has letters and all of them are capitals.
bool is_all_caps(std::string_view utf8);

/// Trims ASCII and Unicode spaces (including U+00A0) at both ends.
std::string trim(std::string_view utf8);

/// What trim() keeps, as a view into `utf8`.
std::string_view trim_view(std::string_view utf8);

/// Collapses runs of white space into one space and trims.
std::string collapse_spaces(std::string_view utf8);

/// Converts text typed in a legacy Vietnamese font encoding to Unicode NFC.
enum class legacy_encoding { tcvn3, vni };
std::string legacy_to_unicode(std::string_view text, legacy_encoding enc);

/// The legacy encoding a font name implies (".VnTime", "VNI-Times"), if any.
std::optional<legacy_encoding> legacy_encoding_of_font(std::string_view font_name);

/// True for a TCVN3 capital ("H") font such as ".VnTimeH", whose runs are upper-cased after legacy_to_unicode.
bool is_legacy_capital_font(std::string_view font_name);

/// Appends one Unicode code point to `out` as UTF-8.
void append_utf8(std::string& out, char32_t code_point);

/// The value of one hexadecimal digit ('0'-'9', 'a'-'f', 'A'-'F'); -1 for any
/// other character.
int hex_digit_value(char c) noexcept;

/// %XX escapes (URLs, OPC part names, RFC 2231 parameters) turned into bytes.
/// Lenient: a '%' not followed by two hex digits stays as written.
std::string percent_decode(std::string_view s);

/// The same decoding, strict: nullopt when a '%' is not followed by two hex
/// digits, for input that must be rejected rather than guessed at.
std::optional<std::string> percent_decode_strict(std::string_view s);

/// Lower-case hex SHA-256 of bytes.
std::string sha256_hex(std::string_view bytes);
/// Lower-case hex SHA-256 of a file, read in pieces; throws
/// rejection_error(unreadable) when it cannot be opened or read.
std::string sha256_hex_of_file(const std::filesystem::path& file);

}  // namespace baocao::text
