// SPDX-License-Identifier: Apache-2.0
// Normalization, validation, case mapping and white space handling.

#include "baocao/sdk/text.hpp"
#include "text/utf8_codec.hpp"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace baocao::text {

namespace detail {

bool is_space(char32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
    // The White_Space property above ASCII (stable since Unicode 6.3), plus
    // the zero-width space and BOM; spelled out because this runs on every
    // character of every paragraph, and Vietnamese letters are all above 0x80.
    if (cp < 0x2000) return cp == 0x0085 || cp == 0x00A0 || cp == 0x1680;
    if (cp <= 0x200B) return true;
    return cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

}  // namespace detail

namespace {

const icu::Normalizer2& nfc_instance() {
    // ICU owns the singleton; fetching it once keeps the hot path free of lookups.
    static const icu::Normalizer2* const nfc = [] {
        UErrorCode ec = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(ec);
        if (U_FAILURE(ec) || n == nullptr) throw std::runtime_error("ICU NFC data unavailable");
        return n;
    }();
    return *nfc;
}

/// Input made well-formed for ICU's UTF-8 entry points, which pass ill-formed
/// bytes through rather than replacing them.
std::string well_formed(std::string_view utf8) {
    return is_valid_utf8(utf8) ? std::string(utf8) : detail::repair_utf8(utf8);
}

enum class case_direction { upper, lower };

/// An ASCII byte's case mapping (other bytes as they are).
char ascii_case(char c, case_direction dir) {
    if (dir == case_direction::upper && c >= 'a' && c <= 'z') return static_cast<char>(c - 32);
    if (dir == case_direction::lower && c >= 'A' && c <= 'Z') return static_cast<char>(c + 32);
    return c;
}

/// ICU's full case mapping of well-formed text, with the Vietnamese locale.
std::string icu_case(std::string_view well_formed_utf8, case_direction dir) {
    std::string out;
    out.reserve(well_formed_utf8.size() + 8);
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode ec = U_ZERO_ERROR;
    const icu::StringPiece piece(well_formed_utf8.data(), static_cast<int32_t>(well_formed_utf8.size()));
    if (dir == case_direction::upper)
        icu::CaseMap::utf8ToUpper("vi", 0, piece, sink, nullptr, ec);
    else
        icu::CaseMap::utf8ToLower("vi", 0, piece, sink, nullptr, ec);
    if (U_FAILURE(ec)) return std::string(well_formed_utf8);
    return out;
}

/// The case mappings of the Latin letters, Vietnamese's among them (U+0000–U+024F
/// and U+1E00–U+1EFF), each made once by ICU. None of these depends on the
/// letters around it (ICU's only such rules are the Greek final sigma and the
/// Lithuanian, Turkish and Azeri locales' own), so a text of them maps letter
/// by letter exactly as ICU maps it whole, without a call into ICU for every
/// capital letter and heading the extractors and the synthesis ask about.
class latin_case_table {
public:
    latin_case_table() {
        // ASCII is mapped before the table is asked (ascii_case): its slots stay empty.
        for (char32_t cp = 0x80; cp < first_end; ++cp) fill(cp);
        for (char32_t cp = second_begin; cp < second_end; ++cp) fill(cp);
    }

    /// The mapping of `cp` (not ASCII), or nullptr when it is outside the table.
    const std::string* find(char32_t cp, case_direction dir) const {
        const std::size_t i = slot(cp);
        return i == npos ? nullptr : &mapped_[dir == case_direction::upper ? 0 : 1][i];
    }

private:
    static constexpr char32_t first_end = 0x250, second_begin = 0x1E00, second_end = 0x1F00;
    static constexpr std::size_t size = first_end + (second_end - second_begin);
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    static std::size_t slot(char32_t cp) {
        if (cp < first_end) return cp;
        if (cp >= second_begin && cp < second_end) return first_end + (cp - second_begin);
        return npos;
    }

    void fill(char32_t cp) {
        std::string one;
        detail::append_utf8(one, cp);
        mapped_[0][slot(cp)] = icu_case(one, case_direction::upper);
        mapped_[1][slot(cp)] = icu_case(one, case_direction::lower);
    }

