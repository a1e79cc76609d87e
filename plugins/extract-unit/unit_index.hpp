// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The roster as a lookup table: every name and alias of every unit reduced
/// to a canonical key, so that "HUYỆN UỶ CAN LỘC", "Huyện ủy Can Lộc",
/// "H.U Can Lộc", "BTV Huyện ủy Can Lộc" and "Đảng bộ huyện Can Lộc" meet.

#include <baocao/sdk/roster.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::unit_match {

/// The canonical key of a unit name: match_key, then party abbreviations
/// expanded at the start ("H.U", "HU", "H.ủy" → "huyen uy"; "TP" → "thanh pho"),
/// collective prefixes dropped ("Ban Thường vụ", "BTV", "BCH", "T/M"),
/// "Đảng bộ" read as "Đảng ủy" and "Đảng bộ huyện X" as "Huyện ủy X",
/// repeated level words dropped ("Thành ủy thành phố X" → "thanh uy X").
std::string canonical_key(std::string_view name);

/// The issuer part of a document number ("Số 25-BC/HU" → "hu",
/// "Số: 45/BC-MTTQ-BTT" → "mttq btt"); "" when the line is not a number line.
std::string number_issuer(std::string_view line);

/// The outcome of one lookup.
struct lookup {
    std::vector<std::size_t> units;   ///< roster indexes; one means a match, more an ambiguity
    std::string alias;                ///< the alias that matched (as written in the roster)
    std::size_t at_word = 0;          ///< for contained(): the word where the alias starts

    /// Exactly one unit matched.
    bool unique() const { return units.size() == 1; }
    /// Nothing matched.
    bool empty() const { return units.empty(); }
};

/// Built once from a roster (in prepare()); read-only afterwards, so lookups
/// are safe from any number of threads.
class unit_index {
public:
    unit_index() = default;
    explicit unit_index(const roster& r);

    /// Units whose canonical alias equals the canonical key of `name`.
    lookup exact(std::string_view name) const;

    /// Units with an alias of at least `min_words` words appearing as whole
    /// words inside `text`; the longest alias wins, ties between units stay ambiguous.
    lookup contained(std::string_view text, std::size_t min_words) const;

    /// Like contained(), for run-together names ("BCCanLoc", "bao_cao_canloc"):
    /// spaces removed on both sides; aliases of two words or more and six letters or more.
    lookup contained_compact(std::string_view text) const;

    /// Units the sender address belongs to (exact address, or a roster entry "@domain").
    lookup by_email(std::string_view address) const;

    /// Narrows an ambiguous lookup with the number's issuer symbol; unchanged when it does not help.
    lookup narrow_by_symbol(const lookup& l, std::string_view issuer) const;

    /// True when the key names a body of its own (any party committee, a
    /// cell, a people's committee, a school, an enterprise): used to tell a
    /// subordinate issuer from the roster unit it belongs to.
    static bool names_a_body(std::string_view canonical);

    /// The roster unit at index `i`.
    const roster_unit& unit(std::size_t i) const { return units_[i]; }
    /// Number of roster units.
    std::size_t size() const { return units_.size(); }

private:
    struct alias_entry {
        std::vector<std::string> words;
        std::string compact;
        std::size_t unit;
        std::string original;
    };
    std::vector<roster_unit> units_;
    std::map<std::string, std::vector<std::pair<std::size_t, std::string>>, std::less<>> exact_;
    std::vector<alias_entry> aliases_;
    std::map<std::string, std::set<std::size_t>, std::less<>> emails_;
    std::vector<std::set<std::string>> symbols_;
};

}  // namespace baocao::unit_match
