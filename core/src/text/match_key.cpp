// SPDX-License-Identifier: Apache-2.0
// match_key: the comparison key of Vietnamese text. Every diacritic goes, so
// old and new tone placement ("hòa"/"hoà", "thủy"/"thuỷ") fold together.
//
// The key of a string is the concatenation of per-code-point keys (dropping
// marks makes canonical reordering irrelevant), so the keys of the Latin
// ranges are computed once with ICU into a table and the common path is a
// table lookup per character.

#include "baocao/sdk/text.hpp"
#include "text/utf8_codec.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace baocao::text {

namespace {

/// What one code point contributes to a key.
struct cp_key {
    enum kind_t : unsigned char { keep, separator, drop } kind = separator;
    std::string text;  ///< UTF-8 to append when kind == keep
};

const icu::Normalizer2& nfkd_instance() {
    static const icu::Normalizer2* const nfkd = [] {
        UErrorCode ec = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKDInstance(ec);
        if (U_FAILURE(ec) || n == nullptr) throw std::runtime_error("ICU NFKD data unavailable");
        return n;
    }();
    return *nfkd;
}

bool is_mark(UChar32 c) {
    const auto mask = U_GET_GC_MASK(c);
    return (mask & (U_GC_MN_MASK | U_GC_ME_MASK | U_GC_MC_MASK)) != 0;
}

/// Key of one code point, from ICU: compatibility decomposition, marks and
/// ignorables dropped, "đ"/"Ð" to "d", simple case folding, non-alphanumerics
/// become separators.
cp_key compute_key(UChar32 c) {
    cp_key k;
    if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0 || c == 0x0189 || c == 0x0256) {
        k.kind = cp_key::keep;
        k.text.push_back('d');
        return k;
    }
    if (c == 0x200B) return k;  // zero-width space separates words
    if (is_mark(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
        k.kind = cp_key::drop;
        return k;
    }
    icu::UnicodeString decomposition;
    if (!nfkd_instance().getDecomposition(c, decomposition)) decomposition = icu::UnicodeString(c);
    bool any_separator = false;
    for (int32_t i = 0; i < decomposition.length();) {
        const UChar32 d = decomposition.char32At(i);
        i += U16_LENGTH(d);
        if (is_mark(d) || u_hasBinaryProperty(d, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) continue;
        if (d == 0x0110 || d == 0x0111) {
            k.text.push_back('d');
            continue;
        }
        if (!u_isalnum(d)) {
            // A compatibility form such as "½" or "ǆ" may mix letters and
            // punctuation; a separator in the middle is kept as a space.
            if (!k.text.empty()) any_separator = true;
            continue;
        }
        if (any_separator) {
            k.text.push_back(' ');
            any_separator = false;
        }
        detail::append_utf8(k.text, static_cast<char32_t>(u_foldCase(d, U_FOLD_CASE_DEFAULT)));
    }
    k.kind = k.text.empty() ? cp_key::separator : cp_key::keep;
    return k;
}

/// A key as the hot loops read it: the bytes inline, no indirection. Keys
/// longer than `capacity` (none in the precomputed ranges today) are marked
/// `unpacked` and recomputed when met.
struct packed_key {
    static constexpr std::size_t capacity = 11;
    char single = 0;        ///< the key when it is one byte long, 0 otherwise
    cp_key::kind_t kind = cp_key::separator;
    unsigned char size = 0;
    bool fits = true;       ///< the key is no longer than the code point's UTF-8, so writing it needs no room check
    bool unpacked = false;
    char text[capacity] = {};

    std::string_view view() const { return {text, size}; }
};

std::size_t utf8_length(UChar32 c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

packed_key pack(UChar32 c) {
    const cp_key k = compute_key(c);
    packed_key p;
    p.kind = k.kind;
    if (k.text.size() > packed_key::capacity) {
        p.unpacked = true;
        return p;
    }
    p.size = static_cast<unsigned char>(k.text.size());
    std::copy(k.text.begin(), k.text.end(), p.text);
    if (k.kind == cp_key::keep && k.text.size() == 1) p.single = k.text[0];
    p.fits = k.text.size() <= utf8_length(c);
    return p;
}

/// Precomputed keys: ASCII, Latin-1, Latin Extended A/B, IPA, spacing
/// modifiers, combining marks, Greek and Cyrillic (U+0000–U+052F), Latin Extended Additional
/// (U+1E00–U+1EFF, where most Vietnamese letters live), and the punctuation,
/// super/subscript, currency, letterlike and number-form blocks (U+2000–U+21FF:
/// dashes, curly quotes, ellipses, "№" and "Ⅳ" that Word puts in reports),
/// and U+FFFD, which every ill-formed byte reads as.
struct key_table {
    static constexpr UChar32 low_end = 0x0530;
    static constexpr UChar32 ext_begin = 0x1E00;
    static constexpr UChar32 ext_end = 0x1F00;
    static constexpr UChar32 punct_begin = 0x2000;
    static constexpr UChar32 punct_end = 0x2200;
    std::array<packed_key, low_end> low;
    std::array<packed_key, ext_end - ext_begin> ext;
    std::array<packed_key, punct_end - punct_begin> punct;
    packed_key replacement;
    /// The one-letter keys of the two-byte forms (U+0080–U+07FF, by code point
    /// less 0x80) and of U+1E00–U+1EFF (by code point less 0x1E00), 0 for any
    /// other key: the letters of Vietnamese, read straight from their bytes.
    std::array<char, 0x800 - 0x80> two_byte_letter{};
    std::array<char, ext_end - ext_begin> ext_letter{};

    key_table();

    const packed_key* find(char32_t c) const {
        if (c < static_cast<char32_t>(low_end)) return &low[c];
        if (c >= static_cast<char32_t>(ext_begin) && c < static_cast<char32_t>(ext_end)) return &ext[c - ext_begin];
        if (c >= static_cast<char32_t>(punct_begin) && c < static_cast<char32_t>(punct_end))
            return &punct[c - punct_begin];
        if (c == detail::replacement_char) return &replacement;
        return nullptr;
    }
};

// Out of line so that table() stays small enough to inline into the loops.
[[gnu::noinline]] key_table::key_table() {
    for (UChar32 c = 0; c < low_end; ++c) low[static_cast<std::size_t>(c)] = pack(c);
    for (UChar32 c = ext_begin; c < ext_end; ++c) ext[static_cast<std::size_t>(c - ext_begin)] = pack(c);
    for (UChar32 c = punct_begin; c < punct_end; ++c) punct[static_cast<std::size_t>(c - punct_begin)] = pack(c);
    for (UChar32 c = 0x80; c < low_end; ++c) two_byte_letter[static_cast<std::size_t>(c - 0x80)] = low[static_cast<std::size_t>(c)].single;
    for (std::size_t i = 0; i < ext.size(); ++i) ext_letter[i] = ext[i].single;
    replacement = pack(static_cast<UChar32>(detail::replacement_char));
    // U+FFFD also stands for a single ill-formed byte, which a longer key could outgrow.
    replacement.fits = replacement.kind != cp_key::keep || replacement.size <= 1;
}

inline const key_table& table() {
    static const key_table t;
    return t;
}

/// What a byte is in a key: an ASCII character kept, lower-cased; 0 for an
/// ASCII separator; `multibyte` for a byte of a longer UTF-8 sequence (or an ill-formed one).
constexpr char multibyte = 1;
constexpr std::array<char, 256> byte_key = [] {
    std::array<char, 256> a{};
    for (int c = '0'; c <= '9'; ++c) a[static_cast<std::size_t>(c)] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c) a[static_cast<std::size_t>(c)] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) a[static_cast<std::size_t>(c)] = static_cast<char>(c + 32);
    for (std::size_t b = 0x80; b < a.size(); ++b) a[b] = multibyte;
    return a;
}();

/// Room a key buffer has beyond the input's size, so that a separator's space never needs a check.
constexpr std::size_t key_slack = 8;

/// Grows `out` when a key longer than its UTF-8 might not fit; returns the write pointer.
inline char* make_room(std::string& out, char* o, std::size_t n, std::size_t key_size, bool fits, std::size_t unread,
                       std::size_t slack) {
    if (fits) return o;
    const std::size_t need = n + key_size + unread + slack;
    if (need <= out.size()) return o;
    out.resize(std::max(2 * out.size(), need));
    return out.data();
}

/// Where write_key stands after a step: input read up to `pos`, key written up to `n`.
struct key_step {
    std::size_t pos;
    std::size_t n;
    std::size_t words_left;
    bool complete;   ///< the last word wanted has ended
    bool spaced;     ///< a key with a space of its own was written ("⅓" → "1 3")
};

/// One step of write_key for a code point that is not a letter of the tables
/// (a separator, a mark, a key of several characters, anything outside the
/// tables), kept out of the loop that the letters run through.
[[gnu::noinline]] key_step write_other(const key_table& keys, std::string_view utf8, std::size_t pos, std::string& out,
                                       std::size_t n, std::size_t words_left) {
    const char32_t cp = detail::next_code_point(utf8, pos);
    const packed_key* known = keys.find(cp);
    cp_key computed;
    if (known == nullptr || known->unpacked) {
        // Outside the tables, or a key too long to pack: ICU, every time.
        computed = compute_key(static_cast<UChar32>(cp));
    }
    const bool packed = known != nullptr && !known->unpacked;
    const cp_key::kind_t kind = packed ? known->kind : computed.kind;
    char* o = out.data();
    bool spaced = false;
    if (kind == cp_key::separator) {
        if (n != 0 && o[n - 1] != ' ') {
            if (--words_left == 0) return {pos, n, words_left, true, false};
            o[n++] = ' ';
        }
    } else if (kind == cp_key::keep) {
        const std::string_view text = packed ? known->view() : std::string_view(computed.text);
        o = make_room(out, o, n, text.size(), packed && known->fits, utf8.size() - pos, key_slack);
        for (const char ch : text) o[n++] = ch;
        spaced = text.find(' ') != std::string_view::npos;
    }
    return {pos, n, words_left, false, spaced};
}

/// Writes the key of `utf8`, or of its first `max_words` words, over `out`.
/// This runs on every paragraph and every token, so output goes through a raw
/// pointer into a pre-sized buffer, a separator writes its space at once
/// (taken back at the end when nothing follows it), and the letters (ASCII
/// and the Vietnamese ones) cost a lookup and a store. Room: a step never
/// writes more bytes than it reads unless its key is longer than its UTF-8
/// ("ﬃ", "㎒"), so only those check, which keeps
/// `out.size() >= n + unread input + key_slack` true throughout.
std::size_t write_key(std::string_view utf8, std::string& out, std::size_t max_words) {
    const std::size_t size = utf8.size();
    if (out.size() < size + key_slack) out.resize(size + key_slack);
    char* o = out.data();
    std::size_t n = 0;
    // Counts down at each space between words; the key is complete at zero.
    std::size_t words_left = max_words;
    const key_table& keys = table();
    const auto* in = reinterpret_cast<const unsigned char*>(utf8.data());
    std::size_t pos = max_words == 0 ? size : 0;
    bool spaced = false;
    while (pos < size) {
        const unsigned b = in[pos];
        const char kind = byte_key[b];
        if (kind > multibyte) {
            o[n++] = kind;
            ++pos;
            continue;
        }
        if (kind == 0) {
            ++pos;
            if (n != 0 && o[n - 1] != ' ') {
                if (--words_left == 0) break;
                o[n++] = ' ';
            }
            continue;
        }
        // A letter of Vietnamese: a lead byte and continuation bytes that index its key.
        if (b - 0xC2 < 0x1E) {
            const unsigned low6 = pos + 1 < size ? in[pos + 1] ^ 0x80u : 0xFFu;
            if (low6 < 0x40) {
                if (const char k = keys.two_byte_letter[(b - 0xC2) * 0x40 + low6]; k != 0) {
                    o[n++] = k;
                    pos += 2;
                    continue;
                }
            }
        } else if (b == 0xE1 && pos + 2 < size) {
            const unsigned block = in[pos + 1] - 0xB8u;
            const unsigned low6 = in[pos + 2] ^ 0x80u;
            if (block < 4 && low6 < 0x40) {
                if (const char k = keys.ext_letter[block * 0x40 + low6]; k != 0) {
                    o[n++] = k;
                    pos += 3;
                    continue;
                }
            }
        }
        const key_step step = write_other(keys, utf8, pos, out, n, words_left);
        o = out.data();
        n = step.n;
        pos = step.pos;
        words_left = step.words_left;
        spaced = spaced || step.spaced;
        if (step.complete) break;
    }
    // Each space written counted a word down, and so did the one that ended
    // the last word wanted, which was not written; one at the end is taken back.
    std::size_t spaces = max_words - words_left - (words_left == 0 ? 1 : 0);
    if (n != 0 && o[n - 1] == ' ') {
        --n;
        --spaces;
    }
    std::size_t words = n == 0 ? 0 : spaces + 1;
    if (spaced) {
        // A compatibility key's own space separates words too: count again, and cut at the limit.
        words = n == 0 ? 0 : 1;
        for (std::size_t i = 0; i < n; ++i)
            if (o[i] == ' ' && ++words > max_words) {
                n = i;
                words = max_words;
                break;
            }
    }
    out.resize(n);
    return words;
}

}  // namespace

