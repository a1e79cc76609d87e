#pragma once
/// The sectionizer: turns a report's blocks into its header, title, body
/// sections (a tree, from heading evidence) and signature, keeping the
/// evidence each decision rests on.

#include <baocao/sdk/labels.hpp>

#include <baocao/sdk/model.hpp>

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


/// What a line of the report is.
enum class line_role { empty, header, title, addressee, preamble, body, heading, closing, signature, annex };

/// One paragraph of the report in reading order (table cells give one line per paragraph).
///
/// Most lines are only ever tested on how they begin and on whether they are
/// short, so a line keeps the first words of its match key, and makes the
/// whole key and counts its words only when first asked. A line is therefore
/// not to be read from several threads at once; a report is read by one.
struct line {
    /// Words of the key a head keeps: beyond the six that the tests of how a
    /// line begins look at, and, for a line with a label or emphasis, enough
    /// to tell every length limit below 16 words without counting the rest.
    static constexpr std::size_t plain_head_words = 7;
    static constexpr std::size_t counted_head_words = 16;

    std::string text;          ///< as written, with its label ("1. Công tác ...")
    std::size_t content_from = 0;  ///< where the text without its label begins in `text`
    label_info label;
    bool parser_label = false; ///< the label came from Word's numbering
    bool bold = false, caps = false, italic = false, centered = false;
    int outline = -1;          ///< outline level from the style, -1 for body text
    std::string lead;          ///< a run-in bold heading as written ("1. Công tác tuyên truyền:"), "" when none
    std::string lead_key;      ///< match key of the lead without its label
    std::string rest;          ///< the body text after a run-in lead
    int table = -1;            ///< index of the enclosing top-level table, -1 outside tables
    bool layout_table = false; ///< the table is borderless (header and signature blocks)
    line_role role = line_role::body;

    /// The text without its label, trimmed.
    std::string_view content() const { return std::string_view(text).substr(content_from); }

    /// The text this line adds to a section's body (the part after a run-in lead).
    const std::string& body_text() const { return lead.empty() ? text : rest; }

    /// Keys content() as far as its first `words` words; called once the text is set.
    void set_head(std::size_t words);
    /// The match key of content(), up to the words set_head() was asked for.
    const std::string& head() const { return head_; }
    /// True when head() is the whole key.
    bool head_is_key() const { return head_count_ < head_limit_; }
    /// True when content() has a word.
    bool has_words() const { return !head_.empty(); }
    /// The match key of content().
    const std::string& key() const;
    /// Words of content().
    std::size_t words() const;
    /// True when content() has at most `n` words; they are counted only when the head cannot tell.
    bool words_at_most(std::size_t n) const;

private:
    std::string head_;
    std::size_t head_limit_ = 1;       ///< words set_head() was asked for
    std::size_t head_count_ = 0;       ///< words of head()
    mutable std::string key_;          ///< key() when longer than the head, once made
    mutable std::size_t words_ = 0;    ///< words() when longer than the head, once counted
    mutable bool keyed_ = false;
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

/// A report cut into its parts.
struct sectioned_report {
    std::vector<line> lines;
    std::string title;                   ///< kind and title lines joined by "\n" ("BÁO CÁO\nSơ kết ...")
    std::vector<std::size_t> intro;      ///< body lines before the first heading (preamble excluded)
    std::vector<section> sections;       ///< top-level sections in order
    std::vector<std::size_t> annex;      ///< lines after the signature (appendices)
};

/// Cuts a document into header, title, sections, signature and annex. Thread-safe, no I/O.
sectioned_report sectionize(const document& doc);

/// Counts the sections of a tree, nested ones included.
std::size_t count_sections(const std::vector<section>& sections);

}  // namespace baocao::sections
