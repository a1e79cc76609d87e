// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Writes the draft synthesis (the same model as draft.docx) as CommonMark
/// with pipe tables.

#include <baocao/sdk/draft.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace baocao::markdown {

/// Takes the Markdown in pieces.
using markdown_sink = std::function<void(std::string_view)>;

/// The whole draft as Markdown, ending with one newline.
std::string render(const draft::document& d);

/// The same bytes as render(d), given to `sink` in pieces of about a megabyte,
/// so that a draft citing thousands of units is never whole in memory.
void render(const draft::document& d, const markdown_sink& sink);

/// A source in a footnote: "Huyện ủy Can Lộc, bc.docx, II. KẾT QUẢ (đoạn 3)".
std::string source_line(const draft::source_ref& s);

/// `s` with Markdown's inline markup characters escaped, so report text prints
/// as written; with `block_start`, a leading "#", "1." or ">" is made literal too
/// (text that begins a paragraph). "-" and "+" bullets are kept as lists.
std::string escape(std::string_view s, bool block_start = true);

/// `s` escaped for a pipe-table cell (also "|" and line breaks).
std::string escape_cell(std::string_view s);

}  // namespace baocao::markdown