namespace detail {

std::string fold_for_scan(std::string_view utf8, std::vector<std::size_t>* offsets) {
    std::string out;
    out.reserve(utf8.size());
    if (offsets != nullptr) {
        offsets->clear();
        offsets->reserve(utf8.size() + 1);
    }
    const key_table& keys = table();
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const std::size_t start = pos;
        const char32_t cp = next_code_point(utf8, pos);
        const std::size_t before = out.size();
        if (cp < 0x80) {
            char c = static_cast<char>(cp);
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            if (cp < 0x20 || cp == 0x7F) c = ' ';
            out.push_back(c);
        } else if (is_space(cp)) {
            out.push_back(' ');
        } else if (u_charType(static_cast<UChar32>(cp)) == U_DASH_PUNCTUATION) {
            out.push_back('-');
        } else {
            const packed_key* known = keys.find(cp);
            if (known == nullptr || known->unpacked) {
                const cp_key computed = compute_key(static_cast<UChar32>(cp));
                if (computed.kind == cp_key::keep) out.append(computed.text);
                else if (computed.kind == cp_key::separator) out.push_back(' ');
            } else if (known->kind == cp_key::keep) {
                out.append(known->view());
            } else if (known->kind == cp_key::separator) {
                out.push_back(' ');
            }
        }
        if (offsets != nullptr)
            for (std::size_t i = before; i < out.size(); ++i) offsets->push_back(start);
    }
    if (offsets != nullptr) offsets->push_back(utf8.size());
    return out;
}

}  // namespace detail

