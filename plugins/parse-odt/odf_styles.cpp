// SPDX-License-Identifier: Apache-2.0
#include "odf_styles.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::odt {

namespace {

/// Style chains longer than this are a loop or an attack: the rest is ignored.
constexpr int max_chain = 32;

/// The first family of a font-family value, without its quotes ("'Times New Roman', serif" → "Times New Roman").
std::string first_family(std::string_view v) {
    if (const auto comma = v.find(','); comma != std::string_view::npos) v = v.substr(0, comma);
    std::string s = text::trim(v);
    if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front()) s = s.substr(1, s.size() - 2);
    return bounded(s, max_name_bytes);
}

/// A border value that draws a line: not "none", not of zero width.
bool draws_line(std::string_view v) {
    if (v.empty() || v == "none" || v.find("none") != std::string_view::npos || v.find("hidden") != std::string_view::npos)
        return false;
    std::size_t digits = 0;
    while (digits < v.size() && (v[digits] == '0' || v[digits] == '.')) ++digits;
    // "0pt solid", "0.00in solid": a zero width draws nothing.
    return !(digits > 0 && (digits == v.size() || !(v[digits] >= '1' && v[digits] <= '9')));
}

std::optional<alignment> alignment_of(std::string_view v) {
    if (v == "start" || v == "left") return alignment::left;
    if (v == "center") return alignment::center;
    if (v == "end" || v == "right") return alignment::right;
    if (v == "justify") return alignment::both;
    return std::nullopt;
}

}  // namespace

void text_properties::inherit(const text_properties& fallback) {
    if (!bold) bold = fallback.bold;
    if (!italic) italic = fallback.italic;
    if (!underline) underline = fallback.underline;
    if (!caps) caps = fallback.caps;
    if (!hidden) hidden = fallback.hidden;
    if (!font) font = fallback.font;
}

void style_sheet::read_text_properties(const xml_element& e, text_properties& into) const {
    if (const auto w = e.attr("font-weight", ns::fo); !w.empty())
        into.bold = w == "bold" || (w != "normal" && integer_value(w, 400) >= 600);
    if (const auto s = e.attr("font-style", ns::fo); !s.empty()) into.italic = s == "italic" || s == "oblique";
    if (const auto u = e.attr("text-underline-style", ns::style); !u.empty()) into.underline = u != "none";
    if (const auto t = e.attr("text-transform", ns::fo); !t.empty()) into.caps = t == "uppercase";
    if (const auto d = e.attr("display", ns::text); !d.empty()) into.hidden = d == "none";
    if (const auto name = e.attr("font-name", ns::style); !name.empty()) {
        const auto it = font_families_.find(std::string(name));
        into.font = it != font_families_.end() ? it->second : bounded(name, max_name_bytes);
    } else if (const auto family = e.attr("font-family", ns::fo); !family.empty()) {
        into.font = first_family(family);
    }
}

