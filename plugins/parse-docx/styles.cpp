// SPDX-License-Identifier: Apache-2.0
#include "styles.hpp"

#include <bounded_text.hpp>

#include "tags.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace baocao::docx {

void run_props::apply(const run_props& over) {
    if (over.bold != tri::unset) bold = over.bold;
    if (over.italic != tri::unset) italic = over.italic;
    if (over.underline != tri::unset) underline = over.underline;
    if (over.caps != tri::unset) caps = over.caps;
    if (over.complex != tri::unset) complex = over.complex;
    for (std::size_t i = 0; i < fonts.size(); ++i)
        if (over.fonts[i].set) fonts[i] = over.fonts[i];
}

void para_props::apply(const para_props& over) {
    if (over.outline != -2) outline = over.outline;
    if (over.num_id != -1) num_id = over.num_id;
    if (over.ilvl != -1) ilvl = over.ilvl;
    if (over.align_set) {
        align = over.align;
        align_set = true;
    }
}

tri on_off(std::string_view val) {
    if (val.empty() || val == "1" || val == "true" || val == "on") return tri::on;
    if (val == "0" || val == "false" || val == "off" || val == "none") return tri::off;
    return tri::on;
}

int to_int(std::string_view s, int fallback) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.empty()) return fallback;
    bool neg = false;
    if (s.front() == '-' || s.front() == '+') {
        neg = s.front() == '-';
        s.remove_prefix(1);
    }
    long v = 0;
    bool any = false;
    for (char c : s) {
        if (c < '0' || c > '9') break;
        any = true;
        v = v * 10 + (c - '0');
        if (v > 1000000000) return fallback;
    }
    if (!any) return fallback;
    return static_cast<int>(neg ? -v : v);
}

namespace {

theme_font theme_of(std::string_view v) {
    if (v == "majorHAnsi" || v == "majorAscii") return theme_font::major_latin;
    if (v == "minorHAnsi" || v == "minorAscii") return theme_font::minor_latin;
    if (v == "majorEastAsia") return theme_font::major_east_asia;
    if (v == "minorEastAsia") return theme_font::minor_east_asia;
    if (v == "majorBidi") return theme_font::major_bidi;
    if (v == "minorBidi") return theme_font::minor_bidi;
    return theme_font::none;
}

template <std::size_t n, std::size_t... i>
bool cstr_is(const char* name, const char (&expected)[n], std::index_sequence<i...>) {
    return ((name[i] == expected[i]) && ...) && name[n - 1] == 0;
}

/// True when the NUL-terminated `name` equals the literal, without measuring
/// it first: one comparison per letter, stopping at the first difference.
template <std::size_t n>
bool cstr_is(const char* name, const char (&expected)[n]) {
    return cstr_is(name, expected, std::make_index_sequence<n - 1>{});
}

/// Which rFonts attribute a local name is: twice the font slot for the plain
/// name, one more for its *Theme form; -1 for every other attribute.
int rfonts_attribute(const char* local) {
    switch (local[0]) {
    case 'a':
        if (cstr_is(local, "ascii")) return 2 * slot_ascii;
        if (cstr_is(local, "asciiTheme")) return 2 * slot_ascii + 1;
        break;
    case 'h':
        if (cstr_is(local, "hAnsi")) return 2 * slot_hansi;
        if (cstr_is(local, "hAnsiTheme")) return 2 * slot_hansi + 1;
        break;
    case 'e':
        if (cstr_is(local, "eastAsia")) return 2 * slot_east_asia;
        if (cstr_is(local, "eastAsiaTheme")) return 2 * slot_east_asia + 1;
        break;
    case 'c':
        if (cstr_is(local, "cs")) return 2 * slot_cs;
        if (cstr_is(local, "cstheme")) return 2 * slot_cs + 1;
        break;
    default: break;
    }
    return -1;
}

/// Reads w:rFonts in one pass over its attributes (it is on nearly every
/// run); the first of each name counts, as with attr().
void read_fonts(const xml_element& e, run_props& props, std::array<std::string, 4>* store, std::deque<std::string>* pool) {
    int where[8];        // the attribute of each rfonts_attribute() code, read only once seen
    unsigned seen = 0;   // bit `which` of rfonts_attribute()
    for (int i = 0; i < e.attr_count(); ++i) {
        const int which = rfonts_attribute(e.attr_local_cstr(i));
        if (which < 0 || (seen >> which) & 1u || e.attr_space(i) != ns::w) continue;
        seen |= 1u << which;
        where[which] = i;
    }
    for (int slot = 0; slot < 4; ++slot) {
        const unsigned name_bit = 1u << (2 * slot), theme_bit = name_bit << 1;
        if (!(seen & (name_bit | theme_bit))) continue;
        // A *Theme attribute wins over the plain name on the same element.
        const theme_font th = seen & theme_bit ? theme_of(e.attr_value(where[2 * slot + 1])) : theme_font::none;
        if (th != theme_font::none) {
            props.fonts[slot] = font_ref{{}, th, true};
            continue;
        }
        if (!(seen & name_bit)) continue;
        const std::string_view name = plugins::bounded_view(e.attr_value(where[2 * slot]), plugins::max_name_bytes);
        std::string_view stored;
        if (pool) {
            pool->emplace_back(name);
            stored = pool->back();
        } else if (store) {
            // Runs after runs name the same fonts: the copy is nearly always there already.
            std::string& kept = (*store)[slot];
            if (kept != name) kept.assign(name);
            stored = kept;
        }
        props.fonts[slot] = font_ref{stored, theme_font::none, true};
    }
}

}  // namespace