    std::array<std::array<std::string, size>, 2> mapped_;
};

/// `utf8` mapped through the table; nothing when it is ill-formed or holds a
/// letter outside the table (ICU maps those).
std::optional<std::string> map_case_by_table(std::string_view utf8, case_direction dir) {
    static const latin_case_table table;
    std::string out;
    out.reserve(utf8.size() + 8);
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char c = utf8[pos];
        if (static_cast<unsigned char>(c) < 0x80) {
            out.push_back(ascii_case(c, dir));
            ++pos;
            continue;
        }
        const char32_t cp = detail::next_code_point(utf8, pos);
        const std::string* mapped = cp == detail::replacement_char ? nullptr : table.find(cp, dir);
        if (!mapped) return std::nullopt;
        out += *mapped;
    }
    return out;
}

std::string map_case(std::string_view utf8, case_direction dir) {
    if (detail::is_ascii(utf8)) {
        // Without the table, which ASCII text never needs.
        std::string out(utf8);
        for (char& c : out) c = ascii_case(c, dir);
        return out;
    }
    if (auto mapped = map_case_by_table(utf8, dir)) return std::move(*mapped);
    return icu_case(well_formed(utf8), dir);
}

}  // namespace

bool is_valid_utf8(std::string_view utf8) {
    // The well-formed byte sequences of the Unicode Standard (table 3-7), read
    // in place: a report's text is checked every time a plugin sanitizes it.
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* const end = p + utf8.size();
    auto continuation = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    while (p < end) {
        // Eight ASCII bytes at a time: most of a Vietnamese text's bytes are.
        constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
        std::uint64_t word;
        if (end - p >= 8 && (std::memcpy(&word, p, 8), (word & high_bits) == 0)) {
            p += 8;
            continue;
        }
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
        } else if (b < 0xC2) {
            return false;  // a continuation byte, or the lead of an overlong form
        } else if (b < 0xE0) {
            if (end - p < 2 || !continuation(p[1])) return false;
            p += 2;
        } else if (b < 0xF0) {
            // E0 takes A0–BF second (no overlong forms); ED 80–9F (no surrogates).
            const unsigned char low = b == 0xE0 ? 0xA0 : 0x80, high = b == 0xED ? 0x9F : 0xBF;
            if (end - p < 3 || p[1] < low || p[1] > high || !continuation(p[2])) return false;
            p += 3;
        } else if (b < 0xF5) {
            // F0 takes 90–BF second (no overlong forms); F4 80–8F (nothing past U+10FFFF).
            const unsigned char low = b == 0xF0 ? 0x90 : 0x80, high = b == 0xF4 ? 0x8F : 0xBF;
            if (end - p < 4 || p[1] < low || p[1] > high || !continuation(p[2]) || !continuation(p[3])) return false;
            p += 4;
        } else {
            return false;
        }
    }
    return true;
}

std::string to_nfc(std::string_view utf8) {
    if (detail::is_ascii(utf8)) return std::string(utf8);
    // Well-formed input (nearly all of it) is checked in place and copied
    // once, into the result; only ill-formed input gets a repaired copy first.
    std::string repaired;
    std::string_view in = utf8;
    if (!is_valid_utf8(utf8)) {
        repaired = detail::repair_utf8(utf8);
        in = repaired;
    }
    const auto& nfc = nfc_instance();
    UErrorCode ec = U_ZERO_ERROR;
    const icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
    if (nfc.isNormalizedUTF8(piece, ec) && U_SUCCESS(ec)) return std::string(in);
    ec = U_ZERO_ERROR;
    std::string out;
    out.reserve(in.size());
    icu::StringByteSink<std::string> sink(&out);
    nfc.normalizeUTF8(0, piece, sink, nullptr, ec);
    if (U_FAILURE(ec)) return std::string(in);
    return out;
}

namespace {

bool is_dropped_control(char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n'; }

/// True when `s` holds a C0 control other than tab and newline. Eight bytes
/// are tested at a time; only a word with some byte below 0x20 (mostly a
/// paragraph break) is looked at byte by byte.
bool has_dropped_control(std::string_view s) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        if (((word - ones * 0x20) & ~word & high_bits) == 0) continue;
        for (std::size_t j = i; j < i + 8; ++j)
            if (is_dropped_control(s[j])) return true;
    }
    for (; i < s.size(); ++i)
        if (is_dropped_control(s[i])) return true;
    return false;
}

}  // namespace

