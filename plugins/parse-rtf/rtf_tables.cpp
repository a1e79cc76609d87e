// SPDX-License-Identifier: Apache-2.0
#include "rtf_tables.hpp"

#include "codepage_decoder.hpp"

#include <bounded_text.hpp>
#include <word_style_id.hpp>

#include <array>

namespace baocao::rtf {

namespace {

/// Base styles past this depth are a loop or an attack, not a style sheet.
constexpr int max_base_depth = 16;
/// Fonts and styles past these counts are no document's: a table of millions is not kept.
constexpr std::size_t max_fonts = 32768;
constexpr std::size_t max_styles = 32768;

/// Style names Word writes in lower case and gives a capitalised styleId in a .docx.
bool is_word_builtin_name(std::string_view name) {
    static constexpr std::array<std::string_view, 12> builtin{"heading ", "normal", "title", "subtitle", "list ", "toc ",
                                                              "caption", "header", "footer", "footnote", "body text", "default"};
    for (std::string_view b : builtin)
        if (name.substr(0, b.size()) == b) return true;
    return false;
}

}  // namespace

void font_table::add(int number, font_entry entry) {
    if (fonts_.size() >= max_fonts && !fonts_.count(number)) return;
    entry.name = plugins::bounded(text::trim(entry.name), plugins::max_name_bytes);
    entry.legacy = text::legacy_encoding_of_font(entry.name);
    entry.legacy_capitals = entry.legacy == text::legacy_encoding::tcvn3 && text::is_legacy_capital_font(entry.name);
    fonts_[number] = std::move(entry);
}

const font_entry* font_table::find(int number) const {
    const auto it = fonts_.find(number);
    return it == fonts_.end() ? nullptr : &it->second;
}

int font_table::codepage_of(int number, int document_codepage) const {
    const font_entry* f = find(number);
    if (!f) return document_codepage;
    if (f->codepage > 0) return f->codepage;
    if (f->charset >= 0) return codepage_of_charset(f->charset, document_codepage);
    return document_codepage;
}

void style_sheet::add(int number, style_entry entry) {
    if (styles_.size() >= max_styles && !styles_.count(number)) return;
    // Word lists a style's aliases after its name, separated by commas ("heading 1,H1").
    std::string name = text::trim(entry.name);
    if (const auto comma = name.find(','); comma != std::string::npos) name = text::trim(name.substr(0, comma));
    entry.name = plugins::bounded(name, plugins::max_name_bytes);
    styles_[number] = std::move(entry);
}

const style_entry* style_sheet::find(int number) const {
    const auto it = styles_.find(number);
    return it == styles_.end() ? nullptr : &it->second;
}

int style_sheet::outline_level(int number) const {
    for (int depth = 0; depth < max_base_depth; ++depth) {
        const style_entry* s = find(number);
        if (!s) return -1;
        if (s->outline_level >= 0) return s->outline_level <= 8 ? s->outline_level : -1;
        if (s->based_on < 0 || s->based_on == number) return -1;
        number = s->based_on;
    }
    return -1;
}

std::string style_id_of(std::string_view name) { return plugins::word_style_id(name, is_word_builtin_name(name)); }

}  // namespace baocao::rtf
