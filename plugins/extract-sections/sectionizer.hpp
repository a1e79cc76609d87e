// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The sectionizer: turns a report's blocks into its header, title, body
/// sections (a tree, from heading evidence) and signature, keeping the
/// evidence each decision rests on.

#include "key_opening.hpp"
#include "text_store.hpp"

#include <baocao/sdk/labels.hpp>

#include <baocao/sdk/model.hpp>
#include <baocao/sdk/report_structure.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::sections {

using text::classify_label;
using text::kind_name;
using text::label_info;
using text::label_kind;
using text::rank_of;
using text::typed_label;

/// What a line of the report is: the SDK's roles, which extract-sections publishes.
using line_role = part_role;

/// One paragraph of the report in reading order (table cells give one line per paragraph).
///
/// Most lines are only ever tested on how they begin, and only a few on how
/// many words they have, so a line makes the first words of its match key
/// when a test first asks, as many as that test needs, and the whole key only
/// when asked for it. A line is therefore not to be read from several threads
/// at once; a report is read by one. Its texts live in the report's store.
struct line {
    std::string_view text;         ///< as written, with its label ("1. Công tác ...")
    std::size_t content_from = 0;  ///< where the text without its label begins in `text`
    label_info label;
    bool parser_label = false; ///< the label came from Word's numbering
    bool bold = false, caps = false, italic = false, centered = false;
    int outline = -1;          ///< outline level from the style, -1 for body text
    std::string_view lead;     ///< a run-in bold heading as written ("1. Công tác tuyên truyền:"), "" when none
    std::string lead_key;      ///< match key of the lead without its label
    std::string_view rest;     ///< the body text after a run-in lead
    int table = -1;            ///< index of the enclosing top-level table, -1 outside tables
    bool layout_table = false; ///< the table is borderless (header and signature blocks)
    line_role role = line_role::body;
    /// Words its head is first made with: a few for most lines; for a line
    /// that may be a heading, enough for the length tests it will meet.
    std::size_t head_words = 3;

    /// The text without its label, trimmed.
    std::string_view content() const { return text.substr(content_from); }

    /// The text this line adds to a section's body (the part after a run-in lead).
    std::string_view body_text() const { return lead.empty() ? text : rest; }

    /// True when content() has a word.
    bool has_words() const { return opening_.first != 0 || !head(1).empty(); }
    /// True when the match key of content() begins with `prefix` (bytes, not whole words: "bieu" begins "bieu duong").
    bool begins_with(std::string_view prefix) const { return !ruled_out_by_opening(prefix) && head_begins_with(prefix); }
    /// True when the match key of content() is `expected`.
    bool key_is(std::string_view expected) const { return !ruled_out_by_opening(expected) && head_is(expected); }
    /// True when content() has at most `n` words.
    bool words_at_most(std::size_t n) const;
    /// The match key of content().
    const std::string& key() const;
    /// The match key of content(), moved out of the line, which keys its text again if asked later.
    std::string take_key();
    /// Reads the key's opening off the text; called once `text` and `content_from` are set.
    void read_opening() { opening_ = key_opening_of(content()); }

private:
    /// True when the key's opening, as far as known, shows the key cannot begin with `start`.
    bool ruled_out_by_opening(std::string_view start) const {
        if (start.empty()) return false;
        const key_opening& o = opening_;
        if (o.first == 0) return false;
        if (o.first != start[0]) return true;
        if (start.size() < 2 || o.second == 0) return false;
        // A key whose first word is one letter has a space or nothing after it, never a letter.
        return o.second == ' ' ? start[1] != ' ' : o.second != start[1];
    }
    bool head_begins_with(std::string_view prefix) const;
    bool head_is(std::string_view expected) const;
    /// The match key of content() as far as at least its first `words` words, or whole.
    const std::string& head(std::size_t words) const;
    /// True when the head made is the whole key.
    bool head_is_key() const { return head_count_ < head_limit_; }

    mutable std::string head_;
    mutable std::size_t head_limit_ = 0;   ///< words the head was made for, 0 before it is made
    mutable std::size_t head_count_ = 0;   ///< words of head_
    mutable std::string key_;              ///< key() when longer than the head, once made
    mutable bool keyed_ = false;
    key_opening opening_;   ///< the key's opening as far as the text's first characters tell it
};

inline constexpr std::size_t no_line = std::numeric_limits<std::size_t>::max();

/// A section: a heading and what follows it up to the next heading of its level or higher.
struct section {
    std::size_t heading = no_line;       ///< line of the heading
    std::size_t title_line = no_line;    ///< a title line merged into a bare "Phần thứ nhất"
    std::string heading_text;            ///< the heading as written, label included (two lines when merged)
    std::string heading_key;             ///< match key of the heading's words, labels excluded
    std::string kind;                    ///< nesting kind ("roman", "decimal2", "caps", "outline1")
    std::vector<std::size_t> body;       ///< body lines (a run-in heading's own line comes first)
    std::vector<section> children;
};

/// A report cut into its parts. Its lines' texts are views into its store,
/// so it moves but does not copy.
struct sectioned_report {
    text_store store;                    ///< the lines' texts
    std::vector<line> lines;
    std::string title;                   ///< kind and title lines joined by "\n" ("BÁO CÁO\nSơ kết ...")
    std::vector<std::size_t> intro;      ///< body lines before the first heading (preamble excluded)
    std::vector<section> sections;       ///< top-level sections in order
    std::vector<std::size_t> annex;      ///< lines after the signature (appendices)
};

/// Reads the document's paragraphs, table cells included, into `out.lines`,
/// their texts into `out.store` (line_reader.cpp).
void read_lines(const document& doc, sectioned_report& out);

/// The last visible character of a text (after trailing spaces, tabs and '*').
char last_char(std::string_view s);

/// Cuts a document into header, title, sections, signature and annex. Thread-safe, no I/O.
sectioned_report sectionize(const document& doc);

/// Counts the sections of a tree, nested ones included.
std::size_t count_sections(const std::vector<section>& sections);

}  // namespace baocao::sections
