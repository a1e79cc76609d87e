// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The style sheet (STSH, [MS-DOC] 2.9.271) and the font table (SttbfFfn):
/// each style's name, built-in identifier and resolved properties, and the
/// font names runs refer to.

#include "fib.hpp"
#include "properties.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::doc {

struct style {
    std::string name;              ///< UTF-8 name as stored ("heading 1", "Normal")
    std::string id;                ///< the styleId Word gives it in .docx ("Heading1", "" for Normal)
    std::uint16_t sti = 0x0FFE;    ///< built-in identifier (0 Normal, 1..9 heading 1..9), 0x0FFE user style
    std::uint8_t kind = 0;         ///< stk: 1 paragraph, 2 character
    para_props para;               ///< resolved through the base styles
    char_props chars;              ///< resolved through the base styles
    std::string_view own_chpx;     ///< the style's own character modifiers (a view into the table stream)
    bool defined = false;
};

class style_sheet {
public:
    /// Reads the STSH; a missing or damaged sheet gives only the default style.
    /// Base-style chains are followed a bounded number of steps.
    style_sheet(std::string_view table, fc_lcb stshf);

    /// The style at `istd`, or the default (Normal) one when undefined.
    const style& at(std::size_t istd) const;
    /// The fonts the sheet names as defaults for ASCII and for other text.
    int default_font_ascii() const { return default_ascii_; }
    int default_font_other() const { return default_other_; }

private:
    void resolve(std::size_t istd, int depth);
    std::vector<style> styles_;
    std::vector<std::uint8_t> state_;   // 0 unresolved, 1 resolving, 2 resolved
    std::vector<std::uint16_t> base_;
    std::vector<std::string_view> own_papx_;
    style fallback_;
    int default_ascii_ = -1;
    int default_other_ = -1;
};

/// The font names of the SttbfFfn, indexed as runs refer to them.
std::vector<std::string> read_font_table(std::string_view table, fc_lcb sttbf_ffn);

/// Appends UTF-16LE text of `units` code units at `p` to `out` as UTF-8 (lone surrogates become U+FFFD).
void append_utf16le(std::string& out, std::string_view p, std::size_t units);

}  // namespace baocao::doc
