// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Text helpers of the sample generator: Vietnamese case mapping, number and
/// date formatting in Vietnamese conventions, XML escaping, base64.

#include <cstdint>
#include <string>
#include <string_view>

namespace baocao::samplegen {

/// Upper-cases UTF-8 text with Vietnamese rules ("Huyện ủy" → "HUYỆN ỦY").
std::string upper(std::string_view utf8);
/// Lower-cases UTF-8 text.
std::string lower(std::string_view utf8);
/// Canonical decomposition (NFD) of UTF-8 text.
std::string nfd(std::string_view utf8);
/// The UTF-16 code units of UTF-8 text (as Word stores Unicode text).
std::u16string utf16(std::string_view utf8);
/// Replaces a leading lower-case letter by its capital ("xã" → "Xã").
std::string capitalize_first(std::string_view utf8);

/// An integer with '.' thousands separators: 12500 → "12.500".
std::string format_count(long long n);
/// A decimal given in tenths with a decimal comma: 1256 → "125,6".
std::string format_tenths(long long tenths);

/// Escapes text for XML character data and attribute values.
std::string xml_escape(std::string_view text);

/// Base64 of `bytes`, wrapped every `line` characters with CRLF (0: no wrap).
std::string base64(std::string_view bytes, std::size_t line = 76);

/// A moment as civil time in a fixed offset (no time zone database involved).
struct moment {
    int year = 2013, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    int offset_minutes = 420;  ///< +07:00 by default

    /// Seconds since the Unix epoch.
    std::int64_t unix_seconds() const;
    /// The same instant expressed in another offset.
    moment in_offset(int offset_minutes) const;
    /// ISO 8601 with offset: "2013-10-01T08:15:00+07:00".
    std::string iso() const;
    /// The calendar date "2013-10-01".
    std::string iso_date() const;
    /// RFC 5322 form: "Tue, 1 Oct 2013 08:15:00 +0700".
    std::string rfc5322() const;
    /// A moment from Unix seconds, shown in `offset_minutes`.
    static moment from_unix(std::int64_t seconds, int offset_minutes);
};

}  // namespace baocao::samplegen
