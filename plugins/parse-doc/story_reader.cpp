// SPDX-License-Identifier: Apache-2.0
#include "story_reader.hpp"

#include "form_fields.hpp"
#include "ruby_field.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::doc {

namespace {

constexpr char16_t paragraph_mark = 0x0D;
constexpr char16_t cell_mark = 0x07;
constexpr char16_t section_mark = 0x0C;
constexpr char16_t field_begin = 0x13;
constexpr char16_t field_separator = 0x14;
constexpr char16_t field_end = 0x15;
// Fields nest a few levels in real documents; deeper nesting is treated as flat.
constexpr std::size_t max_field_depth = 64;
const std::string no_font;

bool ends_paragraph(char16_t c) { return c == paragraph_mark || c == cell_mark || c == section_mark; }

/// Removes U+00AD (as UTF-8 C2 AD) from `s`.
void erase_soft_hyphens(std::string& s) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xAD') {
            ++i;
            continue;
        }
        s[out++] = s[i];
    }
    s.resize(out);
}

bool is_ascii(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

/// The Unicode character a Symbol-font code shows (stored as U+F0xx or 0xxx);
/// 0 for symbols with no plain-text equivalent.
char32_t symbol_text(char16_t code) {
    const unsigned c = code >= 0xF000 ? code - 0xF000u : code;
    switch (c) {
        case 0xB0: return U'\u00B0';   // degree
        case 0xB1: return U'\u00B1';
        case 0xB3: return U'\u2265';
        case 0xA3: return U'\u2264';
        case 0xB4: return U'\u00D7';
        case 0xB8: return U'\u00F7';
        case 0xB7: case 0xA7: case 0x6C: case 0x6E: return U'\u2022';   // bullets of Symbol and Wingdings
        case 0xAE: return U'\u2192';
        case 0xAC: return U'\u2190';
        case 0x2D: return U'-';
        case 0x2B: return U'+';
        default: return 0;
    }
}

alignment alignment_of(std::uint8_t jc) {
    switch (jc) {
        case 0: return alignment::left;
        case 1: return alignment::center;
        case 2: return alignment::right;
        case 3: case 4: case 5: return alignment::both;
        default: return alignment::unspecified;
    }
}

}  // namespace

story_reader::story_reader(const document_tables& tables, std::uint64_t& text_budget)
    : t_(tables), budget_(text_budget), counters_(tables.lists) {}

std::uint32_t story_reader::fc_of(std::uint32_t cp) const {
    const auto& pieces = t_.pieces.pieces();
    const std::size_t i = t_.pieces.piece_of(cp);
    if (i >= pieces.size()) return 0xFFFFFFFFu;
    const piece& p = pieces[i];
    return p.fc + (cp - p.cp_start) * (p.compressed ? 1 : 2);
}

para_props story_reader::paragraph_props(std::uint32_t mark_cp, std::uint16_t& istd) const {
    const fc_props* papx = t_.papx.find(fc_of(mark_cp));
    istd = papx ? papx->istd : 0;
    para_props props = t_.styles.at(istd).para;
    // Table marks are the paragraph's own, never the style's.
    props.in_table = props.row_end = props.inner_cell = props.inner_row_end = false;
    props.table_depth = 0;
    if (papx)
        for_each_sprm(papx->grpprl, [&](const sprm& s) { apply_para_sprm(props, s); });
    return props;
}

char_props story_reader::char_props_at(std::uint32_t cp, const style& pstyle, std::uint32_t limit, std::uint32_t& end) const {
    const auto& pieces = t_.pieces.pieces();
    const std::size_t pi = t_.pieces.piece_of(cp);
    end = limit;
    char_props props = pstyle.chars;
    if (pi >= pieces.size()) return props;
    const piece& p = pieces[pi];
    const std::uint32_t width = p.compressed ? 1 : 2;
    end = std::min(limit, p.cp_end);
    const std::uint32_t fc = p.fc + (cp - p.cp_start) * width;
    const fc_props* chpx = t_.chpx.find(fc);
    if (!chpx) {
        end = cp + 1;   // no stretch here: look again at the next character
        return props;
    }
    end = std::min<std::uint64_t>(end, cp + (std::uint64_t(chpx->fc_end) - fc + width - 1) / width);
    // A character style applies under the run's own modifiers.
    for_each_sprm(chpx->grpprl, [&](const sprm& s) {
        if (s.op != 0x4A30) return;
        const style& cs = t_.styles.at(s.value() & 0xFFFF);
        if (cs.kind != 2) return;
        props.bold = props.bold || cs.chars.bold;
        props.italic = props.italic || cs.chars.italic;
        props.caps = props.caps || cs.chars.caps;
        props.underline = props.underline || cs.chars.underline;
        if (cs.chars.font_ascii >= 0) props.font_ascii = cs.chars.font_ascii;
        if (cs.chars.font_other >= 0) props.font_other = cs.chars.font_other;
    });
    const char_props base = props;
    for_each_sprm(chpx->grpprl, [&](const sprm& s) { apply_char_sprm(props, s, base); });
    return props;
}

