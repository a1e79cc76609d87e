// SPDX-License-Identifier: Apache-2.0
#include "lists.hpp"

#include "bytes.hpp"
#include "styles.hpp"

#include <bounded_text.hpp>

#include <baocao/sdk/labels.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::doc {

namespace {

constexpr std::size_t lstf_size = 28;
constexpr std::size_t lvlf_size = 28;
constexpr std::size_t lfo_size = 16;
// Word caps a document at 2047 list overrides; definitions are fewer.
constexpr std::size_t max_lists = 4096;
constexpr std::uint8_t nfc_bullet = 23;
constexpr std::uint8_t nfc_none = 255;

/// Reads one LVL at `at`, moving `at` past it; false when it does not fit.
bool read_level(std::string_view table, std::size_t& at, list_level& out) {
    if (!fits(table, at, lvlf_size)) return false;
    const std::string_view lvlf = table.substr(at, lvlf_size);
    out.start = static_cast<std::int32_t>(u32(lvlf, 0));
    out.nfc = u8(lvlf, 4);
    const std::uint8_t flags = u8(lvlf, 5);
    out.legal = (flags & 0x04) != 0;
    out.no_restart = (flags & 0x08) != 0;
    out.restart_limit = u8(lvlf, 26);
    const std::size_t grpprls = std::size_t(u8(lvlf, 24)) + u8(lvlf, 25);
    at += lvlf_size + grpprls;
    const std::size_t cch = u16(table, at);
    if (!fits(table, at + 2, cch * 2)) return false;
    out.text.clear();
    // Every paragraph of the level carries the label made from it: one the file makes huge is cut.
    const std::size_t kept = std::min(cch, plugins::max_label_bytes);
    out.text.reserve(kept);
    for (std::size_t i = 0; i < kept; ++i) out.text.push_back(static_cast<char16_t>(u16(table, at + 2 + 2 * i)));
    at += 2 + cch * 2;
    return true;
}


/// A bullet glyph as text: symbol-font code points become "•", plain characters stay.
std::string bullet_of(const std::u16string& glyphs) {
    std::string out;
    for (const char16_t c : glyphs) {
        if (c == ' ' || c == '\t') continue;
        if (c < 0x20 || (c >= 0xE000 && c < 0xF900) || (c >= 0x80 && c < 0xA0)) {
            out += "•";
        } else {
            text::append_utf8(out, c);
        }
    }
    return out.empty() ? std::string("•") : out;
}

}  // namespace

std::string format_list_number(int value, std::uint8_t nfc) {
    switch (nfc) {
        case 1: case 2:
            if (value > 0 && value < 4000) return text::roman_numeral(value, nfc == 1);
            break;
        case 3: case 4:
            if (value > 0) {
                // Word repeats the letter past Z: 27 → AA.
                const char base = nfc == 3 ? 'A' : 'a';
                const int reps = std::min((value - 1) / 26 + 1, 64);
                return std::string(static_cast<std::size_t>(reps), static_cast<char>(base + (value - 1) % 26));
            }
            break;
        case 22: return value >= 0 && value < 10 ? "0" + std::to_string(value) : std::to_string(value);
        case nfc_none: return {};
        default: break;
    }
    return std::to_string(value);
}

list_tables::list_tables(std::string_view table, fc_lcb plf_lst, fc_lcb plf_lfo) {
    if (plf_lst.lcb >= 2 && fits(table, plf_lst.fc, plf_lst.lcb)) {
        const std::size_t count = std::min<std::size_t>(u16(table, plf_lst.fc), max_lists);
        const std::size_t lstfs = plf_lst.fc + 2;
        // The levels follow the last LSTF, outside lcbPlfLst.
        std::size_t at = lstfs + count * lstf_size;
        for (std::size_t i = 0; i < count && fits(table, lstfs + i * lstf_size, lstf_size); ++i) {
            list_definition def;
            def.lsid = u32(table, lstfs + i * lstf_size);
            const bool simple = (u8(table, lstfs + i * lstf_size + 26) & 0x01) != 0;
            const int levels = simple ? 1 : 9;
            bool ok = true;
            for (int l = 0; l < levels && ok; ++l) {
                list_level lvl;
                ok = read_level(table, at, lvl);
                if (ok) def.levels.push_back(std::move(lvl));
            }
            by_lsid_.emplace(def.lsid, lists_.size());
            lists_.push_back(std::move(def));
            if (!ok) break;
        }
    }
    if (plf_lfo.lcb >= 4 && fits(table, plf_lfo.fc, plf_lfo.lcb)) {
        const std::size_t count = std::min<std::size_t>(u32(table, plf_lfo.fc), max_lists);
        const std::size_t lfos = plf_lfo.fc + 4;
        std::size_t at = lfos + count * lfo_size;
        std::vector<std::uint8_t> level_counts;
        for (std::size_t i = 0; i < count && fits(table, lfos + i * lfo_size, lfo_size); ++i) {
            list_override o;
            o.lsid = u32(table, lfos + i * lfo_size);
            level_counts.push_back(u8(table, lfos + i * lfo_size + 12));
            overrides_.push_back(std::move(o));
        }
        // The LFOData: a CP, then one LFOLVL per overridden level.
        for (std::size_t i = 0; i < overrides_.size(); ++i) {
            at += 4;
            for (std::size_t l = 0; l < level_counts[i] && l < 9; ++l) {
                if (!fits(table, at, 8)) return;
                const int start = static_cast<std::int32_t>(u32(table, at));
                const std::uint32_t flags = u32(table, at + 4);
                at += 8;
                const std::size_t ilvl = flags & 0x0F;
                if (ilvl >= 9) return;
                if (flags & 0x10) overrides_[i].start[ilvl] = start;
                if (flags & 0x20) {
                    list_level lvl;
                    if (!read_level(table, at, lvl)) return;
                    overrides_[i].level[ilvl] = std::move(lvl);
                }
            }
        }
    }
}

