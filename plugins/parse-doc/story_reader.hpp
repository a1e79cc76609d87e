// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Turns a range of character positions (one story: the main text, a
/// footnote, a header) into blocks of the document model: paragraphs with
/// their style, outline level, numbering label and runs, and tables.

#include "fkp.hpp"
#include "lists.hpp"
#include "pieces.hpp"
#include "styles.hpp"

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/model.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::doc {

/// What to do with tracked changes: accept them (drop deletions), reject them
/// (drop insertions), or keep both.
enum class tracked_mode { accept, reject, all };

/// What every story of one document shares.
struct document_tables {
    const piece_table& pieces;
    const fc_props_table& chpx;
    const fc_props_table& papx;
    const style_sheet& styles;
    const std::vector<std::string>& fonts;
    const list_tables& lists;
    std::string_view data_stream;   ///< the Data stream, "" when the file has none
    tracked_mode mode = tracked_mode::accept;
    const baocao::limits& limits;
};

/// Blocks to place after the paragraph holding a CP (text boxes after the
/// paragraph that anchors their shape), keyed by that CP.
using anchored_blocks = std::map<std::uint32_t, std::vector<block>>;

class story_reader {
public:
    /// `text_budget` is the document's remaining text allowance, shared by its stories.
    story_reader(const document_tables& tables, std::uint64_t& text_budget);
    /// The blocks of characters [cp_start, cp_end), clipped to the text. The
    /// blocks of `anchored` whose CP falls in a paragraph are moved in after it
    /// (within its table cell when it has one).
    std::vector<block> read(std::uint32_t cp_start, std::uint32_t cp_end, anchored_blocks* anchored = nullptr);

private:
    struct run_state {
        char_props props;
        std::string font;
    };
    /// The byte offset of `cp` in the WordDocument stream.
    std::uint32_t fc_of(std::uint32_t cp) const;
    para_props paragraph_props(std::uint32_t mark_cp, std::uint16_t& istd) const;
    /// The character properties at `cp` in a paragraph of `pstyle`, and where they stop applying.
    char_props char_props_at(std::uint32_t cp, const style& pstyle, std::uint32_t limit, std::uint32_t& end) const;
    const std::string& font_name(int index) const;
    void read_runs(std::uint32_t from, std::uint32_t to, const style& pstyle, paragraph& p);
    void flush_run(paragraph& p, const run_state& fmt);
    /// Appends one shown character to the run being read, within the paragraph's and document's limits.
    void put_char(char32_t c);
    /// True when every open field is past its separator (its result is what shows), or none is open.
    bool showing_results() const;

    const document_tables& t_;
    std::uint64_t& budget_;
    std::string scratch_;
    std::uint64_t paragraph_bytes_ = 0;
    bool optional_hyphen_ = false;   // scratch_ holds U+00AD standing for optional hyphens
    struct open_field {
        bool in_result = false;               ///< past the separator: the shown result
        std::optional<std::uint32_t> form_data;   ///< sprmCPicLocation in the field's code: where a form field's FFData is, in the Data stream
        std::u16string instruction;           ///< its instruction, up to max_instruction characters
    };
    static constexpr std::size_t max_instruction = 1024;
    /// What a field that stores no result shows: a drop-down's chosen entry, a phonetic guide's text.
    static std::optional<std::u16string> computed_result(const open_field& f, std::string_view data_stream);
    // Fields open around the current position, the innermost last.
    std::vector<open_field> fields_;
    list_counters counters_;
};

}  // namespace baocao::doc
