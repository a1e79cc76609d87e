// SPDX-License-Identifier: Apache-2.0
#include "paragraph_builder.hpp"

#include "nfc_check.hpp"

#include <baocao/sdk/text.hpp>

#include <cstdint>
#include <cstring>
#include <memory>

namespace baocao::docx {

namespace {

constexpr std::uint64_t high_bits = 0x8080808080808080ull;

std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

/// Where the first byte of 0x80 or above is at or after `i`; the size when none.
/// Eight bytes at a time: report text is mostly ASCII between its letters.
std::size_t skip_ascii(std::string_view s, std::size_t i) {
    while (i + 8 <= s.size() && (load8(s.data() + i) & high_bits) == 0) i += 8;
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

/// True when some byte is 0xE2 or above: the lead bytes of every script but
/// Latin, Greek, Cyrillic and the Vietnamese letters (U+1E00..U+1EFF, lead E1).
bool has_byte_from_e2(std::string_view s) {
    std::size_t i = 0;
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7Full, to_e2 = 0x1E1E1E1E1E1E1E1Eull;
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t w = load8(s.data() + i);
        // Per byte: high bit set, and the low seven bits 0x62 or more (no carry crosses bytes).
        if (((w & low7) + to_e2) & w & high_bits) return true;
    }
    for (; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) >= 0xE2) return true;
    return false;
}

std::string_view font_name(const font_ref& f, const theme_fonts& theme) {
    if (!f.set) return {};
    return f.theme != theme_font::none ? theme.of(f.theme) : f.name;
}

/// True when the family name (before any fallback list) ends in 'H': the
/// TCVN3 capital fonts (.VnTimeH, .VnArialH) draw every letter upper case.
bool is_capital_font(std::string_view font) {
    const auto sep = font.find_first_of(",;");
    if (sep != std::string_view::npos) font = font.substr(0, sep);
    while (!font.empty() && (font.back() == ' ' || font.back() == '"' || font.back() == '\'')) font.remove_suffix(1);
    return !font.empty() && font.back() == 'H';
}

}  // namespace

std::string_view effective_font(const run_props& props, std::string_view text, const theme_fonts& theme) {
    const std::string_view ascii = font_name(props.fonts[slot_ascii], theme);
    const std::string_view hansi = font_name(props.fonts[slot_hansi], theme);
    if (props.complex == tri::on) {
        const std::string_view cs = font_name(props.fonts[slot_cs], theme);
        if (!cs.empty()) return cs;
    }
    // The text decides only between fonts that differ: most runs name one
    // font for every script, and then the text need not be scanned.
    if (ascii.empty() || hansi.empty() || ascii == hansi) {
        const std::string_view latin = ascii.empty() ? hansi : ascii;
        const std::string_view east_asia = font_name(props.fonts[slot_east_asia], theme);
        if (east_asia.empty() || east_asia == latin) return latin;
    }
    const bool non_ascii = skip_ascii(text, 0) < text.size();
    bool east_asian = false;
    // Only then does the text decide; most text has no byte from E2 up and is not CJK.
    if (non_ascii && props.fonts[slot_east_asia].set && has_byte_from_e2(text)) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            // Lead bytes from E2 BA (U+2E80) to ED (U+DFFF) and the F0 A0+ planes are CJK and Hangul.
            const unsigned next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
            if ((c == 0xE2 && next >= 0xBA) || (c >= 0xE3 && c <= 0xED) || (c == 0xF0 && next >= 0xA0)) {
                east_asian = true;
                break;
            }
        }
    }
    if (east_asian) {
        const std::string_view ea = font_name(props.fonts[slot_east_asia], theme);
        if (!ea.empty()) return ea;
    }
    if (non_ascii) return hansi.empty() ? ascii : hansi;
    return ascii.empty() ? hansi : ascii;
}

void paragraph_builder::reset(std::uint64_t max_bytes) {
    // Rebuilt in place: assigning a fresh paragraph would build a temporary
    // and move every member across, once per paragraph of the document.
    std::destroy_at(&para_);
    std::construct_at(&para_);
    scratch_.clear();
    pending_.clear();
    markers_.clear();
    bytes_ = 0;
    max_bytes_ = max_bytes;
}

