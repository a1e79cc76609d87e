// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Splits RTF text into its tokens (RTF 1.9.1, "RTF Syntax"): group
/// delimiters, control words with their optional signed parameter, control
/// symbols, hexadecimal bytes (\'hh), runs of plain text and the raw bytes
/// of \binN. It knows no control word's meaning besides \bin, whose data
/// would otherwise be read as text.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace baocao::rtf {

enum class token_kind : std::uint8_t {
    end,             ///< no input left
    group_open,      ///< {
    group_close,     ///< }
    control_word,    ///< \word or \wordN; `name`, `has_param`, `param`
    control_symbol,  ///< \ and one character that is no letter (\~, \-, \_, \*, \{ ...); `symbol`
    hex_byte,        ///< \'hh; `byte`
    text,            ///< plain characters up to the next \, { or }; CR and LF left out; `data`
    binary,          ///< the N bytes after \binN; `data`, cut at the input's end
};

struct token {
    token_kind kind = token_kind::end;
    std::string_view name;        ///< control word, letters only, at most 32 of them
    bool has_param = false;
    std::int32_t param = 0;       ///< clamped to the 32-bit range
    char symbol = 0;
    unsigned char byte = 0;
    std::string_view data;
};

class tokenizer {
public:
    explicit tokenizer(std::string_view input) : in_(input) {}
    /// The next token; `end` once the input is used up. A backslash or \'
    /// cut off by the end of the input gives `end`; \' followed by anything
    /// but two hexadecimal digits is dropped.
    token next();
    /// Bytes read so far.
    std::size_t position() const { return pos_; }

private:
    std::string_view in_;
    std::size_t pos_ = 0;

    token control();
};

}  // namespace baocao::rtf
