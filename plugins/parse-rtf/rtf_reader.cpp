// SPDX-License-Identifier: Apache-2.0
#include "rtf_reader.hpp"

#include "codepage_decoder.hpp"
#include "group_state.hpp"
#include "rtf_keywords.hpp"
#include "rtf_tables.hpp"
#include "rtf_tokenizer.hpp"
#include "story_builder.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace baocao::rtf {

namespace {

/// A property's or a table entry's name longer than this is cut.
constexpr std::size_t max_property_bytes = 64 * 1024;

class reader {
public:
    reader(const baocao::limits& lim, document& out) : limits_(lim), out_(out), builder_(lim, out) {}

    void read(std::string_view rtf) {
        tokenizer tokens(rtf);
        states_.emplace_back();   // outside every group
        for (;;) {
            const token t = tokens.next();
            if (t.kind == token_kind::end) break;
            // Spaces between "{" and "\*" leave the group's first word to come.
            const bool spaces = t.kind == token_kind::text && t.data.find_first_not_of(' ') == std::string_view::npos;
            const bool first_in_group = at_group_start_;
            if (!spaces) at_group_start_ = t.kind == token_kind::group_open;
            if (t.kind == token_kind::text || t.kind == token_kind::hex_byte) {
                on_bytes(t);
                continue;
            }
            flush_bytes();
            if (t.kind == token_kind::group_open) {
                open_group();
            } else if (t.kind == token_kind::group_close) {
                close_group();
                if (states_.size() == 1 && seen_document_) break;   // the document's group is closed: what follows is no part of it
            } else if (t.kind == token_kind::binary) {
                fallback_left_ = 0;   // data, never text
            } else if (t.kind == token_kind::control_symbol) {
                // \* marks a destination only as a group's first word. Elsewhere it
                // means nothing: OpenOffice wrote "{\loch\f2 \*\cs7 text}", and
                // Word reads the text.
                if (t.symbol == '*' && !first_in_group) continue;
                on_symbol(t.symbol);
            } else {
                on_word(t);
            }
        }
        flush_bytes();
        // A file cut short ends its open groups here, as if they were closed.
        while (states_.size() > 1) close_group();
        if (!finished_) builder_.finish(paragraph_info_of(states_.back()));
    }

private:
    baocao::limits limits_;
    document& out_;
    story_builder builder_;
    codepage_decoder decoder_;
    font_table fonts_;
    style_sheet styles_;
    std::vector<group_state> states_;
    int document_codepage_ = default_codepage;
    int default_font_ = -1;
    bool seen_document_ = false;
    bool ignorable_next_ = false;     ///< \* was read: the next word opens a destination, or the group is skipped
    bool at_group_start_ = false;     ///< the last token opened a group
    int fallback_left_ = 0;           ///< characters still to skip after a \uN
    char16_t high_surrogate_ = 0;     ///< the first half of a pair, waiting for the second
    std::string bytes_;               ///< text bytes not yet decoded: a run of them is decoded at once
    bool finished_ = false;           ///< the document's group is closed and its stories ended
    // The font or style entry being read.
    destination entry_table_ = destination::font_table;
    int entry_number_ = -1;
    font_entry font_;
    style_entry style_;
    bool style_is_paragraph_ = true;
    std::string entry_name_;
    // The date property being read.
    std::array<int, 5> time_{};       ///< year, month, day, hour, minute
    // Table rows: the definition being read, per nesting depth.
    std::vector<row_definition> rows_ = std::vector<row_definition>(2);
    std::size_t row_depth_ = 1;       ///< the depth the row definition being read is for
    bool in_row_definition_ = false;  ///< between \trowd and the next \pard: borders are the row's
    std::array<int, 8> zone_count_{}; ///< page headers and footers of each kind seen, for their parts' ids
    int notes_ = 0;
    int comments_ = 0;
    int authors_ = 0;                 ///< \author groups read
    bool operator_seen_ = false;
    std::string ignored_property_;

