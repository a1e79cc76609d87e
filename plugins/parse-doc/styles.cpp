// SPDX-License-Identifier: Apache-2.0
#include "styles.hpp"

#include <bounded_text.hpp>
#include <word_style_id.hpp>

#include "bytes.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::doc {

namespace {

// Word allows 4095 styles; the sheet's count field is trusted no further.
constexpr std::size_t max_styles = 4096;
// Base-style chains deeper than this are loops or nonsense.
constexpr int max_base_depth = 16;
constexpr std::uint16_t no_style = 0x0FFF;

const char* const builtin_names[] = {"Normal", "heading 1", "heading 2", "heading 3", "heading 4",
                                     "heading 5", "heading 6", "heading 7", "heading 8", "heading 9"};

}  // namespace

void append_utf16le(std::string& out, std::string_view p, std::size_t units) {
    units = std::min(units, p.size() / 2);
    for (std::size_t i = 0; i < units; ++i) {
        char32_t c = u16(p, 2 * i);
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < units) {
            const char32_t lo = u16(p, 2 * i + 2);
            if (lo >= 0xDC00 && lo < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                ++i;
            } else {
                c = 0xFFFD;
            }
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
        }
        text::append_utf8(out, c);
    }
}

style_sheet::style_sheet(std::string_view table, fc_lcb stshf) {
    fallback_.name = "Normal";
    fallback_.sti = 0;
    fallback_.kind = 1;
    if (stshf.lcb < 4 || !fits(table, stshf.fc, stshf.lcb)) return;
    const std::string_view sheet = table.substr(stshf.fc, stshf.lcb);
    const std::uint16_t cb_stshi = u16(sheet, 0);
    const std::string_view stshi = slice(sheet, 2, cb_stshi);
    const std::size_t count = std::min<std::size_t>(u16(stshi, 0), max_styles);
    const std::size_t base_size = u16(stshi, 2);
    if (stshi.size() >= 18) {
        default_ascii_ = u16(stshi, 12);
        default_other_ = u16(stshi, 16);
    }
    styles_.resize(count);
    state_.assign(count, 0);
    base_.assign(count, no_style);
    own_papx_.resize(count);
    std::size_t at = 2 + std::size_t(cb_stshi);
    for (std::size_t istd = 0; istd < count && at + 2 <= sheet.size(); ++istd) {
        const std::uint16_t cb_std = u16(sheet, at);
        const std::string_view std_bytes = slice(sheet, at + 2, cb_std);
        at += 2 + std::size_t(cb_std);
        if (cb_std == 0 || std_bytes.size() < 10 || base_size < 10) continue;
        style& s = styles_[istd];
        s.defined = true;
        s.sti = u16(std_bytes, 0) & 0x0FFF;
        s.kind = u16(std_bytes, 2) & 0x000F;
        base_[istd] = u16(std_bytes, 2) >> 4;
        const std::size_t upx_count = u16(std_bytes, 4) & 0x000F;
        const std::size_t cch = u16(std_bytes, base_size);
        append_utf16le(s.name, slice(std_bytes, base_size + 2, cch * 2), cch);
        // Every paragraph of the style carries its name: one the file makes huge is cut.
        s.name = plugins::bounded(s.name, plugins::max_name_bytes);
        if (s.sti <= 9) s.name = builtin_names[s.sti];
        s.id = plugins::word_style_id(s.name, s.sti < 0x0FFE);
        std::size_t upx = base_size + 2 + cch * 2 + 2;
        for (std::size_t u = 0; u < upx_count && u < 3; ++u) {
            upx += upx & 1;
            const std::uint16_t cb_upx = u16(std_bytes, upx);
            const std::string_view data = slice(std_bytes, upx + 2, cb_upx);
            upx += 2 + std::size_t(cb_upx);
            if (s.kind == 1 && u == 0) own_papx_[istd] = data.size() >= 2 ? data.substr(2) : std::string_view();
            else if ((s.kind == 1 && u == 1) || (s.kind == 2 && u == 0)) s.own_chpx = data;
        }
    }
    for (std::size_t i = 0; i < count; ++i) resolve(i, 0);
}

void style_sheet::resolve(std::size_t istd, int depth) {
    if (state_[istd] != 0) return;
    state_[istd] = 1;
    style& s = styles_[istd];
    const std::uint16_t base = base_[istd];
    // A base that loops back, is undefined or lies too deep is ignored.
    if (base != no_style && base < styles_.size() && depth < max_base_depth && state_[base] != 1) {
        resolve(base, depth + 1);
        if (styles_[base].defined && styles_[base].kind == s.kind) {
            s.para = styles_[base].para;
            s.chars = styles_[base].chars;
        }
    }
    const char_props inherited = s.chars;
    for_each_sprm(s.own_chpx, [&](const sprm& m) { apply_char_sprm(s.chars, m, inherited); });
    for_each_sprm(own_papx_[istd], [&](const sprm& m) { apply_para_sprm(s.para, m); });
    // The built-in headings carry their outline level even when the sheet does not write it.
    if (s.sti >= 1 && s.sti <= 9 && (s.para.outline_level < 0 || s.para.outline_level > 8)) s.para.outline_level = s.sti - 1;
    state_[istd] = 2;
}

const style& style_sheet::at(std::size_t istd) const {
    if (istd < styles_.size() && styles_[istd].defined) return styles_[istd];
    if (!styles_.empty() && styles_[0].defined) return styles_[0];
    return fallback_;
}

std::vector<std::string> read_font_table(std::string_view table, fc_lcb sttbf_ffn) {
    std::vector<std::string> fonts;
    if (sttbf_ffn.lcb < 4 || !fits(table, sttbf_ffn.fc, sttbf_ffn.lcb)) return fonts;
    const std::string_view sttb = table.substr(sttbf_ffn.fc, sttbf_ffn.lcb);
    std::size_t at = 0;
    std::size_t count = u16(sttb, 0);
    if (count == 0xFFFF) {
        count = u16(sttb, 2);
        at = 2;
    }
    at += 4;   // cData and cbExtra
    count = std::min<std::size_t>(count, 4096);
    for (std::size_t i = 0; i < count && at < sttb.size(); ++i) {
        const std::size_t cb = u8(sttb, at);
        const std::string_view ffn = slice(sttb, at + 1, cb);
        at += 1 + cb;
        std::string name;
        // xszFfn: NUL-terminated UTF-16 after the 39 bytes of the fixed part.
        if (ffn.size() > 39) {
            std::size_t units = 0;
            while (39 + 2 * units + 1 < ffn.size() && u16(ffn, 39 + 2 * units) != 0) ++units;
            append_utf16le(name, ffn.substr(39), units);
        }
        fonts.push_back(std::move(name));
    }
    return fonts;
}

}  // namespace baocao::doc
