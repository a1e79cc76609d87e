// SPDX-License-Identifier: Apache-2.0
// Vietnamese text has a byte above 0x7F every few bytes, alternating between
// two- and three-byte letters, so reading it byte by byte stalls on branches
// the processor cannot guess. With SSE2 the test reads sixteen bytes at a
// time and compares bit masks instead: which bytes are lead bytes of each
// allowed kind, and where their continuation bytes must then be.
#include "nfc_check.hpp"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace baocao::docx {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

bool trivially_nfc_bytewise(std::string_view s) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = at(i);
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xC2 && c <= 0xCB) {
            if (i + 1 >= s.size() || !is_continuation(at(i + 1))) return false;
            i += 2;
        } else if (c == 0xE1) {
            if (i + 2 >= s.size() || at(i + 1) < 0xB8 || at(i + 1) > 0xBB || !is_continuation(at(i + 2))) return false;
            i += 3;
        } else if (c == 0xE2) {
            if (i + 2 >= s.size() || at(i + 1) != 0x80 || at(i + 2) < 0x90 || at(i + 2) > 0xA7) return false;
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

namespace {

#if defined(__SSE2__)

/// Bit i set when byte i of `v` is in lo..hi (unsigned).
std::uint32_t in_range(__m128i v, unsigned char lo, unsigned char hi) {
    const __m128i at_least = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(static_cast<char>(lo))), v);
    const __m128i at_most = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(static_cast<char>(hi))), v);
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_and_si128(at_least, at_most)));
}

std::uint32_t equal_to(__m128i v, unsigned char b) {
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(b)))));
}

/// What a block requires of the bytes after it, and whether it failed.
struct block_state {
    // Bits 0 and 1: positions at the start of the next block that must be
    // a continuation byte; one in B8..BB (after E1); 0x80 (after E2); one in
    // 90..A7 (second after E2).
    std::uint32_t continuation = 0, after_e1 = 0, after_e2 = 0, second_after_e2 = 0;
};

/// Checks 16 bytes against what the bytes before them require; false on any fault.
bool check_block(__m128i v, block_state& st) {
    const auto high = static_cast<std::uint32_t>(_mm_movemask_epi8(v));
    if (high == 0 && (st.continuation | st.after_e1 | st.after_e2 | st.second_after_e2) == 0) return true;
    const std::uint32_t continuation = in_range(v, 0x80, 0xBF);
    const std::uint32_t lead2 = in_range(v, 0xC2, 0xCB);
    const std::uint32_t e1 = equal_to(v, 0xE1);
    const std::uint32_t e2 = equal_to(v, 0xE2);
    // Any other byte from 0x80 up: a lead byte of a code point NFC may
    // change or of another script, or no lead byte at all.
    if (high & ~(continuation | lead2 | e1 | e2)) return false;
    const std::uint32_t lead3 = e1 | e2;
    const std::uint32_t wanted_continuation = ((lead2 | lead3) << 1) | (lead3 << 2) | st.continuation;
    if ((wanted_continuation & 0xFFFF) != continuation) return false;
    const std::uint32_t wanted_b8_bb = (e1 << 1) | st.after_e1;
    const std::uint32_t wanted_80 = (e2 << 1) | st.after_e2;
    const std::uint32_t wanted_90_a7 = (e2 << 2) | st.second_after_e2;
    if ((wanted_b8_bb & 0xFFFF) & ~in_range(v, 0xB8, 0xBB)) return false;
    if ((wanted_80 & 0xFFFF) & ~equal_to(v, 0x80)) return false;
    if ((wanted_90_a7 & 0xFFFF) & ~in_range(v, 0x90, 0xA7)) return false;
    st.continuation = wanted_continuation >> 16;
    st.after_e1 = wanted_b8_bb >> 16;
    st.after_e2 = wanted_80 >> 16;
    st.second_after_e2 = wanted_90_a7 >> 16;
    return true;
}

#endif

}  // namespace

bool trivially_nfc(std::string_view s) {
#if defined(__SSE2__)
    block_state st;
    std::size_t i = 0;
    for (; i + 16 <= s.size(); i += 16)
        if (!check_block(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)), st)) return false;
    // The tail, padded with NUL bytes: ASCII, so a sequence cut short by the
    // end of the text shows as a missing continuation byte.
    alignas(16) char tail[16] = {};
    std::memcpy(tail, s.data() + i, s.size() - i);
    if (!check_block(_mm_load_si128(reinterpret_cast<const __m128i*>(tail)), st)) return false;
    return (st.continuation | st.after_e1 | st.after_e2 | st.second_after_e2) == 0;
#else
    return trivially_nfc_bytewise(s);
#endif
}

}  // namespace baocao::docx