const list_definition* list_tables::definition(std::uint32_t lsid) const {
    const auto it = by_lsid_.find(lsid);
    return it == by_lsid_.end() ? nullptr : &lists_[it->second];
}

const list_override* list_tables::override_at(int ilfo) const {
    if (ilfo < 1 || static_cast<std::size_t>(ilfo) > overrides_.size()) return nullptr;
    return &overrides_[static_cast<std::size_t>(ilfo) - 1];
}

std::optional<std::string> list_counters::next(int ilfo, int ilvl) {
    const list_override* o = lists_.override_at(ilfo);
    if (!o) return std::nullopt;
    const list_definition* def = lists_.definition(o->lsid);
    if (!def || def->levels.empty()) return std::nullopt;
    ilvl = std::clamp(ilvl, 0, static_cast<int>(def->levels.size()) - 1);
    auto level_of = [&](int l) -> const list_level& {
        const auto li = static_cast<std::size_t>(l);
        if (o->level[li]) return *o->level[li];
        return def->levels[std::min(li, def->levels.size() - 1)];
    };
    auto start_of = [&](int l) {
        const auto li = static_cast<std::size_t>(l);
        return o->start[li] ? *o->start[li] : level_of(l).start;
    };

    state& st = states_[o->lsid];
    if (std::find(used_overrides_.begin(), used_overrides_.end(), ilfo) == used_overrides_.end()) {
        used_overrides_.push_back(ilfo);
        // The first paragraph of an override that sets a start (fStartAt) restarts
        // those levels; a level that only changes its format keeps counting.
        // An enclosing level it restarts shows, and goes on from, its new start.
        const auto li = static_cast<std::size_t>(ilvl);
        for (std::size_t l = 0; l < 9; ++l) {
            if (!o->start[l]) continue;
            st.started[l] = l < li;
            if (l < li) st.value[l] = *o->start[l];
        }
    }
    const auto li = static_cast<std::size_t>(ilvl);
    if (st.started[li]) {
        ++st.value[li];
    } else {
        st.value[li] = start_of(ilvl);
        st.started[li] = true;
    }
    for (int deeper = ilvl + 1; deeper < 9; ++deeper) {
        const list_level& d = level_of(std::min(deeper, static_cast<int>(def->levels.size()) - 1));
        if (!d.no_restart || ilvl < d.restart_limit) st.started[static_cast<std::size_t>(deeper)] = false;
    }

    const list_level& lvl = level_of(ilvl);
    if (lvl.nfc == nfc_bullet) return bullet_of(lvl.text);
    std::string out;
    for (const char16_t c : lvl.text) {
        if (c < 9) {
            const int ref = c;
            const int value = ref <= ilvl && st.started[static_cast<std::size_t>(ref)] ? st.value[static_cast<std::size_t>(ref)] : start_of(ref);
            const std::uint8_t own = level_of(std::min(ref, static_cast<int>(def->levels.size()) - 1)).nfc;
            const std::uint8_t fmt = lvl.legal && ref != ilvl && own != nfc_none ? 0 : own;
            out += format_list_number(value, fmt == nfc_bullet ? 0 : fmt);
        } else {
            text::append_utf8(out, c);
        }
    }
    return out;
}

}  // namespace baocao::doc
