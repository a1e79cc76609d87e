// SPDX-License-Identifier: Apache-2.0
#include "fkp.hpp"

#include "bytes.hpp"
#include "sprm.hpp"

#include <algorithm>

namespace baocao::doc {

namespace {

constexpr std::size_t page_size = 512;
constexpr std::uint16_t sprm_huge_papx = 0x6646;
// A bin table of more pages than this describes more than the stream can hold.
constexpr std::uint32_t max_pages = 1u << 20;

/// The page numbers the bin table lists; PnFkp keeps 22 bits.
std::vector<std::uint32_t> page_numbers(std::string_view table, fc_lcb bte) {
    std::vector<std::uint32_t> out;
    if (bte.lcb < 12 || !fits(table, bte.fc, bte.lcb) || (bte.lcb - 4) % 8 != 0) return out;
    const std::string_view plc = table.substr(bte.fc, bte.lcb);
    const std::uint32_t n = std::min<std::uint32_t>((bte.lcb - 4) / 8, max_pages);
    out.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) out.push_back(u32(plc, 4 * (std::size_t(n) + 1) + 4 * std::size_t(i)) & 0x3FFFFFu);
    // One page listed twice would describe its bytes twice.
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void sort_items(std::vector<fc_props>& items) {
    std::stable_sort(items.begin(), items.end(), [](const fc_props& a, const fc_props& b) { return a.fc_start < b.fc_start; });
}

}  // namespace

fc_props_table fc_props_table::read_chpx(std::string_view wd, std::string_view table, fc_lcb bte) {
    fc_props_table t;
    for (const std::uint32_t pn : page_numbers(table, bte)) {
        if (!fits(wd, std::uint64_t(pn) * page_size, page_size)) continue;
        const std::string_view page = wd.substr(std::size_t(pn) * page_size, page_size);
        const std::uint8_t crun = u8(page, page_size - 1);
        // rgfc (crun + 1 offsets) and rgb (crun bytes) must fit before the count byte.
        if (crun == 0 || 4 * (std::size_t(crun) + 1) + crun > page_size - 1) continue;
        for (std::size_t i = 0; i < crun; ++i) {
            fc_props p;
            p.fc_start = u32(page, 4 * i);
            p.fc_end = u32(page, 4 * (i + 1));
            if (p.fc_end <= p.fc_start) continue;
            const std::size_t at = std::size_t(u8(page, 4 * (std::size_t(crun) + 1) + i)) * 2;
            if (at != 0 && at < page_size - 1) {
                const std::size_t cb = u8(page, at);
                p.grpprl = slice(page, at + 1, std::min(cb, page_size - 1 - (at + 1)));
            }
            t.items_.push_back(p);
        }
    }
    sort_items(t.items_);
    return t;
}

fc_props_table fc_props_table::read_papx(std::string_view wd, std::string_view table, std::string_view data, fc_lcb bte) {
    fc_props_table t;
    for (const std::uint32_t pn : page_numbers(table, bte)) {
        if (!fits(wd, std::uint64_t(pn) * page_size, page_size)) continue;
        const std::string_view page = wd.substr(std::size_t(pn) * page_size, page_size);
        const std::uint8_t cpara = u8(page, page_size - 1);
        // rgfc (cpara + 1 offsets) and rgbx (13 bytes each) before the count byte.
        if (cpara == 0 || 4 * (std::size_t(cpara) + 1) + 13 * std::size_t(cpara) > page_size - 1) continue;
        for (std::size_t i = 0; i < cpara; ++i) {
            fc_props p;
            p.fc_start = u32(page, 4 * i);
            p.fc_end = u32(page, 4 * (i + 1));
            if (p.fc_end <= p.fc_start) continue;
            const std::size_t at = std::size_t(u8(page, 4 * (std::size_t(cpara) + 1) + 13 * i)) * 2;
            if (at != 0 && at + 1 < page_size - 1) {
                // cb counts words; 0 means the next byte holds the count.
                std::size_t cb = u8(page, at);
                std::size_t from = at + 1;
                std::size_t bytes = cb * 2 - 1;
                if (cb == 0) {
                    cb = u8(page, at + 1);
                    from = at + 2;
                    bytes = cb * 2;
                }
                const std::string_view papx = slice(page, from, std::min(bytes, page_size - 1 - std::min(from, page_size - 1)));
                if (papx.size() >= 2) {
                    p.istd = u16(papx, 0);
                    p.grpprl = papx.substr(2);
                    // A paragraph with too many properties for the page keeps them in the Data stream.
                    if (p.grpprl.size() >= 6 && u16(p.grpprl, 0) == sprm_huge_papx) {
                        const std::uint32_t fc = u32(p.grpprl, 2);
                        const std::uint16_t size = u16(data, fc);
                        if (fits(data, std::uint64_t(fc) + 2, size)) p.grpprl = data.substr(std::size_t(fc) + 2, size);
                    }
                }
            }
            t.items_.push_back(p);
        }
    }
    sort_items(t.items_);
    return t;
}

const fc_props* fc_props_table::find(std::uint32_t fc) const {
    auto it = std::upper_bound(items_.begin(), items_.end(), fc, [](std::uint32_t v, const fc_props& p) { return v < p.fc_start; });
    if (it == items_.begin()) return nullptr;
    --it;
    return fc < it->fc_end ? &*it : nullptr;
}

}  // namespace baocao::doc