const std::string& story_reader::font_name(int index) const {
    if (index < 0 || static_cast<std::size_t>(index) >= t_.fonts.size()) return no_font;
    return t_.fonts[static_cast<std::size_t>(index)];
}

void story_reader::flush_run(paragraph& p, const run_state& fmt) {
    if (scratch_.empty()) return;
    // Word draws non-ASCII text in the "other" (hAnsi) font, ASCII in the ASCII one.
    const int ascii = fmt.props.font_ascii >= 0 ? fmt.props.font_ascii : t_.styles.default_font_ascii();
    const int other = fmt.props.font_other >= 0 ? fmt.props.font_other : t_.styles.default_font_other();
    const bool plain = is_ascii(scratch_);
    const std::string& font = font_name(plain ? ascii : (other >= 0 ? other : ascii));
    std::string converted;
    if (const auto enc = text::legacy_encoding_of_font(font)) {
        converted = text::legacy_to_unicode(scratch_, *enc);
        if (*enc == text::legacy_encoding::tcvn3 && text::is_legacy_capital_font(font)) converted = text::to_upper(converted);
    } else if (!plain) {
        if (optional_hyphen_) erase_soft_hyphens(scratch_);
        converted = text::to_nfc(scratch_);
    } else {
        converted = std::move(scratch_);
    }
    scratch_.clear();
    optional_hyphen_ = false;
    const char_props& c = fmt.props;
    if (!p.runs.empty()) {
        text_run& last = p.runs.back();
        if (last.bold == c.bold && last.italic == c.italic && last.underline == c.underline && last.caps == c.caps &&
            last.font == font) {
            last.text += converted;
            return;
        }
    }
    text_run& r = p.runs.emplace_back();
    r.text = std::move(converted);
    r.bold = c.bold;
    r.italic = c.italic;
    r.underline = c.underline;
    r.caps = c.caps;
    r.font = font;
}

void story_reader::put_char(char32_t c) {
    const std::size_t before = scratch_.size();
    if (c < 0x80) scratch_.push_back(static_cast<char>(c));
    else text::append_utf8(scratch_, c);
    const std::size_t added = scratch_.size() - before;
    // Over-long paragraphs and documents are cut, not rejected: the rest still counts.
    if (paragraph_bytes_ + added > t_.limits.max_paragraph_bytes || added > budget_) {
        scratch_.resize(before);
        return;
    }
    paragraph_bytes_ += added;
    budget_ -= added;
}

std::optional<std::u16string> story_reader::computed_result(const open_field& f, std::string_view data_stream) {
    std::u16string_view instruction(f.instruction);
    while (!instruction.empty() && instruction.front() == u' ') instruction.remove_prefix(1);
    // A drop-down form field shows the entry chosen in its FFData.
    if (instruction.substr(0, 12) == u"FORMDROPDOWN") {
        if (!f.form_data) return std::nullopt;
        return dropdown_choice(data_stream, *f.form_data);
    }
    return ruby_text(instruction);
}

bool story_reader::showing_results() const {
    return std::all_of(fields_.begin(), fields_.end(), [](const open_field& f) { return f.in_result; });
}

