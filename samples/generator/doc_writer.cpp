// SPDX-License-Identifier: Apache-2.0
#include "doc_writer.hpp"

#include "byte_writer.hpp"
#include "text_util.hpp"
#include "word97_file.hpp"
#include "word97_sprm.hpp"
#include "word97_style_sheet.hpp"

#include <algorithm>
#include <stdexcept>

namespace baocao::samplegen {

namespace {

constexpr char16_t paragraph_mark = 0x0D;
constexpr char16_t cell_mark = 0x07;
constexpr char16_t line_break = 0x0B;
constexpr std::uint16_t lid_vietnamese = 0x042A;

// The style sheet's places: Word's fixed ones for Normal and the headings.
constexpr std::uint16_t istd_normal = 0, istd_heading1 = 1, istd_heading2 = 2, istd_default_font = 10;

std::uint16_t istd_of(const std::string& style) {
    if (style.empty()) return istd_normal;
    if (style == "Heading1") return istd_heading1;
    if (style == "Heading2") return istd_heading2;
    throw std::invalid_argument("the .doc writer has no style " + style);
}

std::uint8_t jc_of(const std::string& align) {
    if (align == "left") return 0;
    if (align == "center") return 1;
    if (align == "right") return 2;
    return 3;   // "both"
}

/// A BRC80 drawing a single 1/2 pt line, or none.
std::string border(bool visible) {
    std::string brc(4, '\0');
    if (visible) {
        brc[0] = 4;   // dptLineWidth: 4/8 pt
        brc[1] = 1;   // brcType: single
    }
    return brc;
}

class word97_from_spec {
public:
    explicit word97_from_spec(const doc_spec& doc) : doc_(doc) {
        fonts_ = {"Times New Roman", "Symbol", "Arial"};
        body_font_ = font_index(doc.body_font);
        for (const std::string& f : doc.legacy_fonts) font_index(f);
    }

    word97_file build() {
        for (const block_spec& b : doc_.body) {
            if (const auto* p = std::get_if<para_spec>(&b)) {
                paragraph(*p, false, paragraph_mark);
                last_was_table_ = false;
            } else {
                // Word keeps two tables apart with a paragraph; touching, they would read as one.
                if (last_was_table_) paragraph(para_spec{}, false, paragraph_mark);
                table(std::get<table_spec>(b));
                last_was_table_ = true;
            }
        }
        // Word ends the main text with a paragraph outside any table.
        if (last_was_table_ || doc_.body.empty()) paragraph(para_spec{}, false, paragraph_mark);

        word97_file f;
        f.pieces.push_back({text_, false});
        f.flags = 0x0200 | 0x1000;   // 1Table, fExtChar: Unicode text
        f.lid = lid_vietnamese;
        f.chpx = std::move(chars_);
        f.papx = std::move(paras_);
        f.style_sheet = write_style_sheet(styles(), body_font_);
        f.font_table = write_font_table(fonts_);
        f.section_table = true;
        if (numbered()) f.lists = list_tables();
        return f;
    }

private:
    bool numbered() const { return doc_.numbering || doc_.numbering_in_heading_styles; }

    /// numbering.xml's list as Word 97 writes it: I., 1., a) on levels 1 to 3, the
    /// headings tied to the first two when the styles carry the numbers; list 1
    /// counts on, list 2 starts the first level again at I.
    word97_list_tables list_tables() const {
        const bool by_style = doc_.numbering_in_heading_styles;
        word97_list list;
        list.lsid = 0x2C1D0E5F;
        list.levels.push_back({1, 1, {u'\0', u'.'}, by_style ? istd_heading1 : std::uint16_t(0x0FFF)});
        list.levels.push_back({1, 0, {u'\x01', u'.'}, by_style ? istd_heading2 : std::uint16_t(0x0FFF)});
        list.levels.push_back({1, 4, {u'\x02', u')'}, 0x0FFF});
        return write_list_tables({list}, {{list.lsid, std::nullopt}, {list.lsid, 1}});
    }

