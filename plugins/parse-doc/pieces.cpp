// SPDX-License-Identifier: Apache-2.0
#include "pieces.hpp"

#include "bytes.hpp"

#include <baocao/sdk/error.hpp>

#include <algorithm>

namespace baocao::doc {

namespace {

// Windows-1252 for 0x80..0x9F, the bytes where it differs from Latin-1.
constexpr char16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// A piece table of more pieces than this is not a fast-saved report.
constexpr std::uint32_t max_pieces = 1u << 20;

[[noreturn]] void damaged(const std::string& what) {
    throw rejection_error(error_code::corrupt_doc, "damaged piece table: " + what);
}

/// The PlcPcd inside the CLX: Prc entries (0x01) come first and are skipped.
std::string_view find_plc_pcd(std::string_view clx) {
    std::size_t at = 0;
    // Each Prc takes at least three bytes, so the walk ends.
    while (at < clx.size()) {
        const std::uint8_t kind = u8(clx, at);
        if (kind == 0x02) {
            const std::uint32_t lcb = u32(clx, at + 1);
            if (!fits(clx, at + 5, lcb)) damaged("the piece descriptors run past the table stream");
            return clx.substr(at + 5, lcb);
        }
        if (kind != 0x01) damaged("unknown CLX entry " + std::to_string(kind));
        const auto cb = static_cast<std::int16_t>(u16(clx, at + 1));
        if (cb < 0) damaged("negative property list");
        at += 3 + static_cast<std::size_t>(cb);
    }
    damaged("no piece descriptors");
}

}  // namespace

piece_table::piece_table(const fib& f, std::string_view wd, std::string_view table, std::uint64_t max_chars) {
    if (f.clx.lcb == 0) damaged("the file has none");
    if (!fits(table, f.clx.fc, f.clx.lcb)) damaged("it lies outside the table stream");
    const std::string_view plc = find_plc_pcd(table.substr(f.clx.fc, f.clx.lcb));
    if (plc.size() < 16 || (plc.size() - 4) % 12 != 0) damaged("its size " + std::to_string(plc.size()) + " is not 4 + 12n");
    const std::uint32_t n = static_cast<std::uint32_t>((plc.size() - 4) / 12);
    if (n > max_pieces) damaged(std::to_string(n) + " pieces");
    if (u32(plc, 0) != 0) damaged("the first piece does not start at character 0");

    pieces_.reserve(n);
    std::uint64_t total = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t start = u32(plc, 4 * i);
        const std::uint32_t end = u32(plc, 4 * (i + 1));
        // Positions only grow: an entry going back is a damaged table, and following it could loop.
        if (end < start) damaged("character positions go backwards at piece " + std::to_string(i));
        const std::size_t pcd = 4 * (std::size_t(n) + 1) + 8 * std::size_t(i);
        const std::uint32_t fc_raw = u32(plc, pcd + 2);
        piece p;
        p.cp_start = start;
        p.cp_end = end;
        p.compressed = (fc_raw & 0x40000000u) != 0;
        p.fc = p.compressed ? (fc_raw & 0x3FFFFFFFu) / 2 : (fc_raw & 0x3FFFFFFFu);
        const std::uint64_t bytes = std::uint64_t(end - start) * (p.compressed ? 1 : 2);
        if (!fits(wd, p.fc, bytes)) damaged("piece " + std::to_string(i) + " lies outside the WordDocument stream");
        total += end - start;
        if (total > max_chars) throw rejection_error(error_code::too_large, "the document holds over " + std::to_string(max_chars) + " characters");
        if (end > start) pieces_.push_back(p);
    }
    if (total < f.ccp_text) damaged("it holds " + std::to_string(total) + " characters, the main text " + std::to_string(f.ccp_text));

    text_.resize(static_cast<std::size_t>(total));
    for (const piece& p : pieces_) {
        char16_t* out = text_.data() + p.cp_start;
        const std::size_t count = p.cp_end - p.cp_start;
        const char* in = wd.data() + p.fc;
        if (p.compressed) {
            for (std::size_t i = 0; i < count; ++i) {
                const auto b = static_cast<std::uint8_t>(in[i]);
                out[i] = (b >= 0x80 && b < 0xA0) ? cp1252_high[b - 0x80] : char16_t(b);
            }
        } else {
            for (std::size_t i = 0; i < count; ++i)
                out[i] = static_cast<char16_t>(static_cast<std::uint8_t>(in[2 * i]) | static_cast<std::uint8_t>(in[2 * i + 1]) << 8);
        }
    }
}

std::size_t piece_table::piece_of(std::uint32_t cp) const {
    const auto it = std::upper_bound(pieces_.begin(), pieces_.end(), cp,
                                     [](std::uint32_t c, const piece& p) { return c < p.cp_end; });
    return static_cast<std::size_t>(it - pieces_.begin());
}

}  // namespace baocao::doc
