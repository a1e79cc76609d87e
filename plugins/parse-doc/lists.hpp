// SPDX-License-Identifier: Apache-2.0
#pragma once
/// List numbering ([MS-DOC] 2.9.147 PlfLst, 2.9.146 PlfLfo): the list
/// definitions, their per-document overrides, and the counters that turn a
/// numbered paragraph into the label Word shows ("I.", "1.", "a)", "•").

#include "fib.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao::doc {

struct list_level {
    int start = 1;
    std::uint8_t nfc = 0;          ///< number format: 0 decimal, 1 I, 2 i, 3 A, 4 a, 22 01, 23 bullet, 255 none
    bool legal = false;            ///< fLegal: enclosing levels shown in Arabic digits
    bool no_restart = false;       ///< fNoRestart: not reset by a higher level
    std::uint8_t restart_limit = 0;///< ilvlRestartLim
    std::u16string text;           ///< xst: the template, level placeholders as code units 0..8
};

struct list_definition {
    std::uint32_t lsid = 0;
    std::vector<list_level> levels;   ///< one for a simple list, else nine
};

struct list_override {
    std::uint32_t lsid = 0;
    std::array<std::optional<int>, 9> start;
    std::array<std::optional<list_level>, 9> level;
};

/// The lists of a document, read once.
class list_tables {
public:
    /// Reads PlfLst and PlfLfo; damaged or missing tables give no lists.
    list_tables(std::string_view table, fc_lcb plf_lst, fc_lcb plf_lfo);

    const list_definition* definition(std::uint32_t lsid) const;
    /// The override at 1-based `ilfo`, nullptr when out of range.
    const list_override* override_at(int ilfo) const;

private:
    std::vector<list_definition> lists_;
    std::unordered_map<std::uint32_t, std::size_t> by_lsid_;
    std::vector<list_override> overrides_;
};

/// The counters of one story, advanced paragraph by paragraph.
class list_counters {
public:
    explicit list_counters(const list_tables& lists) : lists_(lists) {}
    /// The label of the next paragraph of list `ilfo` at level `ilvl`; nullopt when the list is undefined.
    std::optional<std::string> next(int ilfo, int ilvl);

private:
    struct state {
        std::array<int, 9> value{};
        std::array<bool, 9> started{};
    };
    const list_tables& lists_;
    std::unordered_map<std::uint32_t, state> states_;   // by lsid: overrides of one list share counters
    std::vector<int> used_overrides_;
};

/// A number in a list format ("IV", "d", "04"); unknown formats give decimal.
std::string format_list_number(int value, std::uint8_t nfc);

}  // namespace baocao::doc
