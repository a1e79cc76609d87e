// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Writes the draft synthesis (the same model as draft.docx) as CommonMark
/// with pipe tables.

#include <baocao/sdk/draft.hpp>

#include <string>
#include <string_view>

namespace baocao::markdown {

/// The whole draft as Markdown, ending with one newline.
std::string render(const draft::document& d);

/// A source in a footnote: "Huyện ủy Can Lộc, bc.docx, II. KẾT QUẢ (đoạn 3)".
std::string source_line(const draft::source_ref& s);

/// `s` with Markdown's inline markup characters escaped, so report text prints
/// as written; with `block_start`, a leading "#", "1." or ">" is made literal too
/// (text that begins a paragraph). "-" and "+" bullets are kept as lists.
std::string escape(std::string_view s, bool block_start = true);

/// `s` escaped for a pipe-table cell (also "|" and line breaks).
std::string escape_cell(std::string_view s);

}  // namespace baocao::markdown