    static void add_numbering(std::string& grpprl, int list, int level) {
        if (list < 1 || list > 2) throw std::invalid_argument("the .doc writer knows lists 1 and 2 only");
        sprm::add16(grpprl, sprm::p_ilfo, static_cast<std::uint16_t>(list));
        sprm::add8(grpprl, sprm::p_ilvl, static_cast<std::uint8_t>(level));
    }

    std::uint16_t font_index(const std::string& name) {
        const auto it = std::find(fonts_.begin(), fonts_.end(), name);
        if (it != fonts_.end()) return static_cast<std::uint16_t>(it - fonts_.begin());
        fonts_.push_back(name);
        return static_cast<std::uint16_t>(fonts_.size() - 1);
    }

    std::vector<word97_style> styles() const {
        std::string normal_chars;
        sprm::add16(normal_chars, sprm::c_font_ascii, body_font_);
        sprm::add16(normal_chars, sprm::c_font_east, body_font_);
        sprm::add16(normal_chars, sprm::c_font_other, body_font_);
        sprm::add16(normal_chars, sprm::c_size, static_cast<std::uint16_t>(doc_.body_size));
        std::vector<word97_style> out;
        out.push_back({istd_normal, 0, "Normal", true, 0x0FFF, istd_normal, "", normal_chars});
        for (const std::uint16_t level : {0, 1}) {
            // As styles.xml defines them: keep with next, justified, first-line indent, outline level, bold.
            std::string para, chars;
            sprm::add8(para, sprm::p_keep_follow, 1);
            sprm::add8(para, sprm::p_jc, 3);
            sprm::add16(para, sprm::p_first_line, 567);
            sprm::add16(para, sprm::p_space_before, 120);
            sprm::add16(para, sprm::p_space_after, 60);
            sprm::add8(para, sprm::p_outline_level, static_cast<std::uint8_t>(level));
            if (doc_.numbering_in_heading_styles) add_numbering(para, 1, level);
            sprm::add8(chars, sprm::c_bold, 1);
            sprm::add16(chars, sprm::c_size, static_cast<std::uint16_t>(doc_.body_size));
            out.push_back({static_cast<std::uint16_t>(istd_heading1 + level), static_cast<std::uint16_t>(1 + level),
                           "heading " + std::to_string(level + 1), true, istd_normal, istd_normal, para, chars});
        }
        out.push_back({istd_default_font, 65, "Default Paragraph Font", false, 0x0FFF, istd_default_font, "", ""});
        return out;
    }

    std::string run_grpprl(const run_spec& r) {
        std::string g;
        if (r.change == change_kind::deleted) sprm::add8(g, sprm::c_rmark_del, 1);
        if (r.change == change_kind::inserted) sprm::add8(g, sprm::c_rmark_ins, 1);
        if (r.bold) sprm::add8(g, sprm::c_bold, 1);
        if (r.italic) sprm::add8(g, sprm::c_italic, 1);
        if (r.underline) sprm::add8(g, sprm::c_underline, 1);
        if (!r.font.empty()) {
            const std::uint16_t f = font_index(r.font);
            sprm::add16(g, sprm::c_font_ascii, f);
            sprm::add16(g, sprm::c_font_east, f);
            sprm::add16(g, sprm::c_font_other, f);
        }
        if (r.size) sprm::add16(g, sprm::c_size, static_cast<std::uint16_t>(r.size));
        return g;
    }

    std::uint32_t cp() const { return static_cast<std::uint32_t>(text_.size()); }

    /// Characters [from, cp()) with `grpprl`, joined to the run before when it has the same properties.
    void chars(std::uint32_t from, std::string grpprl) {
        if (from == cp()) return;
        if (!chars_.empty() && chars_.back().cp_end == from && chars_.back().grpprl == grpprl) {
            chars_.back().cp_end = cp();
            return;
        }
        chars_.push_back({from, cp(), std::move(grpprl)});
    }

