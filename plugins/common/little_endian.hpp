// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Little-endian reads from a byte view. A read past the end gives 0, so a
/// truncated structure reads as empty fields, never outside the buffer;
/// callers check sizes where a zero would be taken for data.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace baocao::plugins {

/// The byte at `off`, 0 past the end.
inline std::uint8_t u8(std::string_view s, std::size_t off) {
    return off < s.size() ? static_cast<std::uint8_t>(s[off]) : 0;
}
/// The 16-bit little-endian value at `off`, 0 when it does not fit.
inline std::uint16_t u16(std::string_view s, std::size_t off) {
    if (off > s.size() || s.size() - off < 2) return 0;
    return static_cast<std::uint16_t>(static_cast<std::uint8_t>(s[off]) | static_cast<std::uint8_t>(s[off + 1]) << 8);
}
/// The 32-bit little-endian value at `off`, 0 when it does not fit.
inline std::uint32_t u32(std::string_view s, std::size_t off) {
    if (off > s.size() || s.size() - off < 4) return 0;
    return std::uint32_t(u16(s, off)) | std::uint32_t(u16(s, off + 2)) << 16;
}
/// True when `[off, off + n)` lies inside `s`.
inline bool fits(std::string_view s, std::uint64_t off, std::uint64_t n) {
    return off <= s.size() && s.size() - off >= n;
}
/// The bytes `[off, off + n)`, clipped to the view.
inline std::string_view slice(std::string_view s, std::uint64_t off, std::uint64_t n) {
    if (off >= s.size()) return {};
    return s.substr(static_cast<std::size_t>(off), static_cast<std::size_t>(n < s.size() - off ? n : s.size() - off));
}

}  // namespace baocao::plugins
