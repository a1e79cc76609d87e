// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Turns the bytes an RTF file writes as text (\'hh and 8-bit characters)
/// into UTF-8, by the Windows code page the document, its font or \cpg
/// names, through ICU's converters. A run of bytes is decoded at once, so a
/// double-byte character (Shift-JIS, GBK, Big5, Korean) keeps its two bytes.

#include <string>
#include <string_view>
#include <unordered_map>

struct UConverter;

namespace baocao::rtf {

/// The code page of a document that names none (\ansi), and of bytes whose code page ICU lacks.
inline constexpr int default_codepage = 1252;
/// Not a code page: a symbol font's bytes, read as Word reads them (U+F000 + byte).
inline constexpr int symbol_codepage = -2;

/// The code page \fcharsetN implies: 0 → 1252, 1 → `document_codepage`,
/// 2 → symbol, 77 → Mac Roman, 128 → 932, 129 → 949, 134 → 936, 136 → 950,
/// 161 → 1253, 162 → 1254, 163 → 1258, 177 → 1255, 178 → 1256, 186 → 1257,
/// 204 → 1251, 222 → 874, 238 → 1250; any other → `document_codepage`.
int codepage_of_charset(int charset, int document_codepage);

/// One document's converters, opened as its text needs them. Not thread-safe:
/// each document read has its own.
class codepage_decoder {
public:
    codepage_decoder() = default;
    codepage_decoder(const codepage_decoder&) = delete;
    codepage_decoder& operator=(const codepage_decoder&) = delete;
    ~codepage_decoder();

    /// Appends `bytes` decoded from `codepage` to `out` as UTF-8. A code page
    /// ICU does not know reads as Windows-1252; bytes that do not convert
    /// become U+FFFD.
    void decode(std::string_view bytes, int codepage, std::string& out);

private:
    std::unordered_map<int, UConverter*> converters_;

    UConverter* converter(int codepage);
};

}  // namespace baocao::rtf