void story_reader::read_runs(std::uint32_t from, std::uint32_t to, const style& pstyle, paragraph& p) {
    const std::u16string& text = t_.pieces.text();
    run_state fmt;
    bool have_fmt = false;
    std::uint32_t cp = from;
    while (cp < to) {
        std::uint32_t end = to;
        const char_props props = char_props_at(cp, pstyle, to, end);
        if (end <= cp) end = cp + 1;
        // Hidden text stays, as parse-docx keeps w:vanish runs.
        const bool dropped = (props.deleted && t_.mode == tracked_mode::accept) ||
                             (props.inserted && !props.deleted && t_.mode == tracked_mode::reject);
        if (!have_fmt || props.bold != fmt.props.bold || props.italic != fmt.props.italic ||
            props.underline != fmt.props.underline || props.caps != fmt.props.caps ||
            props.font_ascii != fmt.props.font_ascii || props.font_other != fmt.props.font_other || props.symbol != fmt.props.symbol) {
            flush_run(p, fmt);
            fmt.props = props;
            have_fmt = true;
        }
        for (; cp < end; ++cp) {
            const char16_t c = text[cp];
            if (c == field_begin) {
                if (fields_.size() < max_field_depth) {
                    open_field& f = fields_.emplace_back();
                    if (props.pic_location >= 0) f.form_data = static_cast<std::uint32_t>(props.pic_location);
                }
                continue;
            }
            if (c == field_separator) {
                if (!fields_.empty()) fields_.back().in_result = true;
                continue;
            }
            if (c == field_end) {
                if (fields_.empty()) continue;
                const open_field closed = fields_.back();
                fields_.pop_back();
                if (!closed.in_result && !dropped && showing_results()) {
                    if (auto shown = computed_result(closed, t_.data_stream))
                        for (const char16_t e : *shown)
                            if (e >= 0x20 && (e < 0xD800 || e >= 0xE000)) put_char(e);
                }
                continue;
            }
            if (!fields_.empty() && !fields_.back().in_result) {
                open_field& f = fields_.back();
                // Word points at a form field's FFData from its begin character, LibreOffice from the 0x01 in its instruction.
                if (!f.form_data && props.pic_location >= 0) f.form_data = static_cast<std::uint32_t>(props.pic_location);
                if (f.instruction.size() < max_instruction) f.instruction.push_back(c);
            }
            if (dropped) continue;
            // Inside a field, only its result shows.
            if (!showing_results()) continue;
            char32_t out = c;
            if (props.symbol != 0 && c >= 0x20) {
                out = symbol_text(props.symbol);
                if (out == 0) continue;
            }
            switch (out) {
                case 0x09: break;
                case 0x0B: out = '\n'; break;
                case 0x1E: out = '-'; break;     // non-breaking hyphen
                case 0x1F:
                    // An optional hyphen: invisible, except that a TCVN3 "ư" (byte
                    // 0xAD, the Latin-1 soft hyphen) is stored as one; flush_run decides.
                    out = 0xAD;
                    optional_hyphen_ = true;
                    break;
                default:
                    // Anchors of pictures, notes and objects, and other controls, are not text.
                    if (c < 0x20) continue;
                    break;
            }
            if (out >= 0xD800 && out < 0xDC00 && cp + 1 < end && text[cp + 1] >= 0xDC00 && text[cp + 1] < 0xE000) {
                out = 0x10000 + ((out - 0xD800) << 10) + (text[cp + 1] - 0xDC00);
                ++cp;
            } else if (out >= 0xD800 && out < 0xE000) {
                out = 0xFFFD;
            }
            put_char(out);
        }
    }
    flush_run(p, fmt);
}

