// SPDX-License-Identifier: Apache-2.0
#include "rtf_tokenizer.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <limits>

namespace baocao::rtf {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The specification allows 32 letters in a control word; longer ones are no word any reader knows.
constexpr std::size_t max_word_letters = 32;
/// Digits past these add nothing a 32-bit parameter can hold; they are read and dropped.
constexpr int max_param_digits = 10;

token of_kind(token_kind kind) {
    token t;
    t.kind = kind;
    return t;
}

}  // namespace

token tokenizer::next() {
    for (;;) {
        if (pos_ >= in_.size()) return {};
        const char c = in_[pos_];
        if (c == '{') {
            ++pos_;
            return of_kind(token_kind::group_open);
        }
        if (c == '}') {
            ++pos_;
            return of_kind(token_kind::group_close);
        }
        if (c == '\\') {
            const token t = control();
            if (t.kind == token_kind::end && pos_ < in_.size()) continue;   // a \' without hex digits
            return t;
        }
        if (c == '\r' || c == '\n') {
            ++pos_;   // line ends in RTF text are only there for the file's readers
            continue;
        }
        const std::size_t from = pos_;
        while (pos_ < in_.size() && in_[pos_] != '\\' && in_[pos_] != '{' && in_[pos_] != '}' && in_[pos_] != '\r' &&
               in_[pos_] != '\n')
            ++pos_;
        token t = of_kind(token_kind::text);
        t.data = in_.substr(from, pos_ - from);
        return t;
    }
}

token tokenizer::control() {
    ++pos_;   // the backslash
    if (pos_ >= in_.size()) return {};
    const char c = in_[pos_];
    if (!is_letter(c)) {
        ++pos_;
        if (c == '\'') {
            if (pos_ + 2 > in_.size()) {
                pos_ = in_.size();
                return {};
            }
            const int hi = text::hex_digit_value(in_[pos_]);
            const int lo = text::hex_digit_value(in_[pos_ + 1]);
            if (hi < 0 || lo < 0) return {};   // dropped; the characters after it are read as they come
            pos_ += 2;
            token t = of_kind(token_kind::hex_byte);
            t.byte = static_cast<unsigned char>(hi * 16 + lo);
            return t;
        }
        if (c == '\r' || c == '\n') {
            // A backslash before a line end is a paragraph mark (\par), as Word reads it.
            token t = of_kind(token_kind::control_word);
            t.name = "par";
            return t;
        }
        token t = of_kind(token_kind::control_symbol);
        t.symbol = c;
        return t;
    }
    const std::size_t from = pos_;
    while (pos_ < in_.size() && is_letter(in_[pos_])) ++pos_;
    token t = of_kind(token_kind::control_word);
    t.name = in_.substr(from, std::min(pos_ - from, max_word_letters));
    bool negative = false;
    if (pos_ + 1 < in_.size() && in_[pos_] == '-' && is_digit(in_[pos_ + 1])) {
        negative = true;
        ++pos_;
    }
    if (pos_ < in_.size() && is_digit(in_[pos_])) {
        std::int64_t value = 0;
        int digits = 0;
        while (pos_ < in_.size() && is_digit(in_[pos_])) {
            if (digits++ < max_param_digits) value = value * 10 + (in_[pos_] - '0');
            ++pos_;
        }
        if (negative) value = -value;
        value = std::clamp<std::int64_t>(value, std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max());
        t.has_param = true;
        t.param = static_cast<std::int32_t>(value);
    }
    // One space ends a control word and belongs to it.
    if (pos_ < in_.size() && in_[pos_] == ' ') ++pos_;
    if (t.name == "bin") {
        // The next N bytes are data, whatever they look like; a length past the end takes what there is.
        const std::size_t wanted = t.has_param && t.param > 0 ? static_cast<std::size_t>(t.param) : 0;
        const std::size_t n = std::min(wanted, in_.size() - pos_);
        token b = of_kind(token_kind::binary);
        b.data = in_.substr(pos_, n);
        b.has_param = t.has_param;
        b.param = t.param;
        pos_ += n;
        return b;
    }
    return t;
}

}  // namespace baocao::rtf
