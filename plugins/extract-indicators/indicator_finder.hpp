// SPDX-License-Identifier: Apache-2.0
#pragma once
// Finding the figures of each indicator in a report's sentences and tables.

#include "indicator_definitions.hpp"

#include <baocao/sdk/model.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::indicators {

/// One figure found, with what it counts, its role and the sentence (or table row) that says it.
struct figure {
    std::string indicator;   ///< definition id
    std::string label;
    double value = 0;        ///< in the indicator's unit
    std::string written;     ///< the number and its measure as written ("3,5 tỷ đồng")
    std::string unit;        ///< the indicator's unit
    figure_role role = figure_role::result;
    bool total = false;      ///< the unit's stated total ("toàn huyện đã xây dựng được…")
    std::string level;       ///< "province", "district", "grassroots" or ""
    std::string place;       ///< the place named for it ("huyện Vũ Quang"), or ""
    std::string evidence;    ///< the sentence, or "row label | column header: cell"
    bool from_table = false;
};

class indicator_finder {
public:
    explicit indicator_finder(catalogue cat);

    /// Every figure in the body's paragraphs and tables, in reading order.
    std::vector<figure> find(const document& doc) const;

    /// Figures in one sentence (exposed for tests).
    std::vector<figure> find_in_sentence(const std::string& sentence) const;

    const std::vector<definition>& definitions() const { return cat_.indicators; }
    const catalogue& cues() const { return cat_; }

private:
    struct workspace;

    void scan_blocks(const std::vector<block>& blocks, workspace& work, std::vector<figure>& out) const;
    void scan_paragraph(std::string_view text, workspace& work, std::vector<figure>& out) const;
    bool scan_table(const table& t, workspace& work, std::vector<figure>& out) const;
    /// False when no number of the sentence is followed by a word that starts a measure or noun.
    bool may_state_figure(std::string_view sentence, workspace& work) const;
    /// Figures of one sentence; those from `first_of_paragraph` on are of the same paragraph.
    void match_sentence(std::string_view sentence, workspace& work, std::vector<figure>& out,
                        std::size_t first_of_paragraph) const;
    bool starts_a_unit(std::string_view key) const;
    /// The definitions (bit i for cat_.indicators[i], the first 64; later ones
    /// are never ruled out) whose counted words can open with `key`: a measure,
    /// or a noun when the definition has no measures (the catalogue refuses a
    /// definition with neither). 0 when no definition's can.
    std::uint64_t definitions_opening_with(std::string_view key) const;
    /// The indicator a header or caption text names, or nullptr.
    const definition* named_in(std::string_view text, workspace& work) const;

    catalogue cat_;
    std::vector<std::string> unit_first_words_;  ///< keys of the first words of every measure and noun, once each
    std::vector<std::uint64_t> opened_by_;       ///< per first word: definitions_opening_with() it
};

}  // namespace baocao::indicators
