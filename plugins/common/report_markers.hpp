// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The words that mark the parts of a Vietnamese administrative report, as
/// match keys (text::match_key): the fixed headings above it, the kinds of
/// document a title line names, how its body opens, how it closes, its
/// signature authorities and its annexes. extract-sections cuts reports with
/// them; extract-unit and the header block reader skip or stop at the same lines.

#include <string_view>

namespace baocao::report_markers {

/// The Party's name, the fixed heading over a Party body's report ("ĐẢNG CỘNG SẢN VIỆT NAM").
inline constexpr std::string_view party_name = "dang cong san viet nam";
/// The state's name, the fixed heading over a state body's report ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
inline constexpr std::string_view state_name = "cong hoa xa hoi chu nghia viet nam";
/// How the state's name begins, for a heading written with more after it.
inline constexpr std::string_view state_name_start = "cong hoa xa hoi chu nghia";
/// The national motto under the state's name ("Độc lập - Tự do - Hạnh phúc").
inline constexpr std::string_view motto = "doc lap tu do hanh phuc";

/// Kinds of document whose name line ends a header block ("BÁO CÁO", "KẾ HOẠCH" ...).
inline constexpr std::string_view document_kinds[] = {"bao cao", "ke hoach", "to trinh", "thong bao",
                                                      "bien ban", "de an",   "chuong trinh", "huong dan"};
/// A report's kind line written alone ("BÁO CÁO", "TỜ TRÌNH", "THAM LUẬN", "BÁO CÁO THAM LUẬN").
inline constexpr std::string_view report_kinds[] = {"bao cao", "to trinh", "tham luan", "bao cao tham luan"};

/// How the body's first paragraphs open ("Thực hiện ...", "Căn cứ ...", "Kính gửi ...").
inline constexpr std::string_view body_openers[] = {"thuc hien", "can cu",      "kinh gui",  "theo ",
                                                    "duoc su",   "nham ",       "trien khai", "thuc hien ke hoach"};
/// The line naming the addressees ("Kính gửi:").
inline constexpr std::string_view addressee = "kinh gui";
/// The closing formula that ends the body ("Trên đây là ...").
inline constexpr std::string_view closing_formula = "tren day la";
/// The list of recipients, part of the signature block ("Nơi nhận:").
inline constexpr std::string_view recipients = "noi nhan";
/// Signature authorities, each with the space after it: T/M, TM., K/T, KT., T/L, TL., TUQ.
inline constexpr std::string_view signature_marks[] = {"t m ", "tm ", "k t ", "kt ", "t l ", "tl ", "tuq "};
/// How an annex's heading begins ("PHỤ LỤC", "Biểu", "DANH SÁCH").
inline constexpr std::string_view annex_starts[] = {"phu luc", "bieu", "danh sach"};

}  // namespace baocao::report_markers