    group_state& top() { return states_.back(); }

    // ---- text ----

    int codepage_now() {
        const group_state& g = top();
        if (g.dest != destination::text && g.dest != destination::label) return document_codepage_;
        if (const font_entry* f = fonts_.find(g.chars.font); f && f->legacy) return 1252;   // the legacy tables are keyed by Windows-1252 characters
        return fonts_.codepage_of(g.chars.font, document_codepage_);
    }

    void on_bytes(const token& t) {
        if (t.kind == token_kind::hex_byte) {
            if (fallback_left_ > 0) {
                --fallback_left_;
                return;
            }
            if (!takes_text(top().dest)) return;
            lone_surrogate();
            bytes_.push_back(static_cast<char>(t.byte));
            return;
        }
        std::string_view data = t.data;
        if (fallback_left_ > 0) {
            const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(fallback_left_), data.size());
            fallback_left_ -= static_cast<int>(n);
            data.remove_prefix(n);
        }
        if (data.empty() || !takes_text(top().dest)) return;
        lone_surrogate();
        for (const char c : data) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '\t') {
                flush_bytes();
                emit("\t");
            } else if (u >= 0x20 || u == 0) {
                if (u != 0) bytes_.push_back(c);
            }
        }
    }

    void flush_bytes() {
        if (bytes_.empty()) return;
        std::string utf8;
        decoder_.decode(bytes_, codepage_now(), utf8);
        bytes_.clear();
        emit(utf8);
    }

    /// A first half of a surrogate pair that no second half followed shows as U+FFFD.
    void lone_surrogate() {
        if (high_surrogate_ == 0) return;
        high_surrogate_ = 0;
        emit("\uFFFD");
    }

    void on_unicode(std::int32_t param) {
        // \uN is a signed 16-bit value: negative ones stand for N + 65536.
        char32_t cp = param < 0 ? static_cast<char32_t>(param + 65536) : static_cast<char32_t>(param);
        if (param < -32768 || param > 65535) cp = 0xFFFD;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            lone_surrogate();
            high_surrogate_ = static_cast<char16_t>(cp);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            if (high_surrogate_ != 0) {
                cp = 0x10000 + ((static_cast<char32_t>(high_surrogate_) - 0xD800) << 10) + (cp - 0xDC00);
                high_surrogate_ = 0;
            } else {
                cp = 0xFFFD;
            }
        } else {
            lone_surrogate();
        }
        if (high_surrogate_ == 0 && cp >= 0x20) {
            std::string utf8;
            text::append_utf8(utf8, cp);
            emit(utf8);
        } else if (cp == '\t') {
            emit("\t");
        }
        fallback_left_ = top().uc;
    }

    run_style run_style_now() {
        const char_state& c = top().chars;
        return run_style{c.bold, c.italic, c.underline, c.caps, fonts_.find(c.font)};
    }

    /// Sends decoded text where the current group's text goes.
    void emit(std::string_view utf8) {
        if (utf8.empty()) return;
        group_state& g = top();
        switch (g.dest) {
        case destination::text:
            if (!g.chars.hidden && !g.chars.deleted) builder_.text(utf8, run_style_now());
            return;
        case destination::label:
            if (!g.chars.hidden && !g.chars.deleted) builder_.label_text(utf8, run_style_now());
            return;
        case destination::font_table:
        case destination::style_sheet:
            // An entry's name runs up to its semicolon.
            for (const char c : utf8) {
                if (c == ';') commit_entry();
                else if (entry_number_ >= 0 && entry_name_.size() < max_property_bytes) entry_name_.push_back(c);
            }
            return;
        case destination::info_text:
            if (g.property && g.property->size() + utf8.size() < max_property_bytes) g.property->append(utf8);
            return;
        default: return;
        }
    }

    // ---- groups ----

    void open_group() {
        lone_surrogate();
        fallback_left_ = 0;
        ignorable_next_ = false;
        if (states_.size() > limits_.max_xml_depth)
            throw rejection_error(error_code::too_deep, "RTF groups are nested deeper than the limit (" +
                                                            std::to_string(limits_.max_xml_depth) + ")");
        group_state g = top();
        g.opened_story = false;
        g.property = nullptr;
        g.entry = g.table;   // a group right inside the table is one entry; groups inside an entry are not
        g.table = false;
        g.upr_copy = false;
        if (g.dest == destination::unicode_pair) {
            g.upr_copy = true;
            g.dest = destination::skip;
        }
        if (g.entry) {
            commit_entry();
            begin_entry(g.dest);
        }
        if (states_.size() == 1) seen_document_ = true;
        states_.push_back(g);
    }

    void close_group() {
        lone_surrogate();
        fallback_left_ = 0;
        ignorable_next_ = false;
        if (states_.size() <= 1) return;   // a } with no { before it
        group_state g = std::move(states_.back());
        if (g.entry || g.table) commit_entry();
        if (g.dest == destination::info_text && g.property) *g.property = text::to_nfc(text::trim(*g.property));
        if (g.dest == destination::info_time) store_time(g.time_field);
        if (g.opened_story) builder_.end_story(paragraph_info_of(g));
        if (states_.size() == 2 && !finished_) {
            // The document's group: its last paragraph, if no \par ended it, takes the properties in force there.
            builder_.finish(paragraph_info_of(g));
            finished_ = true;
        }
        states_.pop_back();
    }

    // ---- font and style entries ----

    void begin_entry(destination table) {
        entry_table_ = table;
        entry_number_ = table == destination::style_sheet ? 0 : -1;   // a style entry without \sN is style 0
        font_ = font_entry{};
        style_ = style_entry{};
        style_is_paragraph_ = true;
        entry_name_.clear();
    }

    void commit_entry() {
        if (entry_number_ < 0) return;
        if (entry_table_ == destination::font_table) {
            font_.name = entry_name_;
            fonts_.add(entry_number_, std::move(font_));
        } else if (style_is_paragraph_) {
            style_.name = entry_name_;
            styles_.add(entry_number_, std::move(style_));
        }
        entry_number_ = -1;
        entry_name_.clear();
        font_ = font_entry{};
        style_ = style_entry{};
    }

    // ---- properties ----

    void store_time(int field) {
        const auto [year, month, day, hour, minute] = time_;
        time_ = {};
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00", year, month, day, std::clamp(hour, 0, 23),
                      std::clamp(minute, 0, 59));
        (field == 1 ? out_.metadata.created : out_.metadata.modified) = buf;
    }

    paragraph_info paragraph_info_of(const group_state& g) const {
        paragraph_info info;
        const para_state& p = g.para;
        if (const style_entry* s = styles_.find(p.style)) {
            info.style_name = s->name;
            if (p.style != 0) info.style_id = s->name.empty() ? "s" + std::to_string(p.style) : style_id_of(s->name);
        }
        info.outline_level = p.outline_level >= 0 ? (p.outline_level <= 8 ? p.outline_level : -1) : styles_.outline_level(p.style);
        info.align = p.align;
        info.depth = p.in_table ? std::max(1, p.nesting) : 0;
        info.list = p.list;
        info.list_level = p.list_level;
        return info;
    }

    // ---- control words ----

    void on_symbol(char symbol) {
        if (top().dest == destination::skip) return;
        if (symbol == '*') {
            ignorable_next_ = true;
            return;
        }
        if (fallback_left_ > 0) {
            --fallback_left_;
            return;
        }
        lone_surrogate();
        emit(character_of_symbol(symbol));
    }

    /// Opens a story in the current group: a page zone, a note, a comment or a text box.
    void open_story(std::string kind, std::string id) {
        group_state& g = top();
        g.dest = destination::text;
        g.opened_story = true;
        g.para = para_state{};
        builder_.begin_story(std::move(kind), std::move(id));
    }

    void open_page_zone(std::string_view word) {
        const bool header = word.substr(0, 6) == "header";
        const char side = word.size() > 6 ? word[6] : 0;
        const std::size_t slot = (header ? 0 : 4) + (side == 'l' ? 1 : side == 'r' ? 2 : side == 'f' ? 3 : 0);
        std::string id = header ? "header" : "footer";
        if (side == 'l') id += "-left";
        if (side == 'r') id += "-right";
        if (side == 'f') id += "-first";
        // A document of several sections has a header of each kind per section.
        if (const int n = ++zone_count_[slot]; n > 1) id += "-" + std::to_string(n);
        open_story(header ? "header" : "footer", std::move(id));
    }

    /// True when the group's destination is `where`, the only place the
    /// destination it opens stands in; else the group is skipped.
    static bool stands_in(group_state& g, destination where) {
        if (g.dest == where) return true;
        g.dest = destination::skip;
        return false;
    }

    /// Acts on a destination word; false when the word opens none.
    bool on_destination(std::string_view word) {
        group_state& g = top();
        const destination_word kind = destination_of(word);
        switch (kind) {
        case destination_word::none: return false;
        case destination_word::skipped: g.dest = destination::skip; return true;
        case destination_word::font_table:
        case destination_word::style_sheet:
            if (!stands_in(g, destination::text)) return true;
            g.dest = kind == destination_word::font_table ? destination::font_table : destination::style_sheet;
            g.table = true;
            begin_entry(g.dest);
            entry_number_ = -1;   // a font entry starts at its \fN; style entries are groups of their own
            return true;
        case destination_word::info: g.dest = destination::info; return true;
        case destination_word::info_text:
            if (!stands_in(g, destination::info)) return true;
            g.dest = destination::info_text;
            if (word == "title") {
                g.property = &out_.metadata.title;
            } else if (word == "subject") {
                g.property = &out_.metadata.subject;
            } else if (word == "operator") {
                g.property = &out_.metadata.last_modified_by;
                operator_seen_ = true;
            } else if (++authors_ == 1) {
                g.property = &out_.metadata.creator;
            } else {
                // LibreOffice writes who last saved the file as a second \author, not as \operator.
                g.property = operator_seen_ ? &ignored_property_ : &out_.metadata.last_modified_by;
            }
            g.property->clear();
            return true;
        case destination_word::info_time:
            if (!stands_in(g, destination::info)) return true;
            g.dest = destination::info_time;
            g.time_field = word == "creatim" ? 1 : 2;
            time_ = {};
            return true;
        case destination_word::label:
            g.dest = g.dest == destination::text ? destination::label : destination::skip;
            return true;
        case destination_word::unicode_pair:
            g.outer = g.dest;
            g.dest = destination::unicode_pair;
            return true;
        case destination_word::unicode_copy: return true;   // handled where the group inside \upr is read
        case destination_word::page_zone:
            // Only in the body: a page zone inside another story is skipped.
            if (builder_.stories() > 1) g.dest = destination::skip;
            else if (stands_in(g, destination::text)) open_page_zone(word);
            return true;
        case destination_word::footnote:
            if (stands_in(g, destination::text)) open_story("footnote", std::to_string(++notes_));
            return true;
        case destination_word::annotation:
            if (stands_in(g, destination::text)) open_story("comment", std::to_string(++comments_));
            return true;
        case destination_word::drawing:
            if (g.dest != destination::text && g.dest != destination::drawing) g.dest = destination::skip;
            else g.dest = destination::drawing;
            return true;
        case destination_word::text_box:
            if (stands_in(g, destination::drawing)) open_story("textbox", "");
            return true;
        case destination_word::result:
            if (g.dest == destination::drawing) g.dest = destination::text;
            return true;   // a field's result is read where it stands
        case destination_word::nested_table: g.nested_row = true; return true;
        }
        return false;
    }

    void on_word(const token& t) {
        const std::string_view word = t.name;
        group_state& g = top();
        if (g.dest == destination::skip) {
            // Inside \upr, the group holding \ud is the Unicode copy: it is read where \upr's text goes.
            if (g.upr_copy && word == "ud") {
                const group_state& parent = states_[states_.size() - 2];
                g.dest = parent.outer;
                g.upr_copy = false;
            }
            return;
        }
        if (word == "u" && t.has_param) {
            ignorable_next_ = false;
            on_unicode(t.param);
            return;
        }
        const bool ignorable = std::exchange(ignorable_next_, false);
        if (g.dest == destination::font_table && on_font_word(t)) return;
        if (g.dest == destination::style_sheet && on_style_word(t)) return;
        if (on_destination(word)) return;
        if (ignorable) {
            // An ignorable destination this reader does not know: skipped whole.
            g.dest = destination::skip;
            return;
        }
        if (g.dest == destination::info_time) return on_time_word(t);
        if (fallback_left_ > 0) {
            bool is_character = false;
            (void)character_of(word, is_character);
            if (is_character) {
                --fallback_left_;
                return;
            }
            fallback_left_ = 0;
        }
        if (on_document_word(t) || on_char_word(t) || on_para_word(t)) return;
        if (g.dest == destination::text && on_structure_word(t)) return;
        bool is_character = false;
        const std::string_view chars = character_of(word, is_character);
        if (is_character) {
            lone_surrogate();
            emit(chars);
        }
    }

    bool on_font_word(const token& t) {
        if (!t.has_param) return false;
        if (t.name == "f") {
            commit_entry();
            entry_table_ = destination::font_table;
            entry_number_ = t.param;
            font_ = font_entry{};
            entry_name_.clear();
        } else if (t.name == "fcharset") {
            font_.charset = t.param;
        } else if (t.name == "cpg") {
            font_.codepage = t.param;
        } else {
            return false;
        }
        return true;
    }

    bool on_style_word(const token& t) {
        const std::string_view w = t.name;
        if (!t.has_param) return false;
        if (w == "s") {
            entry_number_ = t.param;
            style_is_paragraph_ = true;
        } else if (w == "cs" || w == "ds" || w == "ts") {
            entry_number_ = t.param;
            style_is_paragraph_ = false;
        } else if (w == "sbasedon") {
            style_.based_on = t.param;
        } else if (w == "outlinelevel") {
            style_.outline_level = t.param;
        } else {
            return false;
        }
        return true;
    }

    void on_time_word(const token& t) {
        const std::string_view w = t.name;
        if (!t.has_param) return;
        if (w == "yr") time_[0] = t.param;
        else if (w == "mo") time_[1] = t.param;
        else if (w == "dy") time_[2] = t.param;
        else if (w == "hr") time_[3] = t.param;
        else if (w == "min") time_[4] = t.param;
    }

    /// Document-wide settings: the code page and the default font.
    bool on_document_word(const token& t) {
        const std::string_view w = t.name;
        if (w == "rtf") return true;
        if (w == "ansicpg" && t.has_param) {
            document_codepage_ = t.param > 0 ? t.param : default_codepage;
        } else if (w == "ansi") {
            document_codepage_ = 1252;
        } else if (w == "mac") {
            document_codepage_ = 10000;
        } else if (w == "pc") {
            document_codepage_ = 437;
        } else if (w == "pca") {
            document_codepage_ = 850;
        } else if (w == "deff" && t.has_param) {
            default_font_ = t.param;
            top().chars.font = t.param;
        } else if (w == "uc" && t.has_param) {
            top().uc = std::max(0, t.param);
        } else {
            return false;
        }
        return true;
    }

    bool on_char_word(const token& t) {
        char_state& c = top().chars;
        const std::string_view w = t.name;
        const bool on = !t.has_param || t.param != 0;
        if (w == "plain") c = char_state{false, false, false, false, false, false, default_font_};
        else if (w == "b") c.bold = on;
        else if (w == "i") c.italic = on;
        else if (w == "caps") c.caps = on;
        else if (w == "v") c.hidden = on;
        else if (w == "deleted") c.deleted = on;
        else if (w == "ulnone") c.underline = false;
        else if (is_underline_on(w)) c.underline = on;
        else if (w == "f" && t.has_param) c.font = t.param;
        else return false;
        return true;
    }

    bool on_para_word(const token& t) {
        group_state& g = top();
        para_state& p = g.para;
        const std::string_view w = t.name;
        if (w == "pard") {
            p = para_state{};
            in_row_definition_ = false;
        } else if (w == "s" && t.has_param) {
            p.style = t.param;
        } else if (w == "outlinelevel" && t.has_param) {
            p.outline_level = t.param;
        } else if (w == "ql" || w == "qc" || w == "qr" || w == "qj" || w == "qd") {
            p.align = alignment_of(w);
        } else if (w == "intbl") {
            p.in_table = true;
        } else if (w == "itap" && t.has_param) {
            p.nesting = std::clamp(t.param, 0, 64);
            if (p.nesting > 0) p.in_table = true;
        } else if (w == "ls" && t.has_param) {
            p.list = t.param;
        } else if (w == "ilvl" && t.has_param) {
            p.list_level = t.param;
        } else {
            return false;
        }
        return true;
    }

    row_definition& row_being_defined() {
        if (rows_.size() <= row_depth_) rows_.resize(row_depth_ + 1);
        return rows_[row_depth_];
    }

    /// Paragraph, cell and row ends and row definitions: only in a story's text.
    bool on_structure_word(const token& t) {
        group_state& g = top();
        const std::string_view w = t.name;
        if (w == "par") {
            lone_surrogate();
            // A deleted paragraph mark joins its paragraph to the next, as Word shows the changes accepted.
            if (!g.chars.deleted) builder_.end_paragraph(paragraph_info_of(g));
        } else if (w == "cell") {
            builder_.end_cell(1, paragraph_info_of(g));
        } else if (w == "nestcell") {
            builder_.end_cell(std::max(2, g.para.nesting), paragraph_info_of(g));
        } else if (w == "row") {
            builder_.end_row(1, rows_.size() > 1 ? rows_[1] : row_definition{});
        } else if (w == "nestrow") {
            const auto depth = static_cast<std::size_t>(std::max(2, g.para.nesting));
            builder_.end_row(static_cast<int>(depth), depth < rows_.size() ? rows_[depth] : row_definition{});
            in_row_definition_ = false;
        } else if (w == "trowd") {
            row_depth_ = g.nested_row ? static_cast<std::size_t>(std::max(2, g.para.nesting)) : 1;
            row_being_defined() = row_definition{};
            in_row_definition_ = true;
        } else if (w == "clmrg") {
            row_being_defined().pending.merge_next = true;
        } else if (w == "clvmrg") {
            row_being_defined().pending.vmerge_next = true;
        } else if (w == "cellx") {
            row_definition& row = row_being_defined();
            row.pending.right = t.param;
            if (row.cells.size() < 4096) row.cells.push_back(row.pending);
            row.pending = cell_definition{};
        } else if (in_row_definition_ && is_drawn_border(w)) {
            row_being_defined().border = true;
        } else if (w == "ftnalt") {
            if (builder_.stories() > 1) builder_.set_story_kind("endnote");
        } else {
            return false;
        }
        return true;
    }
};

}  // namespace

bool is_rtf(std::string_view head) { return head.substr(0, 5) == "{\\rtf"; }

document read_rtf_text(std::string_view rtf, const baocao::limits& lim) {
    document doc;
    reader r(lim, doc);
    r.read(rtf);
    return doc;
}

document read_rtf(const item& it, const baocao::limits& lim) { return read_rtf_text(it.read_all(lim.max_input_bytes), lim); }

}  // namespace baocao::rtf
