// SPDX-License-Identifier: Apache-2.0
// Decoding of text typed in legacy Vietnamese fonts (TCVN3 ".Vn*", VNI
// "VNI-*"). The text arrives as the Windows-1252/Latin-1 characters Word
// recorded for each font byte, so the tables are keyed by code point.

#include "baocao/sdk/text.hpp"
#include <baocao/sdk/text.hpp>
#include "text/legacy_font_tables.hpp"
#include "text/utf8_codec.hpp"

#include <unordered_map>

namespace baocao::text {

namespace {

/// Symbol-font runs store byte 0xNN as U+F0NN; undo that before lookup.
char32_t unsymbol(char32_t cp) { return (cp >= 0xF020 && cp <= 0xF0FF) ? cp - 0xF000 : cp; }

struct legacy_tables {
    std::array<const char*, 256> tcvn3{};
    std::array<const char*, 256> vni_single{};
    std::array<const char*, 256> vni_mark{};
    std::unordered_map<std::uint32_t, const char*> vni_pair;

    legacy_tables() {
        for (const auto& r : detail::tcvn3_rows) tcvn3[r.stored] = r.unicode;
        for (const auto& r : detail::vni_single_rows) vni_single[r.first] = r.unicode;
        for (const auto& r : detail::vni_mark_rows) vni_mark[r.first] = r.unicode;
        for (const auto& r : detail::vni_pair_rows)
            vni_pair.emplace((static_cast<std::uint32_t>(r.first) << 16) | r.second, r.unicode);
    }
};

const legacy_tables& tables() {
    static const legacy_tables t;
    return t;
}

std::vector<char32_t> code_points(std::string_view text) {
    std::vector<char32_t> cps;
    cps.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) cps.push_back(unsymbol(detail::next_code_point(text, pos)));
    return cps;
}

/// Letters and marks that no legacy run can hold: only Unicode text has them.
bool unicode_only_vietnamese(char32_t cp) {
    switch (cp) {
    case 0x0102: case 0x0103: case 0x0110: case 0x0111: case 0x0128: case 0x0129:
    case 0x0168: case 0x0169: case 0x01A0: case 0x01A1: case 0x01AF: case 0x01B0:
        return true;
    default:
        return (cp >= 0x1EA0 && cp <= 0x1EF9) || (cp >= 0x0300 && cp <= 0x036F);
    }
}

/// Splits a run into words and decodes each with `decode`, except words that
/// are already Unicode Vietnamese: runs are often half converted ("Soá:
/// /BC-BCĐ") or typed in Unicode under a legacy font.
template <typename Decode>
std::string decode_words(const std::vector<char32_t>& cps, Decode decode) {
    std::string out;
    out.reserve(cps.size() * 2);
    std::size_t i = 0;
    while (i < cps.size()) {
        std::size_t end = i;
        bool is_unicode = false;
        if (detail::is_space(cps[i])) {
            end = i + 1;
        } else {
            while (end < cps.size() && !detail::is_space(cps[end])) {
                is_unicode = is_unicode || unicode_only_vietnamese(cps[end]);
                ++end;
            }
        }
        if (is_unicode || detail::is_space(cps[i])) {
            for (std::size_t k = i; k < end; ++k) detail::append_utf8(out, cps[k]);
        } else {
            decode(cps, i, end, out);
        }
        i = end;
    }
    return out;
}

void decode_tcvn3(const std::vector<char32_t>& cps, std::size_t begin, std::size_t end, std::string& out) {
    const auto& t = tables();
    for (std::size_t i = begin; i < end; ++i) {
        const char32_t cp = cps[i];
        if (cp < 256 && t.tcvn3[cp] != nullptr)
            out.append(t.tcvn3[cp]);
        else
            detail::append_utf8(out, cp);
    }
}

/// A vowel that may still take a VNI mark byte in the lenient pass: plain
/// vowels and the vowels with quality marks but no tone yet.
bool takes_mark(char32_t cp) {
    switch (cp) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
    case 0x00E2: case 0x00C2: case 0x0103: case 0x0102: case 0x00EA: case 0x00CA:
    case 0x00F4: case 0x00D4: case 0x01A1: case 0x01A0: case 0x01B0: case 0x01AF:
        return true;
    default:
        return false;
    }
}