std::vector<block> story_reader::read(std::uint32_t cp_start, std::uint32_t cp_end, anchored_blocks* anchored) {
    const std::u16string& text = t_.pieces.text();
    cp_end = std::min<std::uint32_t>(cp_end, static_cast<std::uint32_t>(text.size()));
    std::vector<block> out;
    std::optional<table> open_table;
    table_row row;
    table_cell cell;
    fields_.clear();
    auto close_table = [&] {
        if (!open_table) return;
        if (!cell.blocks.empty()) row.cells.push_back(std::move(cell));
        if (!row.cells.empty()) open_table->rows.push_back(std::move(row));
        cell = table_cell{};
        row = table_row{};
        out.emplace_back(std::move(*open_table));
        open_table.reset();
    };

    // The runs of a dropped initial, waiting for the paragraph they begin.
    std::vector<text_run> drop_cap_runs;

    std::uint32_t start = cp_start;
    while (start < cp_end) {
        std::uint32_t mark = start;
        for (;; ++mark) {
            while (mark < cp_end && !ends_paragraph(text[mark])) ++mark;
            if (mark >= cp_end || text[mark] != paragraph_mark || t_.mode != tracked_mode::accept) break;
            // A deleted paragraph mark joins its paragraph to the next one, as Word shows it once accepted.
            std::uint32_t end = 0;
            if (!char_props_at(mark, t_.styles.at(0), mark + 1, end).deleted) break;
        }
        std::uint16_t istd = 0;
        const para_props pp = paragraph_props(std::min(mark, cp_end - 1), istd);
        const style& pstyle = t_.styles.at(istd);

        paragraph p;
        paragraph_bytes_ = 0;
        read_runs(start, mark, pstyle, p);
        if (istd != 0 && pstyle.defined) p.style_id = pstyle.id;
        p.style_name = pstyle.name;
        p.outline_level = pp.outline_level >= 0 && pp.outline_level <= 8 ? pp.outline_level : -1;
        p.align = alignment_of(pp.jc);
        if (!drop_cap_runs.empty()) {
            p.runs.insert(p.runs.begin(), std::make_move_iterator(drop_cap_runs.begin()),
                          std::make_move_iterator(drop_cap_runs.end()));
            drop_cap_runs.clear();
        }
        const bool in_table = pp.in_table || pp.table_depth >= 1;
        if (pp.drop_cap && !in_table) {
            // Word stores a dropped initial as a framed paragraph of its own; it shows as the next paragraph's start.
            for (text_run& r : p.runs) drop_cap_runs.push_back(std::move(r));
            if (anchored) {
                for (auto it = anchored->lower_bound(start); it != anchored->end() && it->first <= mark;) {
                    close_table();
                    for (block& b : it->second) out.push_back(std::move(b));
                    it = anchored->erase(it);
                }
            }
            start = mark + 1;
            continue;
        }
        if (pp.ilfo > 0) {
            if (auto label = counters_.next(pp.ilfo, pp.ilvl)) {
                p.numbering_label = std::move(*label);
                p.numbering_level = std::clamp(pp.ilvl, 0, 8);
                p.numbering_id = std::to_string(pp.ilfo);
            }
        }
        const char16_t mark_char = mark < cp_end ? text[mark] : paragraph_mark;
        // What is anchored in this paragraph follows it.
        std::vector<block> following;
        if (anchored) {
            for (auto it = anchored->lower_bound(start); it != anchored->end() && it->first <= mark;) {
                for (block& b : it->second) following.push_back(std::move(b));
                it = anchored->erase(it);
            }
        }
        auto place = [&](std::vector<block>& into) {
            into.emplace_back(std::move(p));
            for (block& b : following) into.push_back(std::move(b));
        };
        start = mark + 1;

        if (!in_table) {
            close_table();
            place(out);
            continue;
        }
        if (!open_table) {
            open_table.emplace();
            open_table->borderless = true;
        }
        if (pp.table_depth >= 2) {
            // A nested table is read as paragraphs of the outer cell; its row marks carry no text.
            if (!pp.inner_row_end) place(cell.blocks);
            else for (block& b : following) cell.blocks.push_back(std::move(b));
            continue;
        }
        if (pp.row_end) {
            if (pp.visible_borders) open_table->borderless = false;
            // A row mark carries no text; what it anchors joins the row's last cell.
            if (!following.empty()) {
                std::vector<block>& last = cell.blocks.empty() && !row.cells.empty() ? row.cells.back().blocks : cell.blocks;
                for (block& b : following) last.push_back(std::move(b));
            }
            if (!cell.blocks.empty()) row.cells.push_back(std::move(cell));
            cell = table_cell{};
            open_table->rows.push_back(std::move(row));
            row = table_row{};
            continue;
        }
        place(cell.blocks);
        if (mark_char == cell_mark) {
            row.cells.push_back(std::move(cell));
            cell = table_cell{};
        }
    }
    close_table();
    if (!drop_cap_runs.empty()) {
        // A dropped initial with no paragraph after it stays a paragraph of its own.
        paragraph p;
        p.runs = std::move(drop_cap_runs);
        out.emplace_back(std::move(p));
    }
    return out;
}

}  // namespace baocao::doc
