#pragma once
// Finding the figures of each indicator in a report's sentences and tables.

#include "indicator_definitions.hpp"

#include <baocao/sdk/model.hpp>

#include <string>
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
    explicit indicator_finder(std::vector<definition> defs) : defs_(std::move(defs)) {}

    /// Every figure in the body's paragraphs and tables, in reading order.
    std::vector<figure> find(const document& doc) const;

    /// Figures in one sentence (exposed for tests).
    std::vector<figure> find_in_sentence(const std::string& sentence) const;

    const std::vector<definition>& definitions() const { return defs_; }

private:
    void scan_blocks(const std::vector<block>& blocks, std::vector<figure>& out) const;
    void scan_table(const table& t, std::vector<figure>& out) const;
    std::vector<definition> defs_;
};

}  // namespace baocao::indicators
