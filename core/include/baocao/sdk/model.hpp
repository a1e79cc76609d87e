// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The document model: what a parser reads out of a report, as evidence
/// (styles, outline levels, numbering labels, emphasis), not conclusions.
/// Extractors decide what is a heading; the parser only records what it saw.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace baocao {

/// One run of text with uniform formatting, already converted to Unicode NFC.
struct text_run {
    std::string text;        ///< UTF-8, NFC; tabs as '\t', breaks as '\n'
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool caps = false;       ///< displayed in capitals (w:caps), whatever the stored case
    std::string font;        ///< effective font name as Word resolves it ("" when unknown)
};

/// A run of plain text with no formatting.
inline text_run plain_run(std::string text) {
    text_run r;
    r.text = std::move(text);
    return r;
}

/// Paragraph alignment as written in the document (jc).
enum class alignment : std::uint8_t { unspecified, left, center, right, both };

struct paragraph {
    std::string style_id;          ///< w:pStyle value ("" for the default style)
    std::string style_name;        ///< the style's display name ("heading 1", "Normal")
    int outline_level = -1;        ///< 0-based outline level from the paragraph or its styles, -1 for body text
    std::string numbering_label;   ///< the label Word shows ("I.", "1.", "a)", "•"), "" when unnumbered
    int numbering_level = -1;      ///< ilvl of the numbering, -1 when unnumbered
    std::string numbering_id;      ///< w:numId the label came from ("" when unnumbered)
    alignment align = alignment::unspecified;
    std::vector<text_run> runs;

    /// The paragraph's text: all runs concatenated (without the numbering label).
    std::string text() const;
    /// True when every run carrying visible text is bold.
    bool all_bold() const;
    /// True when the paragraph's letters all display as capitals (stored upper case or w:caps).
    bool all_caps() const;
};

struct table;

/// A block is a paragraph or a table, in document order.
using block = std::variant<paragraph, table>;

struct table_cell {
    std::vector<block> blocks;
    int grid_span = 1;             ///< horizontally merged columns
    bool vertical_continuation = false; ///< w:vMerge continuation of the cell above
};

struct table_row {
    std::vector<table_cell> cells;
};

struct table {
    std::vector<table_row> rows;
    bool borderless = false;       ///< no visible borders (typical of header and signature blocks)
    std::string style_id;
};

/// Text outside the body: footnotes, endnotes, comments, headers and footers.
struct document_part {
    std::string kind;              ///< "footnote", "endnote", "comment", "header", "footer"
    std::string id;                ///< the part's own id (footnote id, comment id, part name)
    std::vector<block> blocks;
};

/// Core properties of the package (docProps/core.xml).
struct document_metadata {
    std::string title;
    std::string subject;
    std::string creator;
    std::string last_modified_by;
    std::string created;           ///< as written (W3CDTF), "" when absent
    std::string modified;
};

struct document {
    document_metadata metadata;
    std::vector<block> body;
    std::vector<document_part> parts;
};

/// Visits every paragraph of a block list in reading order, descending into tables.
template <typename Fn>
void for_each_paragraph(const std::vector<block>& blocks, Fn&& fn);

/// The plain text of a block list, paragraphs separated by '\n', cells by '\t',
/// each paragraph prefixed by its numbering label and a space when it has one.
std::string plain_text(const std::vector<block>& blocks);

/// The text of one paragraph with its numbering label ("I. MỤC ĐÍCH").
std::string labelled_text(const paragraph& p);

// ---- implementation of the template ----
template <typename Fn>
void for_each_paragraph(const std::vector<block>& blocks, Fn&& fn) {
    for (const block& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            fn(*p);
        } else {
            for (const table_row& r : std::get<table>(b).rows)
                for (const table_cell& c : r.cells) for_each_paragraph(c.blocks, fn);
        }
    }
}

}  // namespace baocao