void decode_vni(const std::vector<char32_t>& cps, std::size_t begin, std::size_t end, std::string& out) {
    const auto& t = tables();
    char32_t last = 0;  // last decoded base character, 0 after a mark
    for (std::size_t i = begin; i < end; ++i) {
        const char32_t cp = cps[i];
        if (i + 1 < end && cp < 0x10000 && cps[i + 1] < 0x10000) {
            const auto it = t.vni_pair.find((static_cast<std::uint32_t>(cp) << 16) | cps[i + 1]);
            if (it != t.vni_pair.end()) {
                out.append(it->second);
                last = 0;
                ++i;
                continue;
            }
        }
        if (cp < 256 && t.vni_single[cp] != nullptr) {
            out.append(t.vni_single[cp]);
            // The horn letters still take a tone ("ôù" is a pair, but a
            // case-mixed "Ôù" only decodes leniently).
            last = (cp == 0xF4) ? 0x01A1 : (cp == 0xD4) ? 0x01A0 : (cp == 0xF6) ? 0x01B0 : (cp == 0xD6) ? 0x01AF : 0;
            continue;
        }
        if (cp < 256 && t.vni_mark[cp] != nullptr && takes_mark(last)) {
            out.append(t.vni_mark[cp]);
            last = 0;
            continue;
        }
        detail::append_utf8(out, cp);
        last = cp;
    }
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c != prefix[i]) return false;
    }
    return true;
}

/// The first family of a font list, without surrounding spaces or quotes.
std::string_view first_family(std::string_view font_name) {
    // A plain loop: find_first_of calls memchr once per character, and this
    // runs for every text run of every document.
    std::size_t sep = 0;
    while (sep < font_name.size() && font_name[sep] != ',' && font_name[sep] != ';') ++sep;
    font_name = font_name.substr(0, sep);
    auto junk = [](char c) { return c == ' ' || c == '\t' || c == '"' || c == '\''; };
    while (!font_name.empty() && junk(font_name.front())) font_name.remove_prefix(1);
    while (!font_name.empty() && junk(font_name.back())) font_name.remove_suffix(1);
    return font_name;
}

bool equals_nocase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && starts_with_nocase(a, b);
}

}  // namespace

bool is_legacy_capital_font(std::string_view font_name) {
    std::string_view family = first_family(font_name);
    if (!starts_with_nocase(family, ".vn")) return false;
    // Style words sometimes end up in the family name (".VnTimeH Bold").
    for (std::string_view style : {" bold", " italic", " regular", " bolditalic", " bold italic"}) {
        if (family.size() > style.size() && equals_nocase(family.substr(family.size() - style.size()), style)) {
            family.remove_suffix(style.size());
            break;
        }
    }
    while (!family.empty() && family.back() == ' ') family.remove_suffix(1);
    static constexpr std::string_view known[] = {".vntimeh", ".vnarialh", ".vnarial narrowh", ".vnavanth",
                                                 ".vnblackh", ".vncentury schoolbookh", ".vncourier newh",
                                                 ".vnhelvetinsh", ".vnbodonih"};
    for (std::string_view k : known)
        if (equals_nocase(family, k)) return true;
    return !family.empty() && (family.back() == 'H' || family.back() == 'h');
}

std::string legacy_to_unicode(std::string_view text, legacy_encoding enc) {
    const std::vector<char32_t> cps = code_points(text);
    const std::string decoded =
        enc == legacy_encoding::tcvn3 ? decode_words(cps, decode_tcvn3) : decode_words(cps, decode_vni);
    return to_nfc(decoded);
}

std::optional<legacy_encoding> legacy_encoding_of_font(std::string_view font_name) {
    // A font list ("VNI-Times, serif") is decided by its first family.
    font_name = first_family(font_name);
    if (starts_with_nocase(font_name, ".vn")) return legacy_encoding::tcvn3;
    if (starts_with_nocase(font_name, "vni")) return legacy_encoding::vni;
    return std::nullopt;
}

}  // namespace baocao::text
