// SPDX-License-Identifier: Apache-2.0
#include "codepage_decoder.hpp"

#include <baocao/sdk/text.hpp>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <string>
#include <vector>

namespace baocao::rtf {

int codepage_of_charset(int charset, int document_codepage) {
    switch (charset) {
    case 0: return 1252;
    case 2: return symbol_codepage;
    case 77: return 10000;
    case 128: return 932;
    case 129: return 949;
    case 134: return 936;
    case 136: return 950;
    case 161: return 1253;
    case 162: return 1254;
    case 163: return 1258;
    case 177: return 1255;
    case 178: return 1256;
    case 186: return 1257;
    case 204: return 1251;
    case 222: return 874;
    case 238: return 1250;
    default: return document_codepage;
    }
}

codepage_decoder::~codepage_decoder() {
    for (auto& [cp, conv] : converters_)
        if (conv) ucnv_close(conv);
}

UConverter* codepage_decoder::converter(int codepage) {
    if (const auto it = converters_.find(codepage); it != converters_.end()) return it->second;
    // ICU names the Windows code pages "windows-N" or "cpN", the DOS ones "ibm-N"; 10000 is Mac Roman.
    std::vector<std::string> names;
    if (codepage == 10000) names.push_back("macintosh");
    if (codepage == 65001) names.push_back("UTF-8");
    const std::string n = std::to_string(codepage);
    names.insert(names.end(), {"windows-" + n, "cp" + n, "ibm-" + n});
    UConverter* conv = nullptr;
    for (const std::string& name : names) {
        UErrorCode status = U_ZERO_ERROR;
        conv = ucnv_open(name.c_str(), &status);
        if (U_SUCCESS(status) && conv) break;
        if (conv) ucnv_close(conv);
        conv = nullptr;
    }
    converters_.emplace(codepage, conv);
    return conv;
}

void codepage_decoder::decode(std::string_view bytes, int codepage, std::string& out) {
    if (bytes.empty()) return;
    if (codepage == symbol_codepage) {
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            // Symbol fonts' bullet shows as the bullet; other symbols keep Word's private-use code.
            text::append_utf8(out, b == 0xB7 ? U'\u2022' : b < 0x20 ? U'\uFFFD' : char32_t(0xF000 + b));
        }
        return;
    }
    UConverter* conv = converter(codepage);
    if (!conv && codepage != default_codepage) conv = converter(default_codepage);
    if (!conv) {
        for (const char c : bytes) text::append_utf8(out, static_cast<unsigned char>(c));   // Latin-1, the last resort
        return;
    }
    ucnv_reset(conv);
    std::u16string units(bytes.size() * 2 + 4, u'\0');
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(conv, units.data(), static_cast<int32_t>(units.size()), bytes.data(),
                                    static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
        for (std::size_t i = 0; i < bytes.size(); ++i) text::append_utf8(out, U'\uFFFD');
        return;
    }
    units.resize(static_cast<std::size_t>(n));
    int32_t length = 0;
    UErrorCode s2 = U_ZERO_ERROR;
    u_strToUTF8WithSub(nullptr, 0, &length, units.data(), n, 0xFFFD, nullptr, &s2);
    const std::size_t at = out.size();
    out.resize(at + static_cast<std::size_t>(length));
    s2 = U_ZERO_ERROR;
    u_strToUTF8WithSub(out.data() + at, length, nullptr, units.data(), n, 0xFFFD, nullptr, &s2);
    if (U_FAILURE(s2)) out.resize(at);
}

}  // namespace baocao::rtf
