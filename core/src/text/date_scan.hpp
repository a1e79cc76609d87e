// SPDX-License-Identifier: Apache-2.0
#pragma once
// A cursor over ASCII-structured date text, shared by the date parsers.

#include <cstddef>
#include <string_view>

namespace baocao::dates::detail {

/// Reads digits, literal characters and spaces from a string, left to right.
class scanner {
public:
    explicit scanner(std::string_view s) : s_(s) {}

    /// Character at the cursor (+ahead), or '\0' past the end.
    char peek(std::size_t ahead = 0) const { return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : '\0'; }
    /// True at the end of the input.
    bool done() const { return pos_ >= s_.size(); }
    /// Cursor position in bytes.
    std::size_t pos() const { return pos_; }
    /// Moves the cursor.
    void seek(std::size_t p) { pos_ = p; }
    /// The unread rest of the input.
    std::string_view rest() const { return s_.substr(pos_ < s_.size() ? pos_ : s_.size()); }

    /// Consumes `c` when it is next.
    bool take(char c) {
        if (peek() == c && !done()) {
            ++pos_;
            return true;
        }
        return false;
    }

    /// Skips ASCII spaces and tabs (and CR/LF).
    void skip_spaces() {
        while (!done() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) ++pos_;
    }

    /// Reads between `min` and `max` decimal digits into `value`.
    bool digits(int min, int max, int& value) {
        std::size_t p = pos_;
        int v = 0;
        int n = 0;
        while (p < s_.size() && n < max && s_[p] >= '0' && s_[p] <= '9') {
            v = v * 10 + (s_[p] - '0');
            ++p;
            ++n;
        }
        if (n < min) return false;
        // More digits than allowed means a different, longer number.
        if (p < s_.size() && s_[p] >= '0' && s_[p] <= '9') return false;
        value = v;
        pos_ = p;
        return true;
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
};

}  // namespace baocao::dates::detail
