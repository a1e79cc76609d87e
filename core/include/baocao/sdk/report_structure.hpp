// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A report's structure: the part each paragraph belongs to (header, title,
/// body, signature, annex ...) and the tree of its sections, as extract-sections
/// reads them. An extractor that runs after extract-sections (`runs_after()`
/// names it) finds it in `submission::structure` instead of telling the parts
/// apart again.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

/// What a line of a report is.
enum class part_role : std::uint8_t {
    empty,      ///< no text
    header,     ///< the block above the title: issuing body, number, place and date, national heading
    title,      ///< the kind line ("BÁO CÁO") and the title lines under it
    addressee,  ///< "Kính gửi:" and the addressees listed under it
    preamble,   ///< opening lines before the first heading that say what the report answers
    body,       ///< text of the body
    heading,    ///< a section's heading
    closing,    ///< the closing formula ("Trên đây là ...")
    signature,  ///< the signature block and "Nơi nhận"
    annex,      ///< what follows the signature: appendices, tables of figures
};

/// The role's name as written in logs and tests: "empty", "header", "title",
/// "addressee", "preamble", "body", "heading", "closing", "signature", "annex".
std::string_view role_name(part_role role);

/// One paragraph of a report in reading order; a table gives one line per
/// paragraph of its cells, row by row.
struct structure_line {
    std::string text;                   ///< as written, its label included ("1. Công tác ...")
    part_role role = part_role::body;
    int table = -1;                     ///< the enclosing top-level table's index, -1 outside tables
};

/// No line: a section without a merged title line.
inline constexpr std::size_t no_structure_line = std::numeric_limits<std::size_t>::max();

/// A section: a heading and what follows it up to the next heading of its level or higher.
struct structure_section {
    std::size_t heading = no_structure_line;     ///< the heading's line
    std::size_t title_line = no_structure_line;  ///< the title line a bare "Phần thứ nhất" takes, else no_structure_line
    std::string heading_text;                    ///< as written, label included (both lines when a title line is merged)
    std::string kind;                            ///< how it nests: a label kind ("roman", "decimal2"), "runin", "outline1", "caps", "bold"
    std::vector<std::size_t> body;               ///< its own body lines (a run-in heading's line first), not its children's
    std::vector<structure_section> children;
};

/// A report cut into its parts. Line numbers index `lines`.
struct report_structure {
    std::vector<structure_line> lines;
    std::string title;                           ///< the kind and title lines joined by "\n"; "" when none
    std::vector<std::size_t> intro;              ///< body lines before the first heading
    std::vector<structure_section> sections;     ///< the top-level sections in order
    std::vector<std::size_t> annex;              ///< the annex's lines

    /// The lines with this role, in reading order.
    std::vector<std::size_t> lines_of(part_role role) const;
};

}  // namespace baocao