    void paragraph(const para_spec& p, bool in_table, char16_t mark) {
        const std::uint32_t start = cp();
        std::string last_props;
        for (const run_spec& r : p.runs) {
            const std::uint32_t from = cp();
            for (const char16_t c : utf16(r.text)) text_.push_back(c == u'\n' ? line_break : c);
            last_props = run_grpprl(r);
            chars(from, last_props);
        }
        const std::uint32_t mark_at = cp();
        text_.push_back(mark);
        // The mark carries the last run's look, as Word leaves it, without its tracked change.
        run_spec mark_look = p.runs.empty() ? run_spec{} : p.runs.back();
        mark_look.change = change_kind::none;
        mark_look.text.clear();
        chars(mark_at, run_grpprl(mark_look));

        std::string g;
        if (!p.align.empty()) sprm::add8(g, sprm::p_jc, jc_of(p.align));
        if (p.keep_next) sprm::add8(g, sprm::p_keep_follow, 1);
        if (p.first_line) sprm::add16(g, sprm::p_first_line, static_cast<std::uint16_t>(p.first_line));
        if (p.space_before) sprm::add16(g, sprm::p_space_before, static_cast<std::uint16_t>(p.space_before));
        if (p.space_after) sprm::add16(g, sprm::p_space_after, static_cast<std::uint16_t>(p.space_after));
        if (in_table) sprm::add8(g, sprm::p_in_table, 1);
        if (p.numbering) {
            if (!numbered()) throw std::invalid_argument("a numbered paragraph in a document without numbering");
            add_numbering(g, p.numbering->num_id, p.numbering->level);
        }
        paras_.push_back({start, cp(), istd_of(p.style), g});
    }

    /// The row mark's properties: in a table, the row's end, its cells' boundaries and borders.
    std::string row_end_grpprl(const table_spec& t, std::size_t cells) const {
        std::string g;
        sprm::add8(g, sprm::p_in_table, 1);
        sprm::add8(g, sprm::p_ttp, 1);
        sprm::add16(g, sprm::t_gap_half, 108);
        std::string borders;
        for (int i = 0; i < 6; ++i) borders += border(!t.borderless);
        sprm::add_bytes(g, sprm::t_table_borders, borders);
        // sprmTDefTable: cell count, the cells' edges, then a TC80 (flags, width, four borders) each.
        std::string def;
        def.push_back(static_cast<char>(cells));
        int edge = 0;
        append16(def, 0);
        for (std::size_t c = 0; c < cells; ++c) {
            edge += c < t.widths.size() ? t.widths[c] : 1000;
            append16(def, static_cast<std::uint16_t>(edge));
        }
        for (std::size_t c = 0; c < cells; ++c) {
            append16(def, 0);
            append16(def, static_cast<std::uint16_t>(c < t.widths.size() ? t.widths[c] : 1000));
            for (int side = 0; side < 4; ++side) def += border(!t.borderless);
        }
        append16(g, sprm::t_def_table);
        append16(g, static_cast<std::uint16_t>(def.size() + 1));
        g += def;
        return g;
    }

    void table(const table_spec& t) {
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const auto& row = t.rows[r];
            for (const auto& cell : row) {
                std::vector<para_spec> paras = cell.empty() ? std::vector<para_spec>{para_spec{}} : cell;
                for (std::size_t i = 0; i < paras.size(); ++i) {
                    para_spec p = paras[i];
                    if (t.bold_first_row && r == 0)
                        for (run_spec& run : p.runs) run.bold = true;
                    paragraph(p, true, i + 1 == paras.size() ? cell_mark : paragraph_mark);
                }
            }
            const std::uint32_t start = cp();
            text_.push_back(cell_mark);
            chars(start, "");
            paras_.push_back({start, cp(), istd_normal, row_end_grpprl(t, row.size())});
        }
    }

    const doc_spec& doc_;
    std::vector<std::string> fonts_;
    std::uint16_t body_font_ = 0;
    std::u16string text_;
    std::vector<word97_chars> chars_;
    std::vector<word97_paragraph> paras_;
    bool last_was_table_ = false;
};

}  // namespace

std::string write_doc(const doc_spec& doc) { return word97_from_spec(doc).build().bytes(); }

}  // namespace baocao::samplegen
