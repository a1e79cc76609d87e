// SPDX-License-Identifier: Apache-2.0
#include "fib.hpp"

#include "bytes.hpp"

#include <baocao/sdk/error.hpp>

#include <string>

namespace baocao::doc {

bool is_word2_file(std::string_view head) {
    return head.size() >= 4 && static_cast<unsigned char>(head[0]) == 0xDB && static_cast<unsigned char>(head[1]) == 0xA5;
}

namespace {

constexpr std::uint16_t word_ident = 0xA5EC;
// Word 97 writes nFib 0xC1 in the base; 0xC0 came from its betas. Word 6 and
// 95 wrote 101 to 105, Word 2 and earlier less.
constexpr std::uint16_t first_word97_nfib = 0xC0;

// Indexes of fibRgFcLcb97 pairs.
enum : std::uint32_t {
    i_stshf = 1,
    i_plcffnd_txt = 3,
    i_plcfand_txt = 5,
    i_plcfhdd = 11,
    i_plcf_bte_chpx = 12,
    i_plcf_bte_papx = 13,
    i_sttbf_ffn = 15,
    i_clx = 33,
    i_plc_spa_mom = 40,
    i_plc_spa_hdr = 41,
    i_plcfend_txt = 47,
    i_plcftxbx_txt = 56,
    i_plcf_hdrtxbx_txt = 58,
    i_plf_lst = 73,
    i_plf_lfo = 74,
};

[[noreturn]] void damaged(const std::string& what) {
    throw rejection_error(error_code::corrupt_doc, "damaged Word file information block: " + what);
}

}  // namespace

std::uint64_t fib::story_start(int n) const {
    const std::uint64_t lengths[] = {ccp_text, ccp_ftn, ccp_hdd, ccp_atn, ccp_edn, ccp_txbx, ccp_hdr_txbx};
    std::uint64_t cp = 0;
    for (int i = 0; i < n && i < 7; ++i) cp += lengths[i];
    return cp;
}

fib read_fib(std::string_view wd) {
    if (wd.size() < 34) damaged("the WordDocument stream is " + std::to_string(wd.size()) + " bytes");
    fib f;
    const std::uint16_t ident = u16(wd, 0);
    f.nfib = u16(wd, 2);
    const bool word6 = f.nfib >= 101 && f.nfib <= 105;
    if (!word6 && ident != word_ident && ident != 0xA5DC) damaged("no Word signature");
    if (f.nfib < first_word97_nfib) {
        const std::string version = word6 ? "Word 6.0/95" : "Word 2.0 or older";
        throw rejection_error(error_code::unsupported_format,
                              "a " + version + " document (nFib " + std::to_string(f.nfib) +
                                  "); only Word 97-2003 and later .doc files are read");
    }
    const std::uint16_t flags = u16(wd, 0x0A);
    if (flags & 0x0100) {
        throw rejection_error(error_code::encrypted, (flags & 0x8000) ? "password-protected .doc (XOR obfuscation)"
                                                                      : "password-protected .doc (encrypted)");
    }
    f.table_1 = (flags & 0x0200) != 0;

    std::size_t at = 32;
    const std::uint16_t csw = u16(wd, at);
    at += 2 + std::size_t(csw) * 2;
    const std::uint16_t cslw = u16(wd, at);
    at += 2;
    const std::size_t rg_lw = at;
    if (cslw < 11 || !fits(wd, rg_lw, std::size_t(cslw) * 4)) damaged("the FibRgLw block is missing");
    f.ccp_text = u32(wd, rg_lw + 12);
    f.ccp_ftn = u32(wd, rg_lw + 16);
    f.ccp_hdd = u32(wd, rg_lw + 20);
    f.ccp_atn = u32(wd, rg_lw + 28);
    f.ccp_edn = u32(wd, rg_lw + 32);
    f.ccp_txbx = u32(wd, rg_lw + 36);
    f.ccp_hdr_txbx = u32(wd, rg_lw + 40);
    at += std::size_t(cslw) * 4;
    const std::uint16_t pairs = u16(wd, at);
    at += 2;
    if (pairs <= i_clx || !fits(wd, at, std::size_t(pairs) * 8)) damaged("the FibRgFcLcb block is missing");
    auto pair = [&](std::uint32_t i) {
        return i < pairs ? fc_lcb{u32(wd, at + 8 * i), u32(wd, at + 8 * i + 4)} : fc_lcb{};
    };
    f.stshf = pair(i_stshf);
    f.plcffnd_txt = pair(i_plcffnd_txt);
    f.plcfand_txt = pair(i_plcfand_txt);
    f.plcfhdd = pair(i_plcfhdd);
    f.plcf_bte_chpx = pair(i_plcf_bte_chpx);
    f.plcf_bte_papx = pair(i_plcf_bte_papx);
    f.sttbf_ffn = pair(i_sttbf_ffn);
    f.clx = pair(i_clx);
    f.plcfend_txt = pair(i_plcfend_txt);
    f.plf_lst = pair(i_plf_lst);
    f.plf_lfo = pair(i_plf_lfo);
    f.plc_spa_mom = pair(i_plc_spa_mom);
    f.plc_spa_hdr = pair(i_plc_spa_hdr);
    f.plcftxbx_txt = pair(i_plcftxbx_txt);
    f.plcf_hdrtxbx_txt = pair(i_plcf_hdrtxbx_txt);
    for (const std::uint32_t n : {f.ccp_text, f.ccp_ftn, f.ccp_hdd, f.ccp_atn, f.ccp_edn, f.ccp_txbx, f.ccp_hdr_txbx})
        if (n > 0x7FFFFFFFu) damaged("a story length is negative");
    return f;
}

}  // namespace baocao::doc
