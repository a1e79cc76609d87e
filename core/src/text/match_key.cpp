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

/// Precomputed keys: ASCII, Latin-1, Latin Extended A/B, IPA, spacing
/// modifiers and combining marks (U+0000–U+036F), Latin Extended Additional
/// (U+1E00–U+1EFF, where most Vietnamese letters live), and the punctuation,
/// super/subscript, currency, letterlike and number-form blocks (U+2000–U+21FF:
/// dashes, curly quotes, ellipses, "№" and "Ⅳ" that Word puts in reports).
struct key_table {
    static constexpr UChar32 low_end = 0x0370;
    static constexpr UChar32 ext_begin = 0x1E00;
    static constexpr UChar32 ext_end = 0x1F00;
    static constexpr UChar32 punct_begin = 0x2000;
    static constexpr UChar32 punct_end = 0x2200;
    std::array<cp_key, low_end> low;
    std::array<cp_key, ext_end - ext_begin> ext;
    std::array<cp_key, punct_end - punct_begin> punct;

    key_table() {
        for (UChar32 c = 0; c < low_end; ++c) low[static_cast<std::size_t>(c)] = compute_key(c);
        for (UChar32 c = ext_begin; c < ext_end; ++c) ext[static_cast<std::size_t>(c - ext_begin)] = compute_key(c);
        for (UChar32 c = punct_begin; c < punct_end; ++c)
            punct[static_cast<std::size_t>(c - punct_begin)] = compute_key(c);
    }

    const cp_key* find(char32_t c) const {
        if (c < static_cast<char32_t>(low_end)) return &low[c];
        if (c >= static_cast<char32_t>(ext_begin) && c < static_cast<char32_t>(ext_end)) return &ext[c - ext_begin];
        if (c >= static_cast<char32_t>(punct_begin) && c < static_cast<char32_t>(punct_end))
            return &punct[c - punct_begin];
        return nullptr;
    }
};

const key_table& table() {
    static const key_table t;
    return t;
}

/// ASCII characters kept in a key, lower-cased; 0 marks a separator.
constexpr std::array<char, 128> ascii_key = [] {
    std::array<char, 128> a{};
    for (int c = '0'; c <= '9'; ++c) a[static_cast<std::size_t>(c)] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c) a[static_cast<std::size_t>(c)] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) a[static_cast<std::size_t>(c)] = static_cast<char>(c + 32);
    return a;
}();

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
            const cp_key* known = keys.find(cp);
            cp_key computed;
            if (known == nullptr) {
                computed = compute_key(static_cast<UChar32>(cp));
                known = &computed;
            }
            if (known->kind == cp_key::keep) out.append(known->text);
            else if (known->kind == cp_key::separator) out.push_back(' ');
        }
        if (offsets != nullptr)
            for (std::size_t i = before; i < out.size(); ++i) offsets->push_back(start);
    }
    if (offsets != nullptr) offsets->push_back(utf8.size());
    return out;
}

}  // namespace detail

std::string match_key(std::string_view utf8) {
    // This runs on every paragraph and every token, so output goes through a
    // raw pointer into a pre-sized string. Room: an ASCII byte or separator
    // never writes more than it reads (a space is paid for by the separator
    // before it), so only keys longer than their UTF-8 ("ﬃ", "㎒") need a check,
    // which keeps `out.size() >= n + unread input + slack` true throughout.
    constexpr std::size_t slack = 8;
    std::string out;
    out.resize(utf8.size() + slack);
    char* o = out.data();
    std::size_t n = 0;
    bool pending_space = false;
    const key_table& keys = table();
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto b = static_cast<unsigned char>(utf8[pos]);
        if (b < 0x80) {
            ++pos;
            const char k = ascii_key[b];
            if (k == 0) {
                pending_space = true;
                continue;
            }
            if (pending_space && n != 0) o[n++] = ' ';
            pending_space = false;
            o[n++] = k;
            continue;
        }
        const char32_t cp = detail::next_code_point(utf8, pos);
        const cp_key* known = keys.find(cp);
        cp_key computed;
        if (known == nullptr) {
            computed = compute_key(static_cast<UChar32>(cp));
            known = &computed;
        }
        switch (known->kind) {
        case cp_key::keep: {
            const std::size_t len = known->text.size();
            const std::size_t need = n + 1 + len + (utf8.size() - pos) + slack;
            if (need > out.size()) {
                out.resize(std::max(2 * out.size(), need));
                o = out.data();
            }
            if (pending_space && n != 0) o[n++] = ' ';
            pending_space = false;
            // Keys are one to three bytes nearly always: a loop beats a memcpy call.
            for (const char ch : known->text) o[n++] = ch;
            break;
        }
        case cp_key::separator: pending_space = true; break;
        case cp_key::drop: break;
        }
    }
    out.resize(n);
    return out;
}

}  // namespace baocao::text
