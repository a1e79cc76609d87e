// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The File Information Block at the start of the WordDocument stream: the
/// version, the encryption flags, the story lengths and where each table lives.

#include <cstdint>
#include <string_view>

namespace baocao::doc {

/// True when `head` starts like a Word for Windows 2.0 file (no OLE2 container, wIdent 0xA5DB).
bool is_word2_file(std::string_view head);

/// Where one structure lies in the table stream (fc) and its size (lcb).
struct fc_lcb {
    std::uint32_t fc = 0;
    std::uint32_t lcb = 0;
};

struct fib {
    std::uint16_t nfib = 0;
    bool table_1 = false;          ///< fWhichTblStm: the table stream is "1Table", else "0Table"
    std::uint32_t ccp_text = 0;    ///< characters of the main story
    std::uint32_t ccp_ftn = 0;     ///< footnotes
    std::uint32_t ccp_hdd = 0;     ///< headers and footers
    std::uint32_t ccp_atn = 0;     ///< comments
    std::uint32_t ccp_edn = 0;     ///< endnotes
    std::uint32_t ccp_txbx = 0;    ///< text boxes
    std::uint32_t ccp_hdr_txbx = 0;///< text boxes of headers
    fc_lcb stshf, plcffnd_txt, plcfand_txt, plcfhdd, plcf_bte_chpx, plcf_bte_papx, sttbf_ffn, clx,
        plcfend_txt, plf_lst, plf_lfo;
    /// Shapes anchored in the main text and in the headers (PlcSpaMom, PlcSpaHdr), and
    /// where each text box's text lies in its story (PlcftxbxTxt, PlcfHdrtxbxTxt).
    fc_lcb plc_spa_mom, plc_spa_hdr, plcftxbx_txt, plcf_hdrtxbx_txt;

    /// The CP where the story after `n` stories begins (0 main, 1 footnotes, 2 headers, 3 comments, 4 endnotes,
    /// 5 text boxes, 6 header text boxes).
    std::uint64_t story_start(int n) const;
};

/// Reads the FIB; throws rejection_error: unsupported_format for Word 6/95 and
/// older, encrypted for password-protected (encrypted or obfuscated) files,
/// corrupt_doc when it is cut short or inconsistent.
fib read_fib(std::string_view word_document);

}  // namespace baocao::doc
