// SPDX-License-Identifier: Apache-2.0
// Hex digits and %XX escapes, shared by every reader of URLs and part names.
#include <baocao/sdk/text.hpp>

namespace baocao::text {

int hex_digit_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

namespace {

/// The byte a %XX escape at `at` stands for; -1 when `at` does not start one.
int escaped_byte(std::string_view s, std::size_t at) noexcept {
    if (s[at] != '%' || at + 2 >= s.size()) return -1;
    const int hi = hex_digit_value(s[at + 1]);
    const int lo = hex_digit_value(s[at + 2]);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

}  // namespace

std::string percent_decode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int byte = escaped_byte(s, i);
        if (byte < 0) {
            out.push_back(s[i]);
            continue;
        }
        out.push_back(static_cast<char>(byte));
        i += 2;
    }
    return out;
}

std::optional<std::string> percent_decode_strict(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out.push_back(s[i]);
            continue;
        }
        const int byte = escaped_byte(s, i);
        if (byte < 0) return std::nullopt;
        out.push_back(static_cast<char>(byte));
        i += 2;
    }
    return out;
}

}  // namespace baocao::text
