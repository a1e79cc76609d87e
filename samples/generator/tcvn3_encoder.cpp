// SPDX-License-Identifier: Apache-2.0
#include "tcvn3_encoder.hpp"

#include "text_util.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace baocao::samplegen {

namespace {

// Unicode letter → the code point Word stores for its TCVN3 (VN3) byte, from
// reference/tcvn3.tsv: the 74 letters a .Vn font can show.
constexpr std::array<std::pair<char32_t, char32_t>, 74> table{{
    {0x0102, 0x00A1}, {0x00C2, 0x00A2}, {0x00CA, 0x00A3}, {0x00D4, 0x00A4}, {0x01A0, 0x00A5}, {0x01AF, 0x00A6},
    {0x0110, 0x00A7}, {0x0103, 0x00A8}, {0x00E2, 0x00A9}, {0x00EA, 0x00AA}, {0x00F4, 0x00AB}, {0x01A1, 0x00AC},
    {0x01B0, 0x00AD}, {0x0111, 0x00AE}, {0x00E0, 0x00B5}, {0x1EA3, 0x00B6}, {0x00E3, 0x00B7}, {0x00E1, 0x00B8},
    {0x1EA1, 0x00B9}, {0x1EB1, 0x00BB}, {0x1EB3, 0x00BC}, {0x1EB5, 0x00BD}, {0x1EAF, 0x00BE}, {0x1EB7, 0x00C6},
    {0x1EA7, 0x00C7}, {0x1EA9, 0x00C8}, {0x1EAB, 0x00C9}, {0x1EA5, 0x00CA}, {0x1EAD, 0x00CB}, {0x00E8, 0x00CC},
    {0x1EBB, 0x00CE}, {0x1EBD, 0x00CF}, {0x00E9, 0x00D0}, {0x1EB9, 0x00D1}, {0x1EC1, 0x00D2}, {0x1EC3, 0x00D3},
    {0x1EC5, 0x00D4}, {0x1EBF, 0x00D5}, {0x1EC7, 0x00D6}, {0x00EC, 0x00D7}, {0x1EC9, 0x00D8}, {0x0129, 0x00DC},
    {0x00ED, 0x00DD}, {0x1ECB, 0x00DE}, {0x00F2, 0x00DF}, {0x1ECF, 0x00E1}, {0x00F5, 0x00E2}, {0x00F3, 0x00E3},
    {0x1ECD, 0x00E4}, {0x1ED3, 0x00E5}, {0x1ED5, 0x00E6}, {0x1ED7, 0x00E7}, {0x1ED1, 0x00E8}, {0x1ED9, 0x00E9},
    {0x1EDD, 0x00EA}, {0x1EDF, 0x00EB}, {0x1EE1, 0x00EC}, {0x1EDB, 0x00ED}, {0x1EE3, 0x00EE}, {0x00F9, 0x00EF},
    {0x1EE7, 0x00F1}, {0x0169, 0x00F2}, {0x00FA, 0x00F3}, {0x1EE5, 0x00F4}, {0x1EEB, 0x00F5}, {0x1EED, 0x00F6},
    {0x1EEF, 0x00F7}, {0x1EE9, 0x00F8}, {0x1EF1, 0x00F9}, {0x1EF3, 0x00FA}, {0x1EF7, 0x00FB}, {0x1EF9, 0x00FC},
    {0x00FD, 0x00FD}, {0x1EF5, 0x00FE},
}};

bool lookup(char32_t c, char32_t& out) {
    for (const auto& [u, d] : table)
        if (u == c) {
            out = d;
            return true;
        }
    return false;
}

std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        char32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0) {
            cp = c & 0x07;
            len = 4;
        } else if (c >= 0xE0) {
            cp = c & 0x0F;
            len = 3;
        } else if (c >= 0xC0) {
            cp = c & 0x1F;
            len = 2;
        }
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += cp;
        i += len;
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string to_utf8(char32_t cp) {
    std::string s;
    append_utf8(s, cp);
    return s;
}

}  // namespace

std::string tcvn3_encode(std::string_view text) {
    std::string out;
    for (char32_t c : decode_utf8(text)) {
        char32_t code = 0;
        append_utf8(out, lookup(c, code) ? code : c);
    }
    return out;
}

std::vector<run_spec> tcvn3_runs(std::string_view text, const run_spec& style) {
    std::vector<run_spec> runs;
    auto open = [&](const char* font) {
        if (runs.empty() || runs.back().font != font) {
            run_spec r = style;
            r.text.clear();
            r.font = font;
            runs.push_back(std::move(r));
        }
        return &runs.back();
    };
    for (char32_t c : decode_utf8(text)) {
        char32_t code = 0;
        if (c < 0x80 || lookup(c, code)) {
            append_utf8(open(tcvn3_font)->text, c < 0x80 ? c : code);
            continue;
        }
        // A toned capital: its lower-case letter's code, shown by the H font as a capital.
        const std::string lowered = lower(to_utf8(c));
        const std::u32string lc = decode_utf8(lowered);
        if (lc.size() == 1 && lookup(lc[0], code))
            append_utf8(open(tcvn3_caps_font)->text, code);
        else
            append_utf8(open(tcvn3_font)->text, c);  // punctuation such as “ ” – stays Unicode
    }
    return runs;
}

run_spec tcvn3_caps_run(std::string_view text, const run_spec& style) {
    run_spec r = style;
    r.font = tcvn3_caps_font;
    r.text = tcvn3_encode(lower(text));
    return r;
}

}  // namespace baocao::samplegen