std::string sanitize_utf8(std::string_view bytes) {
    // Report text nearly always is well-formed and free of controls already,
    // and is then copied as it is.
    if (!has_dropped_control(bytes) && is_valid_utf8(bytes)) return std::string(bytes);
    std::string out;
    out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const char32_t cp = detail::next_code_point(bytes, pos);
        if (cp < 0x20 && cp != '\t' && cp != '\n') continue;
        detail::append_utf8(out, cp);
    }
    return out;
}

std::string to_upper(std::string_view utf8) { return map_case(utf8, case_direction::upper); }

std::string to_lower(std::string_view utf8) { return map_case(utf8, case_direction::lower); }

namespace {

/// What a code point does to is_all_caps, read left to right: a lower-case
/// letter ends it (false), a capital makes it true unless a lower-case letter
/// follows, anything else leaves it as it is.
enum class letter_case : unsigned char { neither, capital, lower };

letter_case case_from_icu(UChar32 cp) {
    if (u_hasBinaryProperty(cp, UCHAR_LOWERCASE) && u_isalpha(cp)) return letter_case::lower;
    if (u_hasBinaryProperty(cp, UCHAR_UPPERCASE) || u_istitle(cp)) return letter_case::capital;
    return letter_case::neither;
}

/// The cases of U+0000–U+20FF from ICU, made once: Latin with every
/// Vietnamese letter, Greek, Cyrillic, and the punctuation Word puts in
/// capital headings. A report's header and capital headings are long runs of
/// accented capitals, asked about for nearly every paragraph.
struct case_table {
    static constexpr UChar32 end = 0x2100;
    std::array<letter_case, end> cases;
    case_table() {
        for (UChar32 cp = 0; cp < end; ++cp) cases[static_cast<std::size_t>(cp)] = case_from_icu(cp);
    }
};

letter_case case_of(UChar32 cp) {
    static const case_table table;
    return cp < case_table::end ? table.cases[static_cast<std::size_t>(cp)] : case_from_icu(cp);
}

}  // namespace

bool is_all_caps(std::string_view utf8) {
    bool any_upper = false;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto b = static_cast<unsigned char>(utf8[pos]);
        if (b < 0x80) {
            if (b >= 'a' && b <= 'z') return false;
            if (b >= 'A' && b <= 'Z') any_upper = true;
            ++pos;
            continue;
        }
        const letter_case c = case_of(static_cast<UChar32>(detail::next_code_point(utf8, pos)));
        if (c == letter_case::lower) return false;
        if (c == letter_case::capital) any_upper = true;
    }
    return any_upper;
}

std::string trim(std::string_view utf8) { return std::string(trim_view(utf8)); }

std::string_view trim_view(std::string_view utf8) {
    // Only the ends are decoded: the middle of a paragraph is kept as it is.
    std::size_t begin = 0;
    while (begin < utf8.size()) {
        std::size_t next = begin;
        if (!detail::is_space(detail::next_code_point(utf8, next))) break;
        begin = next;
    }
    std::size_t end = utf8.size();
    while (end > begin) {
        const std::size_t start = detail::start_of_last_code_point(utf8.substr(0, end), begin);
        if (start == end) break;   // an ill-formed byte, which the forward reading keeps
        std::size_t next = start;
        if (!detail::is_space(detail::next_code_point(utf8, next))) break;
        end = start;
    }
    return utf8.substr(begin, end - begin);
}

std::string collapse_spaces(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    bool pending = false;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const std::size_t start = pos;
        const char32_t cp = detail::next_code_point(utf8, pos);
        if (detail::is_space(cp)) {
            pending = true;
            continue;
        }
        if (pending && !out.empty()) out.push_back(' ');
        pending = false;
        if (cp == detail::replacement_char && pos - start == 1)
            detail::append_utf8(out, cp);
        else
            out.append(utf8.substr(start, pos - start));
    }
    return out;
}

std::vector<std::string> words(std::string_view key) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < key.size()) {
        while (pos < key.size() && (key[pos] == ' ' || key[pos] == '\t' || key[pos] == '\n' || key[pos] == '\r')) ++pos;
        const std::size_t start = pos;
        while (pos < key.size() && !(key[pos] == ' ' || key[pos] == '\t' || key[pos] == '\n' || key[pos] == '\r')) ++pos;
        if (pos > start) out.emplace_back(key.substr(start, pos - start));
    }
    return out;
}

void append_utf8(std::string& out, char32_t code_point) { detail::append_utf8(out, code_point); }

}  // namespace baocao::text
