// SPDX-License-Identifier: Apache-2.0
#include "doc_builder.hpp"

#include <algorithm>
#include <cstring>

namespace baocao::testing {

void put16(std::string& s, std::size_t at, std::uint16_t v) {
    if (s.size() < at + 2) s.resize(at + 2, '\0');
    s[at] = static_cast<char>(v & 0xFF);
    s[at + 1] = static_cast<char>(v >> 8);
}

void put32(std::string& s, std::size_t at, std::uint32_t v) {
    put16(s, at, static_cast<std::uint16_t>(v & 0xFFFF));
    put16(s, at + 2, static_cast<std::uint16_t>(v >> 16));
}

std::string build_compound_file(const std::map<std::string, std::string>& streams,
                                const std::map<std::uint32_t, std::uint32_t>& fat_patch) {
    constexpr std::uint32_t ss = 512;
    constexpr std::uint32_t end_of_chain = 0xFFFFFFFE, fat_sector = 0xFFFFFFFD, free_sector = 0xFFFFFFFF;
    // Layout: sector 0 the FAT, sector 1 the directory, then each stream.
    std::vector<std::uint32_t> fat(128, free_sector);
    fat[0] = fat_sector;
    fat[1] = end_of_chain;
    std::string data;
    std::string dir(ss, '\0');
    struct placed {
        std::string name;
        std::uint32_t start;
        std::uint32_t size;
    };
    std::vector<placed> entries;
    std::uint32_t next = 2;
    for (const auto& [name, content] : streams) {
        std::string padded = content;
        if (padded.size() < 4096) padded.resize(4096, '\0');
        padded.resize((padded.size() + ss - 1) / ss * ss, '\0');
        const auto count = static_cast<std::uint32_t>(padded.size() / ss);
        entries.push_back({name, next, static_cast<std::uint32_t>(std::max<std::size_t>(content.size(), 4096))});
        for (std::uint32_t i = 0; i < count; ++i) fat.at(next + i) = i + 1 < count ? next + i + 1 : end_of_chain;
        next += count;
        data += padded;
    }
    for (const auto& [sector, value] : fat_patch) fat.at(sector) = value;

    auto write_entry = [&](std::size_t index, const std::string& name, std::uint8_t type, std::uint32_t left,
                           std::uint32_t right, std::uint32_t child, std::uint32_t start, std::uint32_t size) {
        const std::size_t at = index * 128;
        for (std::size_t i = 0; i < name.size(); ++i) put16(dir, at + 2 * i, static_cast<unsigned char>(name[i]));
        put16(dir, at + 0x40, static_cast<std::uint16_t>(2 * (name.size() + 1)));
        dir[at + 0x42] = static_cast<char>(type);
        put32(dir, at + 0x44, left);
        put32(dir, at + 0x48, right);
        put32(dir, at + 0x4C, child);
        put32(dir, at + 0x74, start);
        put32(dir, at + 0x78, size);
    };
    // The root's children as a chain of right siblings (a degenerate but valid tree).
    write_entry(0, "Root Entry", 5, free_sector, free_sector, entries.empty() ? free_sector : 1, end_of_chain, 0);
    for (std::size_t i = 0; i < entries.size(); ++i)
        write_entry(i + 1, entries[i].name, 2, free_sector, i + 1 < entries.size() ? static_cast<std::uint32_t>(i + 2) : free_sector,
                    free_sector, entries[i].start, entries[i].size);

    std::string header(ss, '\0');
    const unsigned char sig[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    std::memcpy(header.data(), sig, 8);
    put16(header, 0x18, 0x3E);
    put16(header, 0x1A, 3);
    put16(header, 0x1C, 0xFFFE);
    put16(header, 0x1E, 9);
    put16(header, 0x20, 6);
    put32(header, 0x2C, 1);
    put32(header, 0x30, 1);
    put32(header, 0x38, 4096);
    put32(header, 0x3C, end_of_chain);
    put32(header, 0x44, end_of_chain);
    put32(header, 0x4C, 0);
    for (int i = 1; i < 109; ++i) put32(header, 0x4C + 4 * i, free_sector);
    std::string fat_bytes(ss, '\0');
    for (std::size_t i = 0; i < fat.size(); ++i) put32(fat_bytes, 4 * i, fat[i]);
    return header + fat_bytes + dir + data;
}

namespace {

/// A text-box story: each box's paragraphs, then Word's closing paragraph mark.
std::u16string text_box_story(const std::vector<test_text_box>& boxes) {
    std::u16string story;
    for (const test_text_box& box : boxes) story += box.text;
    return boxes.empty() ? story : story + u"\r";
}

/// PlcftxbxTxt: the CP where each box starts (and the closing mark's), and an FTXBXS of 22 bytes each.
std::string text_box_plc(const std::vector<test_text_box>& boxes) {
    std::string plc;
    std::uint32_t cp = 0;
    for (const test_text_box& box : boxes) {
        put32(plc, plc.size(), cp);
        cp += static_cast<std::uint32_t>(box.text.size());
    }
    put32(plc, plc.size(), cp);
    put32(plc, plc.size(), cp + 1);
    for (std::size_t i = 0; i <= boxes.size(); ++i) {
        const std::size_t at = plc.size();
        std::string ftxbxs(22, '\0');
        if (i < boxes.size()) {
            put32(ftxbxs, 0, boxes[i].reusable ? 0xFFFFFFFFu : 1);   // cTxbx, or the next reusable box
            put16(ftxbxs, 8, boxes[i].reusable ? 1 : 0);             // fReusable
            put32(ftxbxs, 14, boxes[i].shape_id);                    // lid
        }
        plc.replace(at, 0, ftxbxs);
    }
    return plc;
}

/// PlcSpa: the anchor CP of each shape and its FSPA (26 bytes, the shape id first).
std::string shape_plc(const std::vector<test_text_box>& boxes, std::uint32_t story_length) {
    std::string cps, fspas;
    for (const test_text_box& box : boxes) {
        if (box.anchor_cp < 0) continue;
        put32(cps, cps.size(), static_cast<std::uint32_t>(box.anchor_cp));
        std::string fspa(26, '\0');
        put32(fspa, 0, box.shape_id);
        fspas += fspa;
    }
    if (cps.empty()) return cps;
    put32(cps, cps.size(), story_length);
    return cps + fspas;
}

}  // namespace

std::map<std::string, std::string> doc_builder::streams() const {
    std::vector<test_piece> pieces = this->pieces;
    std::uint32_t main_length = 0;
    for (const auto& p : pieces) main_length += static_cast<std::uint32_t>(p.text.size());
    const std::u16string box_story = text_box_story(text_boxes);
    const std::u16string header_box_story = text_box_story(header_text_boxes);
    for (const std::u16string* story : {&default_header, &box_story, &header_box_story})
        if (!story->empty()) pieces.push_back({*story, true});

    std::string wd(0x800, '\0');
    put16(wd, 0, 0xA5EC);
    put16(wd, 2, nfib);
    put16(wd, 0x0A, flags);
    put16(wd, 32, 14);                   // csw
    const std::size_t rg_lw = 32 + 2 + 28 + 2;
    put16(wd, rg_lw - 2, 22);            // cslw
    put32(wd, rg_lw + 12, ccp_text < 0 ? main_length : static_cast<std::uint32_t>(ccp_text));
    put32(wd, rg_lw + 20, static_cast<std::uint32_t>(default_header.size()));
    put32(wd, rg_lw + 36, static_cast<std::uint32_t>(box_story.size()));
    put32(wd, rg_lw + 40, static_cast<std::uint32_t>(header_box_story.size()));
    const std::size_t pairs_at = rg_lw + 88;
    put16(wd, pairs_at, 93);             // cbRgFcLcb
    const std::size_t rg_fc = pairs_at + 2;

    // Text at 0x800 onward, the last piece first.
    std::vector<std::uint32_t> fcs(pieces.size());
    for (std::size_t k = pieces.size(); k-- > 0;) {
        fcs[k] = static_cast<std::uint32_t>(wd.size());
        for (const char16_t c : pieces[k].text) {
            if (pieces[k].compressed) wd.push_back(static_cast<char>(c));
            else put16(wd, wd.size(), c);
        }
    }
    std::string table;
    std::string plc;
    std::uint32_t cp = 0;
    for (std::size_t k = 0; k <= pieces.size(); ++k) {
        put32(plc, plc.size(), cp);
        if (k < pieces.size()) cp += static_cast<std::uint32_t>(pieces[k].text.size());
    }
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const std::size_t at = plc.size();
        put16(plc, at, 0);
        put32(plc, at + 2, pieces[k].compressed ? (fcs[k] * 2) | 0x40000000u : fcs[k]);
        put16(plc, at + 6, 0);
    }
    table.push_back('\x02');
    put32(table, 1, static_cast<std::uint32_t>(plc.size()));
    table += plc;
    put32(wd, rg_fc + 8 * 33, static_cast<std::uint32_t>(test_clx_offset));
    put32(wd, rg_fc + 8 * 33 + 4, static_cast<std::uint32_t>(table.size()));

    // The header story as section 1's default header: six empty note separators, then six header slots.
    auto put_pair = [&](int index, const std::string& structure) {
        if (structure.empty()) return;
        put32(wd, rg_fc + 8 * index, static_cast<std::uint32_t>(table.size()));
        put32(wd, rg_fc + 8 * index + 4, static_cast<std::uint32_t>(structure.size()));
        table += structure;
    };
    if (!default_header.empty()) {
        std::string hdd;
        const auto length = static_cast<std::uint32_t>(default_header.size());
        for (int i = 0; i < 14; ++i) put32(hdd, hdd.size(), i < 8 ? 0 : length);
        put_pair(11, hdd);
    }
    put_pair(40, shape_plc(text_boxes, main_length));
    put_pair(41, shape_plc(header_text_boxes, static_cast<std::uint32_t>(default_header.size())));
    if (!text_boxes.empty()) put_pair(56, text_box_plc(text_boxes));
    if (!header_text_boxes.empty()) put_pair(58, text_box_plc(header_text_boxes));

    // One CHPX page per run, and the bin table listing them.
    if (!chpx.empty()) {
        auto fc_of = [&](std::uint32_t cp) {
            std::uint32_t start = 0;
            for (std::size_t k = 0; k < pieces.size(); ++k) {
                const auto len = static_cast<std::uint32_t>(pieces[k].text.size());
                if (cp < start + len || k + 1 == pieces.size()) return fcs[k] + (cp - start);
                start += len;
            }
            return 0u;
        };
        std::string bte_fcs, bte_pns;
        for (const test_chpx& run : chpx) {
            wd.resize((wd.size() + 511) / 512 * 512, '\0');
            const std::size_t page = wd.size();
            wd.resize(page + 512, '\0');
            put32(wd, page, fc_of(run.cp_start));
            put32(wd, page + 4, fc_of(run.cp_end));
            wd[page + 8] = static_cast<char>(256 / 2);
            wd[page + 256] = static_cast<char>(run.grpprl.size());
            wd.replace(page + 257, run.grpprl.size(), run.grpprl);
            wd[page + 511] = 1;
            put32(bte_fcs, bte_fcs.size(), fc_of(run.cp_start));
            put32(bte_pns, bte_pns.size(), static_cast<std::uint32_t>(page / 512));
        }
        put32(bte_fcs, bte_fcs.size(), fc_of(chpx.back().cp_end));
        put32(wd, rg_fc + 8 * 12, static_cast<std::uint32_t>(table.size()));
        put32(wd, rg_fc + 8 * 12 + 4, static_cast<std::uint32_t>(bte_fcs.size() + bte_pns.size()));
        table += bte_fcs + bte_pns;
    }
    return {{"WordDocument", wd}, {(flags & 0x0200) ? "1Table" : "0Table", table}};
}

}  // namespace baocao::testing
