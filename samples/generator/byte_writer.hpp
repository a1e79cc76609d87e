// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Little-endian numbers written into a byte string, as the binary Office
/// formats store them.

#include <cstddef>
#include <cstdint>
#include <string>

namespace baocao::samplegen {

/// Writes `v` little-endian into `s` at `at`, growing `s` with zeros as needed.
inline void put16(std::string& s, std::size_t at, std::uint16_t v) {
    if (s.size() < at + 2) s.resize(at + 2, '\0');
    s[at] = static_cast<char>(v & 0xFF);
    s[at + 1] = static_cast<char>(v >> 8);
}

inline void put32(std::string& s, std::size_t at, std::uint32_t v) {
    put16(s, at, static_cast<std::uint16_t>(v & 0xFFFF));
    put16(s, at + 2, static_cast<std::uint16_t>(v >> 16));
}

/// Appends `v` little-endian to `s`.
inline void append16(std::string& s, std::uint16_t v) { put16(s, s.size(), v); }
inline void append32(std::string& s, std::uint32_t v) { put32(s, s.size(), v); }

}  // namespace baocao::samplegen
