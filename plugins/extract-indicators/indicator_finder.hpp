#pragma once
// Finding the figures of each indicator in a report's sentences and tables.

#include "indicator_definitions.hpp"

#include <baocao/sdk/model.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace baocao::indicators {

/// One figure found, with the sentence (or table row) that says it.
struct figure {
    std::string indicator;   ///< definition id
    std::string label;
    double value = 0;        ///< in the indicator's first unit
    std::string unit;        ///< that unit
    std::string evidence;    ///< the sentence, or "row label | column header: cell"
    bool from_table = false;
};

class indicator_finder {
public:
    explicit indicator_finder(std::vector<definition> defs);

    /// Every figure in the body's paragraphs and tables, in reading order.
    std::vector<figure> find(const document& doc) const;

    /// Figures in one sentence (exposed for tests).
    std::vector<figure> find_in_sentence(const std::string& sentence) const;

    const std::vector<definition>& definitions() const { return defs_; }

private:
    struct workspace;

    void scan_blocks(const std::vector<block>& blocks, workspace& work, std::vector<figure>& out) const;
    void scan_paragraph(std::string_view text, workspace& work, std::vector<figure>& out) const;
    void scan_table(const table& t, workspace& work, std::vector<figure>& out) const;
    /// False when no number of the sentence is followed by a word that starts a unit.
    bool may_state_figure(std::string_view sentence, workspace& work) const;
    void match_sentence(std::string_view sentence, workspace& work, std::vector<figure>& out) const;
    bool starts_a_unit(std::string_view key) const;

    std::vector<definition> defs_;
    std::vector<std::string> unit_first_words_;  ///< of every unit of every definition, once each
    std::vector<std::size_t> keyword_list_;      ///< per definition: the first definition with the same keywords
};

}  // namespace baocao::indicators
