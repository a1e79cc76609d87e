// SPDX-License-Identifier: Apache-2.0
#include "word97_file.hpp"

#include "byte_writer.hpp"
#include "compound_file_writer.hpp"
#include "word97_fkp.hpp"

namespace baocao::samplegen {

namespace {

// The FIB: FibBase (32 bytes), 14 FibRgW words, 22 FibRgLw longs, then the
// 93 fc/lcb pairs of FibRgFcLcb97. The text starts after it, at 0x800.
constexpr std::size_t fib_rg_w = 32;
constexpr std::size_t fib_rg_lw = fib_rg_w + 2 + 28 + 2;
constexpr std::size_t fib_pairs_count = fib_rg_lw + 88;
constexpr std::size_t fib_rg_fc = fib_pairs_count + 2;
constexpr std::uint16_t fib_pairs = 93;
constexpr std::size_t text_start = 0x800;

// Indexes of fc/lcb pairs.
enum : int {
    i_stshf = 1,
    i_plcfsed = 6,
    i_plcfhdd = 11,
    i_plcf_bte_chpx = 12,
    i_plcf_bte_papx = 13,
    i_sttbf_ffn = 15,
    i_clx = 33,
    i_plc_spa_mom = 40,
    i_plc_spa_hdr = 41,
    i_plcftxbx_txt = 56,
    i_plcf_hdrtxbx_txt = 58,
    i_plf_lst = 73,
    i_plf_lfo = 74,
};

/// A text-box story: each box's paragraphs, then Word's closing paragraph mark.
std::u16string text_box_story(const std::vector<word97_text_box>& boxes) {
    std::u16string story;
    for (const word97_text_box& box : boxes) story += box.text;
    return boxes.empty() ? story : story + u"\r";
}

/// PlcftxbxTxt: the CP where each box starts (and the closing mark's), and an FTXBXS of 22 bytes each.
std::string text_box_plc(const std::vector<word97_text_box>& boxes) {
    std::string plc;
    std::uint32_t cp = 0;
    for (const word97_text_box& box : boxes) {
        append32(plc, cp);
        cp += static_cast<std::uint32_t>(box.text.size());
    }
    append32(plc, cp);
    append32(plc, cp + 1);
    for (std::size_t i = 0; i <= boxes.size(); ++i) {
        std::string ftxbxs(22, '\0');
        if (i < boxes.size()) {
            put32(ftxbxs, 0, boxes[i].reusable ? 0xFFFFFFFFu : 1);   // cTxbx, or the next reusable box
            put16(ftxbxs, 8, boxes[i].reusable ? 1 : 0);             // fReusable
            put32(ftxbxs, 14, boxes[i].shape_id);                    // lid
        }
        plc += ftxbxs;
    }
    return plc;
}

/// PlcSpa: the anchor CP of each shape and its FSPA (26 bytes, the shape id first).
std::string shape_plc(const std::vector<word97_text_box>& boxes, std::uint32_t story_length) {
    std::string cps, fspas;
    for (const word97_text_box& box : boxes) {
        if (box.anchor_cp < 0) continue;
        append32(cps, static_cast<std::uint32_t>(box.anchor_cp));
        std::string fspa(26, '\0');
        put32(fspa, 0, box.shape_id);
        fspas += fspa;
    }
    if (cps.empty()) return cps;
    append32(cps, story_length);
    return cps + fspas;
}

/// PlcfSed: one section from CP 0 to `end`, its properties Word's defaults (no SEPX).
std::string section_plc(std::uint32_t end) {
    std::string plc;
    append32(plc, 0);
    append32(plc, end);
    append16(plc, 0);              // fn
    append32(plc, 0xFFFFFFFFu);    // fcSepx: none
    append16(plc, 0);              // fnMpr
    append32(plc, 0xFFFFFFFFu);    // fcMpr
    return plc;
}

}  // namespace

std::map<std::string, std::string> word97_file::streams() const {
    std::vector<word97_piece> all = pieces;
    std::uint32_t main_length = 0;
    for (const auto& p : all) main_length += static_cast<std::uint32_t>(p.text.size());
    const std::u16string box_story = text_box_story(text_boxes);
    const std::u16string header_box_story = text_box_story(header_text_boxes);
    for (const std::u16string* story : {&default_header, &box_story, &header_box_story})
        if (!story->empty()) all.push_back({*story, true});

    std::string wd(text_start, '\0');
    put16(wd, 0, 0xA5EC);               // wIdent
    put16(wd, 2, nfib);
    put16(wd, 4, 0x6A62);               // nProduct
    put16(wd, 6, lid);
    put16(wd, 0x0A, flags);
    put16(wd, 0x0C, 0x00BF);            // nFibBack
    put16(wd, fib_rg_w, 14);            // csw
    put16(wd, fib_rg_lw - 2, 22);       // cslw
    put32(wd, fib_rg_lw + 12, ccp_text < 0 ? main_length : static_cast<std::uint32_t>(ccp_text));
    put32(wd, fib_rg_lw + 20, static_cast<std::uint32_t>(default_header.size()));
    put32(wd, fib_rg_lw + 36, static_cast<std::uint32_t>(box_story.size()));
    put32(wd, fib_rg_lw + 40, static_cast<std::uint32_t>(header_box_story.size()));
    put16(wd, fib_pairs_count, fib_pairs);

    // Text at 0x800 onward, the last piece first.
    std::vector<std::uint32_t> fcs(all.size());
    for (std::size_t k = all.size(); k-- > 0;) {
        fcs[k] = static_cast<std::uint32_t>(wd.size());
        for (const char16_t c : all[k].text) {
            if (all[k].compressed) wd.push_back(static_cast<char>(c));
            else append16(wd, c);
        }
    }
    put32(wd, 0x18, static_cast<std::uint32_t>(text_start));   // fcMin
    put32(wd, 0x1C, static_cast<std::uint32_t>(wd.size()));    // fcMac

    std::string table;
    std::string plc;
    std::uint32_t cp = 0;
    for (std::size_t k = 0; k <= all.size(); ++k) {
        append32(plc, cp);
        if (k < all.size()) cp += static_cast<std::uint32_t>(all[k].text.size());
    }
    for (std::size_t k = 0; k < all.size(); ++k) {
        append16(plc, 0);
        append32(plc, all[k].compressed ? (fcs[k] * 2) | 0x40000000u : fcs[k]);
        append16(plc, 0);
    }
    table.push_back('\x02');
    append32(table, static_cast<std::uint32_t>(plc.size()));
    table += plc;
    put32(wd, fib_rg_fc + 8 * i_clx, static_cast<std::uint32_t>(word97_clx_offset));
    put32(wd, fib_rg_fc + 8 * i_clx + 4, static_cast<std::uint32_t>(table.size()));

    auto put_pair = [&](int index, const std::string& structure) {
        if (structure.empty()) return;
        put32(wd, fib_rg_fc + 8 * index, static_cast<std::uint32_t>(table.size()));
        put32(wd, fib_rg_fc + 8 * index + 4, static_cast<std::uint32_t>(structure.size()));
        table += structure;
    };
    // The header story as section 1's default header: six empty note separators, then six header slots.
    if (!default_header.empty()) {
        std::string hdd;
        const auto length = static_cast<std::uint32_t>(default_header.size());
        for (int i = 0; i < 14; ++i) append32(hdd, i < 8 ? 0 : length);
        put_pair(i_plcfhdd, hdd);
    }
    put_pair(i_plc_spa_mom, shape_plc(text_boxes, main_length));
    put_pair(i_plc_spa_hdr, shape_plc(header_text_boxes, static_cast<std::uint32_t>(default_header.size())));
    if (!text_boxes.empty()) put_pair(i_plcftxbx_txt, text_box_plc(text_boxes));
    if (!header_text_boxes.empty()) put_pair(i_plcf_hdrtxbx_txt, text_box_plc(header_text_boxes));

    // Where a CP's character lies in the WordDocument stream, and one past a range's last character.
    auto fc_of = [&](std::uint32_t cp) {
        std::uint32_t start = 0;
        for (std::size_t k = 0; k < all.size(); ++k) {
            const auto len = static_cast<std::uint32_t>(all[k].text.size());
            if (cp < start + len || k + 1 == all.size()) return fcs[k] + (cp - start) * (all[k].compressed ? 1 : 2);
            start += len;
        }
        return 0u;
    };
    auto fc_end_of = [&](std::uint32_t cp_end) {
        const std::uint32_t last = fc_of(cp_end - 1);
        std::uint32_t start = 0;
        for (const word97_piece& p : all) {
            const auto len = static_cast<std::uint32_t>(p.text.size());
            if (cp_end - 1 < start + len) return last + (p.compressed ? 1 : 2);
            start += len;
        }
        return last + 1;
    };
    std::vector<fkp_item> char_items, para_items;
    for (const word97_chars& run : chpx) char_items.push_back({fc_of(run.cp_start), fc_end_of(run.cp_end), run.grpprl});
    for (const word97_paragraph& para : papx) {
        std::string props;
        append16(props, para.istd);
        para_items.push_back({fc_of(para.cp_start), fc_end_of(para.cp_end), props + para.grpprl});
    }
    put_pair(i_plcf_bte_chpx, write_fkp_pages(wd, char_items, fkp_kind::chpx));
    put_pair(i_plcf_bte_papx, write_fkp_pages(wd, para_items, fkp_kind::papx));
    put_pair(i_stshf, style_sheet);
    put_pair(i_sttbf_ffn, font_table);
    if (!lists.empty()) {
        // lcbPlfLst covers the LSTFs; their levels follow right after.
        put_pair(i_plf_lst, lists.plf_lst);
        table += lists.levels;
        put_pair(i_plf_lfo, lists.plf_lfo);
    }
    if (section_table) put_pair(i_plcfsed, section_plc(main_length));
    put32(wd, fib_rg_lw, static_cast<std::uint32_t>(wd.size()));   // cbMac
    return {{"WordDocument", wd}, {(flags & 0x0200) ? "1Table" : "0Table", table}};
}

std::string word97_file::bytes() const { return write_compound_file(streams()); }

}  // namespace baocao::samplegen
