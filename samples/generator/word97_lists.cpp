// SPDX-License-Identifier: Apache-2.0
#include "word97_lists.hpp"

#include "byte_writer.hpp"

namespace baocao::samplegen {

namespace {

constexpr int levels_per_list = 9;
constexpr std::uint16_t no_style = 0x0FFF;

/// One LVL: the LVLF (28 bytes), no property lists, then the label template.
std::string write_level(const word97_list_level& level) {
    std::string lvl;
    append32(lvl, static_cast<std::uint32_t>(level.start));
    lvl.push_back(static_cast<char>(level.nfc));
    lvl.push_back('\0');   // left-justified, not legal, restarts after higher levels
    // rgbxchNums: the 1-based places of the level placeholders in the template.
    std::string places(9, '\0');
    std::size_t found = 0;
    for (std::size_t i = 0; i < level.text.size() && found < 9; ++i)
        if (level.text[i] < 9) places[found++] = static_cast<char>(i + 1);
    lvl += places;
    lvl.push_back('\0');   // ixchFollow: a tab follows the label
    append32(lvl, 0);      // dxaIndentSav
    append32(lvl, 0);
    lvl.push_back('\0');   // cbGrpprlChpx
    lvl.push_back('\0');   // cbGrpprlPapx
    lvl.push_back('\0');   // ilvlRestartLim
    lvl.push_back('\0');   // grfhic
    append16(lvl, static_cast<std::uint16_t>(level.text.size()));
    for (const char16_t c : level.text) append16(lvl, c);
    return lvl;
}

word97_list_level default_level(int index) {
    word97_list_level l;
    l.text = {static_cast<char16_t>(index), u'.'};
    return l;
}

}  // namespace

word97_list_tables write_list_tables(const std::vector<word97_list>& lists, const std::vector<word97_list_override>& overrides) {
    word97_list_tables out;
    if (lists.empty()) return out;
    append16(out.plf_lst, static_cast<std::uint16_t>(lists.size()));
    for (const word97_list& list : lists) {
        append32(out.plf_lst, list.lsid);
        append32(out.plf_lst, list.lsid ^ 0x5A5Au);   // tplc: the template code, any value
        for (int l = 0; l < levels_per_list; ++l)
            append16(out.plf_lst, l < static_cast<int>(list.levels.size()) ? list.levels[static_cast<std::size_t>(l)].style : no_style);
        out.plf_lst.push_back('\0');   // not a simple list: nine levels
        out.plf_lst.push_back('\0');   // grfhic
        for (int l = 0; l < levels_per_list; ++l)
            out.levels += write_level(l < static_cast<int>(list.levels.size()) ? list.levels[static_cast<std::size_t>(l)] : default_level(l));
    }
    append32(out.plf_lfo, static_cast<std::uint32_t>(overrides.size()));
    for (const word97_list_override& o : overrides) {
        append32(out.plf_lfo, o.lsid);
        append32(out.plf_lfo, 0);
        append32(out.plf_lfo, 0);
        out.plf_lfo.push_back(static_cast<char>(o.restart_first_level ? 1 : 0));   // clfolvl
        out.plf_lfo.append(3, '\0');
    }
    // LFOData: a CP (none), then an LFOLVL (start, level 0 with fStartAt) for a restarted first level.
    for (const word97_list_override& o : overrides) {
        append32(out.plf_lfo, 0xFFFFFFFFu);
        if (!o.restart_first_level) continue;
        append32(out.plf_lfo, static_cast<std::uint32_t>(*o.restart_first_level));
        append32(out.plf_lfo, 0x10);
    }
    return out;
}

}  // namespace baocao::samplegen