void style_sheet::start(const xml_element& e) {
    const bool at_top = e.parent == o_styles || e.parent == o_automatic_styles;
    switch (e.tag) {
    case o_automatic_styles:
        // styles.xml's automatic styles format its master pages; content.xml's, read
        // later, take over any name both use, as the body only refers to its own.
        in_automatic_ = true;
        break;
    case o_font_face:
        if (const auto name = e.attr("name", ns::style); !name.empty())
            font_families_[std::string(name)] = first_family(e.attr("font-family", ns::svg));
        break;
    case o_style: {
        current_ = nullptr;
        if (!at_top) break;
        resolved_.clear();   // a style resolved before may inherit from this one
        const auto family = e.attr("family", ns::style);
        auto* map = family == "paragraph" ? &paragraph_styles_ : family == "text" ? &text_styles_
                    : family == "table-cell" ? &cell_styles_ : nullptr;
        const std::string name(e.attr("name", ns::style));
        if (!map || name.empty()) break;
        raw_style s;
        const auto display = e.attr("display-name", ns::style);
        s.display_name = bounded(display.empty() ? std::string_view(name) : display, max_name_bytes);
        s.parent = std::string(e.attr("parent-style-name", ns::style));
        s.automatic = in_automatic_;
        s.outline_level = integer_value(e.attr("default-outline-level", ns::style), 0);
        if (e.has_attr("list-style-name", ns::style)) s.list_style = std::string(e.attr("list-style-name", ns::style));
        current_ = &((*map)[name] = std::move(s));
        break;
    }
    case o_default_style:
        resolved_.clear();
        current_ = e.attr("family", ns::style) == "paragraph" ? &default_paragraph_ : nullptr;
        break;
    case o_paragraph_properties:
        if (current_ && (e.parent == o_style || e.parent == o_default_style))
            if (const auto a = alignment_of(e.attr("text-align", ns::fo))) current_->align = a;
        break;
    case o_text_properties:
        if (current_ && (e.parent == o_style || e.parent == o_default_style)) read_text_properties(e, current_->text);
        break;
    case o_table_cell_properties:
        if (current_ && e.parent == o_style)
            for (const char* side : {"border", "border-left", "border-right", "border-top", "border-bottom"})
                if (draws_line(e.attr(side, ns::fo))) current_->border = true;
        break;
    case o_list_style:
        current_list_ = nullptr;
        if (at_top)
            if (const auto name = e.attr("name", ns::style); !name.empty())
                current_list_ = &(lists_[std::string(name)] = list_style{});
        break;
    case o_outline_style:
        current_list_ = &outline_;
        outline_ = list_style{};
        has_outline_ = true;
        break;
    case o_list_level_style_number:
    case o_list_level_style_bullet:
    case o_list_level_style_image:
    case o_outline_level_style: {
        if (!current_list_) break;
        const int level = integer_value(e.attr("level", ns::text), 0);
        if (level < 1 || level > list_style::depth) break;
        list_level& l = current_list_->levels[static_cast<std::size_t>(level - 1)];
        l = list_level{};
        if (e.tag == o_list_level_style_bullet || e.tag == o_list_level_style_image) {
            l.type = list_level::kind::bullet;
            l.bullet = bounded(e.attr("bullet-char", ns::text), max_label_bytes);
            break;
        }
        l.format = std::string(e.attr("num-format", ns::style));
        l.type = l.format.empty() ? list_level::kind::none : list_level::kind::number;
        l.prefix = bounded(e.attr("num-prefix", ns::style), max_label_bytes);
        l.suffix = bounded(e.attr("num-suffix", ns::style), max_label_bytes);
        l.template_text = bounded(e.attr("num-list-format", ns::loext), max_label_bytes);
        l.display_levels = std::clamp(integer_value(e.attr("display-levels", ns::text), 1), 1, level);
        l.start = integer_value(e.attr("start-value", ns::text), 1);
        break;
    }
    default:
        break;
    }
}

void style_sheet::end(int tag) {
    switch (tag) {
    case o_style:
    case o_default_style: current_ = nullptr; break;
    case o_list_style:
    case o_outline_style: current_list_ = nullptr; break;
    case o_automatic_styles: in_automatic_ = false; break;
    default: break;
    }
}

paragraph_style style_sheet::resolve(const std::string& name) const {
    paragraph_style out;
    std::optional<alignment> align;
    std::string at = name;
    for (int step = 0; step < max_chain && !at.empty(); ++step) {
        const auto it = paragraph_styles_.find(at);
        if (it == paragraph_styles_.end()) break;
        const raw_style& s = it->second;
        if (out.style_id.empty() && !s.automatic) {
            out.style_id = bounded(at, max_name_bytes);
            out.style_name = s.display_name;
        }
        if (out.outline_level == 0) out.outline_level = s.outline_level;
        if (!align) align = s.align;
        if (!out.list_style_named && s.list_style) {
            out.list_style = *s.list_style;
            out.list_style_named = true;
        }
        out.text.inherit(s.text);
        at = s.parent;
    }
    if (!align) align = default_paragraph_.align;
    out.align = align.value_or(alignment::unspecified);
    out.text.inherit(default_paragraph_.text);
    return out;
}

const paragraph_style& style_sheet::paragraph(const std::string& name) const {
    if (const auto it = resolved_.find(name); it != resolved_.end()) return it->second;
    return resolved_.emplace(name, resolve(name)).first->second;
}

text_properties style_sheet::text(const std::string& name, const text_properties& base) const {
    text_properties out;
    std::string at = name;
    for (int step = 0; step < max_chain && !at.empty(); ++step) {
        const auto it = text_styles_.find(at);
        if (it == text_styles_.end()) break;
        out.inherit(it->second.text);
        at = it->second.parent;
    }
    out.inherit(base);
    return out;
}

const list_style* style_sheet::list(const std::string& name) const {
    const auto it = lists_.find(name);
    return it == lists_.end() ? nullptr : &it->second;
}

bool style_sheet::cell_has_border(const std::string& name) const {
    const auto it = cell_styles_.find(name);
    return it != cell_styles_.end() && it->second.border;
}

}  // namespace baocao::odt