void read_run_property(int tag, const xml_element& e, run_props& props, std::array<std::string, 4>* store,
                       std::deque<std::string>* pool) {
    switch (tag) {
    case t_b: props.bold = on_off(e.attr("val", ns::w)); break;
    case t_i: props.italic = on_off(e.attr("val", ns::w)); break;
    case t_caps: props.caps = on_off(e.attr("val", ns::w)); break;
    case t_u: {
        const std::string_view v = e.attr("val", ns::w);
        props.underline = v == "none" ? tri::off : tri::on;
        break;
    }
    case t_cs:
    case t_rtl: {
        const tri v = on_off(e.attr("val", ns::w));
        if (v == tri::on || props.complex == tri::unset) props.complex = v;
        break;
    }
    case t_rfonts: read_fonts(e, props, store, pool); break;
    default: break;
    }
}

void read_para_property(int tag, const xml_element& e, para_props& props) {
    if (tag == t_outline_lvl) {
        const int v = to_int(e.attr("val", ns::w), 9);
        props.outline = (v < 0 || v > 9) ? 9 : v;
    } else if (tag == t_jc) {
        const std::string_view v = e.attr("val", ns::w);
        props.align_set = true;
        if (v == "left" || v == "start") props.align = alignment::left;
        else if (v == "center") props.align = alignment::center;
        else if (v == "right" || v == "end") props.align = alignment::right;
        else if (v == "both" || v == "distribute" || v == "lowKashida" || v == "mediumKashida" ||
                 v == "highKashida" || v == "thaiDistribute")
            props.align = alignment::both;
        else props.align_set = false;
    }
}

int border_edge_index(std::string_view local) {
    if (local == "top") return 0;
    if (local == "left" || local == "start") return 1;
    if (local == "bottom") return 2;
    if (local == "right" || local == "end") return 3;
    if (local == "insideH") return 4;
    if (local == "insideV") return 5;
    return -1;
}

std::int8_t border_visibility(const xml_element& e) {
    const std::string_view v = e.attr("val", ns::w);
    return (v.empty() || v == "nil" || v == "none") ? 0 : 1;
}

namespace {

/// Reads styles.xml into the sheet.
class styles_handler final : public xml_handler {
public:
    explicit styles_handler(style_sheet& sheet) : sheet_(sheet) {}
    int classify(ns space, std::string_view local) const override { return classify_tag(space, local); }

    void start(const xml_element& e) override {
        const int parent = stack_.empty() ? none : stack_.back();
        stack_.push_back(e.tag);
        if (skip_) {
            ++skip_;
            return;
        }
        switch (e.tag) {
        case t_rpr_change:
        case t_ppr_change:
        case t_tblpr_change:
        case t_alternate_content:   // no style definition needs either branch
            skip_ = 1;
            return;
        case t_style: {
            sheet_.styles().emplace_back();
            current_ = &sheet_.styles().back();
            current_->id = std::string(e.attr("styleId", ns::w));
            const std::string_view type = e.attr("type", ns::w);
            current_->type = type == "character" ? 'c' : type == "table" ? 't' : type == "numbering" ? 'n' : 'p';
            current_->is_default = on_off(e.attr("default", ns::w)) == tri::on && e.has_attr("default", ns::w);
            return;
        }
        case t_name:
            if (current_ && parent == t_style) current_->name = plugins::bounded(e.attr("val", ns::w), plugins::max_name_bytes);
            return;
        case t_based_on:
            if (current_ && parent == t_style) current_->based_on = std::string(e.attr("val", ns::w));
            return;
        case t_rpr:
            in_rpr_ = parent == t_style || parent == t_rpr_default;
            return;
        case t_ppr:
            in_ppr_ = parent == t_style || parent == t_ppr_default;
            return;
        case t_tblpr:
            in_tblpr_ = parent == t_style;
            return;
        default: break;
        }
        if (in_rpr_ && parent == t_rpr) {
            run_props& target = current_ && !in_defaults() ? current_->rpr : sheet_.doc_rpr();
            read_run_property(e.tag, e, target, nullptr, &sheet_.pool());
        } else if (in_ppr_ && parent == t_ppr) {
            para_props& target = current_ && !in_defaults() ? current_->ppr : sheet_.doc_ppr();
            read_para_property(e.tag, e, target);
        } else if (in_ppr_ && parent == t_numpr && current_) {
            if (e.tag == t_numid) current_->ppr.num_id = to_int(e.attr("val", ns::w), 0);
            else if (e.tag == t_ilvl) current_->ppr.ilvl = std::clamp(to_int(e.attr("val", ns::w), 0), 0, 8);
        } else if (in_tblpr_ && parent == t_tbl_borders && current_) {
            const int edge = border_edge_index(e.local);
            if (edge >= 0) current_->borders[static_cast<std::size_t>(edge)] = border_visibility(e);
        }
    }