void paragraph_builder::append(std::string_view text) {
    if (text.empty()) return;
    if (!pending_.empty()) {
        scratch_ += pending_;
        pending_.clear();
        for (marker& m : markers_) m.emitted = true;
    }
    // Over-long paragraphs are cut, not rejected: the rest of the document still counts.
    if (bytes_ + text.size() > max_bytes_) return;
    bytes_ += text.size();
    scratch_.append(text);
}

void paragraph_builder::end_run(const run_format& fmt) {
    if (scratch_.empty()) return;
    std::string converted;
    std::string_view text = scratch_;
    // Runs of a paragraph nearly always share a font: its encoding is looked up once.
    if (!font_known_ || fmt.font != last_font_) {
        last_font_.assign(fmt.font);
        last_encoding_ = text::legacy_encoding_of_font(fmt.font);
        font_known_ = true;
    }
    if (const auto enc = last_encoding_) {
        converted = text::legacy_to_unicode(scratch_, *enc);
        if (*enc == text::legacy_encoding::tcvn3 && is_capital_font(fmt.font)) converted = text::to_upper(converted);
        text = converted;
    }
    if (!para_.runs.empty()) {
        text_run& last = para_.runs.back();
        if (last.bold == fmt.bold && last.italic == fmt.italic && last.underline == fmt.underline &&
            last.caps == fmt.caps && last.font == fmt.font) {
            last.text.append(text);
            scratch_.clear();
            return;
        }
    }
    text_run& r = para_.runs.emplace_back();
    r.text.assign(text);
    r.bold = fmt.bold;
    r.italic = fmt.italic;
    r.underline = fmt.underline;
    r.caps = fmt.caps;
    r.font.assign(fmt.font);
    scratch_.clear();
}

void paragraph_builder::open_marker(std::string_view open, std::string_view close) {
    markers_.push_back(marker{std::string(close), open.size(), false});
    pending_.append(open);
}

void paragraph_builder::close_marker() {
    if (markers_.empty()) return;
    marker m = std::move(markers_.back());
    markers_.pop_back();
    if (!m.emitted) {
        pending_.resize(pending_.size() >= m.open_size ? pending_.size() - m.open_size : 0);
        return;
    }
    if (!scratch_.empty() || para_.runs.empty()) scratch_ += m.close;
    else para_.runs.back().text += m.close;
}

paragraph& paragraph_builder::finish() {
    // A combining mark that starts a run belongs to the letter ending the
    // previous one: it moves there so that the paragraph as a whole is NFC.
    for (std::size_t i = 1; i < para_.runs.size(); ++i) {
        std::string& t = para_.runs[i].text;
        std::size_t n = 0;
        while (n + 1 < t.size() && ((static_cast<unsigned char>(t[n]) == 0xCC) ||
                                    (static_cast<unsigned char>(t[n]) == 0xCD && static_cast<unsigned char>(t[n + 1]) < 0xB0)))
            n += 2;
        if (n == 0) continue;
        para_.runs[i - 1].text.append(t, 0, n);
        t.erase(0, n);
    }
    bool simple = true;
    for (const text_run& r : para_.runs)
        if (!trivially_nfc(r.text)) {
            simple = false;
            break;
        }
    if (simple) return para_;
    // One normalization call per paragraph: runs are joined with U+0001, which
    // XML text cannot contain and NFC never composes across, then split again.
    std::string joined;
    for (std::size_t i = 0; i < para_.runs.size(); ++i) {
        if (i) joined.push_back('\x01');
        joined += para_.runs[i].text;
    }
    const std::string nfc = text::to_nfc(joined);
    std::size_t pos = 0;
    for (text_run& r : para_.runs) {
        const std::size_t cut = nfc.find('\x01', pos);
        r.text.assign(nfc, pos, cut == std::string::npos ? std::string::npos : cut - pos);
        pos = cut == std::string::npos ? nfc.size() : cut + 1;
    }
    return para_;
}

}  // namespace baocao::docx