std::string match_key(std::string_view utf8) {
    // Made at its full size at once: growing an empty string costs a reallocation's bookkeeping.
    std::string out(utf8.size() + key_slack, '\0');
    write_key(utf8, out, std::string::npos);
    return out;
}

std::size_t assign_match_key(std::string& out, std::string_view utf8, std::size_t max_words) {
    return write_key(utf8, out, max_words);
}

char single_letter_key(char32_t c) {
    if (c < 0x80) return byte_key[c];   // 0 for a separator
    const key_table& t = table();
    if (c < static_cast<char32_t>(key_table::low_end)) return t.two_byte_letter[c - 0x80];
    if (c >= static_cast<char32_t>(key_table::ext_begin) && c < static_cast<char32_t>(key_table::ext_end))
        return t.ext_letter[c - key_table::ext_begin];
    // Beyond the tables (fullwidth forms, ligatures ...): keyed the long way.
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return '\0';
    std::string utf8;
    detail::append_utf8(utf8, c);
    const std::string key = match_key(utf8);
    return key.size() == 1 ? key[0] : '\0';
}

key_letter first_key_letter(std::string_view utf8) {
    if (utf8.empty()) return {};
    if (const auto b = static_cast<unsigned char>(utf8[0]); b < 0x80) return {byte_key[b], 1};
    std::size_t bytes = 0;
    const char32_t c = detail::next_code_point(utf8, bytes);
    return {single_letter_key(c), bytes};
}

}  // namespace baocao::text