    void end(const xml_end& closing) override {
        const int tag = closing.tag;
        if (!stack_.empty()) stack_.pop_back();
        if (skip_) {
            --skip_;
            return;
        }
        if (tag == t_style) current_ = nullptr;
        else if (tag == t_rpr) in_rpr_ = false;
        else if (tag == t_ppr) in_ppr_ = false;
        else if (tag == t_tblpr) in_tblpr_ = false;
    }
    void text(std::string_view) override {}

private:
    bool in_defaults() const {
        for (int t : stack_)
            if (t == t_doc_defaults) return true;
        return false;
    }

    style_sheet& sheet_;
    style_def* current_ = nullptr;
    std::vector<int> stack_;
    int skip_ = 0;
    bool in_rpr_ = false, in_ppr_ = false, in_tblpr_ = false;
};

}  // namespace

void style_sheet::read(plugins::zip_package& pkg, std::string_view part, std::uint32_t max_depth) {
    styles_handler h(*this);
    parse_part(pkg, part, h, max_depth);
    finish();
}

void style_sheet::finish() {
    by_id_.clear();
    for (style_def& s : styles_) {
        by_id_.emplace(s.id, &s);   // the first definition of an id wins, as in Word
        if (s.is_default && s.type == 'p' && !default_paragraph_) default_paragraph_ = &s;
        if (s.is_default && s.type == 't' && !default_table_) default_table_ = &s;
    }
    for (style_def& s : styles_) {
        resolve(s, 0);
        s.with_defaults_rpr = doc_rpr_;
        s.with_defaults_rpr.apply(s.resolved_rpr);
        s.with_defaults_ppr = doc_ppr_;
        s.with_defaults_ppr.apply(s.resolved_ppr);
        s.heading_level = builtin_heading_level(&s);
    }
}

// Built-in heading styles carry their outline level even when styles.xml omits it.
int style_sheet::builtin_heading_level(const style_def* s) const {
    for (int hop = 0; s && hop < 16; ++hop) {
        const std::string& n = s->name;
        if (n.size() == 9 && (n[0] == 'h' || n[0] == 'H') && plugins::ascii_lower(n.substr(0, 8)) == "heading " &&
            n[8] >= '1' && n[8] <= '9')
            return n[8] - '1';
        if (s->based_on.empty()) break;
        s = find(s->based_on);
    }
    return -1;
}

const style_def* style_sheet::find(std::string_view id) const {
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
}

const style_def* style_sheet::paragraph_style(std::string_view id) const {
    if (!id.empty())
        if (const style_def* s = find(id)) return s;
    return default_paragraph_;
}

void style_sheet::resolve(style_def& s, int depth) {
    if (s.resolved) return;
    s.resolving = true;
    s.resolved_rpr = run_props{};
    s.resolved_ppr = para_props{};
    s.resolved_borders = border_set{-1, -1, -1, -1, -1, -1};
    // basedOn cycles and absurd chains stop here; Word caps chains too.
    if (!s.based_on.empty() && s.based_on != s.id && depth < 32) {
        const auto it = by_id_.find(s.based_on);
        if (it != by_id_.end() && !it->second->resolving) {
            style_def& base = *it->second;
            resolve(base, depth + 1);
            s.resolved_rpr = base.resolved_rpr;
            s.resolved_ppr = base.resolved_ppr;
            s.resolved_borders = base.resolved_borders;
        }
    }
    s.resolved_rpr.apply(s.rpr);
    s.resolved_ppr.apply(s.ppr);
    for (std::size_t i = 0; i < s.borders.size(); ++i)
        if (s.borders[i] >= 0) s.resolved_borders[i] = s.borders[i];
    s.resolving = false;
    s.resolved = true;
}

const run_props& style_sheet::paragraph_run_props(const style_def* s) const {
    return s ? s->with_defaults_rpr : doc_rpr_;
}

const para_props& style_sheet::paragraph_props(const style_def* s) const {
    return s ? s->with_defaults_ppr : doc_ppr_;
}

const run_props& style_sheet::character_run_props(const style_def* s) const {
    return s ? s->resolved_rpr : empty_rpr_;
}

const border_set& style_sheet::table_borders(const style_def* s) const {
    static const border_set unset{-1, -1, -1, -1, -1, -1};
    return s ? s->resolved_borders : unset;
}

}  // namespace baocao::docx
