// SPDX-License-Identifier: Apache-2.0
#include "numbering.hpp"

#include <bounded_text.hpp>

#include "symbols.hpp"
#include "tags.hpp"

#include <baocao/sdk/labels.hpp>

#include <algorithm>
#include <vector>

namespace baocao::docx {

namespace {

/// Reads numbering.xml.
class numbering_handler final : public xml_handler {
public:
    explicit numbering_handler(numbering_definitions& defs) : defs_(defs) {}
    int classify(ns space, std::string_view local) const override { return classify_tag(space, local); }

    void start(const xml_element& e) override {
        const int parent = stack_.empty() ? none : stack_.back();
        stack_.push_back(e.tag);
        if (skip_) {
            ++skip_;
            return;
        }
        switch (e.tag) {
        case t_alternate_content:
        case t_ppr_change:
        case t_rpr_change:
            skip_ = 1;
            return;
        case t_abstract_num: {
            const int id = to_int(e.attr("abstractNumId", ns::w), -1);
            abstract_ = &defs_.abstracts()[id];
            *abstract_ = abstract_num{};
            abstract_->id = id;
            return;
        }
        case t_num: {
            const int id = to_int(e.attr("numId", ns::w), -1);
            num_ = &defs_.nums()[id];
            *num_ = num_def{};
            num_->id = id;
            return;
        }
        case t_abstract_num_id:
            if (num_ && parent == t_num) num_->abstract_id = to_int(e.attr("val", ns::w), -1);
            return;
        case t_num_style_link:
            if (abstract_ && parent == t_abstract_num) abstract_->num_style_link = std::string(e.attr("val", ns::w));
            return;
        case t_lvl_override:
            if (num_ && parent == t_num) {
                override_level_ = std::clamp(to_int(e.attr("ilvl", ns::w), 0), 0, 8);
                num_->has_overrides = true;
            }
            return;
        case t_start_override:
            if (num_ && parent == t_lvl_override && override_level_ >= 0)
                num_->start_override[static_cast<std::size_t>(override_level_)] = to_int(e.attr("val", ns::w), 0);
            return;
        case t_lvl: {
            const int ilvl = std::clamp(to_int(e.attr("ilvl", ns::w), 0), 0, 8);
            if (parent == t_abstract_num && abstract_) {
                level_ = &abstract_->levels[static_cast<std::size_t>(ilvl)];
            } else if (parent == t_lvl_override && num_ && override_level_ >= 0) {
                auto& slot = num_->level_override[static_cast<std::size_t>(override_level_)];
                slot.emplace();
                level_ = &*slot;
            } else {
                return;
            }
            *level_ = num_level{};
            level_->defined = true;
            return;
        }
        default: break;
        }
        if (!level_) return;
        if (parent == t_lvl) {
            const std::string_view val = e.attr("val", ns::w);
            switch (e.tag) {
            case t_start: level_->start = to_int(val, 0); break;
            case t_num_fmt: level_->format = val.empty() ? std::string("decimal") : std::string(val); break;
            case t_lvl_text: level_->text = plugins::bounded(val, plugins::max_label_bytes); break;
            case t_lvl_restart: level_->restart = to_int(val, -1); break;
            case t_is_lgl: level_->is_legal = on_off(val) == tri::on; break;
            case t_pstyle: level_->pstyle = std::string(val); break;
            default: break;
            }
        } else if (parent == t_rpr && e.tag == t_rfonts && level_->font.empty()) {
            std::string_view f = e.attr("ascii", ns::w);
            if (f.empty()) f = e.attr("hAnsi", ns::w);
            level_->font = plugins::bounded(f, plugins::max_name_bytes);
        }
    }

    void end(const xml_end& closing) override {
        const int tag = closing.tag;
        if (!stack_.empty()) stack_.pop_back();
        if (skip_) {
            --skip_;
            return;
        }
        if (tag == t_lvl) level_ = nullptr;
        else if (tag == t_abstract_num) abstract_ = nullptr;
        else if (tag == t_num) num_ = nullptr;
        else if (tag == t_lvl_override) override_level_ = -1;
    }
    void text(std::string_view) override {}

private:
    numbering_definitions& defs_;
    std::vector<int> stack_;
    int skip_ = 0;
    abstract_num* abstract_ = nullptr;
    num_def* num_ = nullptr;
    num_level* level_ = nullptr;
    int override_level_ = -1;
};


}  // namespace

void numbering_definitions::read(plugins::zip_package& pkg, std::string_view part, std::uint32_t max_depth) {
    numbering_handler h(*this);
    parse_part(pkg, part, h, max_depth);
}

const num_def* numbering_definitions::num(int id) const {
    const auto it = nums_.find(id);
    return it == nums_.end() ? nullptr : &it->second;
}

const abstract_num* numbering_definitions::abstract_of(const num_def& n, const style_sheet& styles) const {
    auto it = abstracts_.find(n.abstract_id);
    // A list style's abstractNum only says "see the numbering style"; the style's
    // numPr names the num whose abstract holds the levels. Bounded against loops.
    for (int hop = 0; it != abstracts_.end() && !it->second.num_style_link.empty() && hop < 8; ++hop) {
        const style_def* s = styles.find(it->second.num_style_link);
        if (!s || s->ppr.num_id <= 0) break;
        const num_def* linked = num(s->ppr.num_id);
        if (!linked) break;
        const auto next = abstracts_.find(linked->abstract_id);
        if (next == abstracts_.end() || next == it) break;
        it = next;
    }
    return it == abstracts_.end() ? nullptr : &it->second;
}

int numbering_definitions::level_for_style(const num_def& n, const style_sheet& styles, std::string_view style_id) const {
    if (style_id.empty()) return -1;
    const abstract_num* a = abstract_of(n, styles);
    if (!a) return -1;
    for (int i = 0; i < 9; ++i)
        if (a->levels[static_cast<std::size_t>(i)].pstyle == style_id) return i;
    return -1;
}

std::string format_number(int value, std::string_view format) {
    if (format == "decimalZero") {
        std::string s = std::to_string(value);
        return value >= 0 && value < 10 ? "0" + s : s;
    }
    if ((format == "upperRoman" || format == "lowerRoman") && value > 0 && value < 4000)
        return text::roman_numeral(value, format == "upperRoman");
    if ((format == "upperLetter" || format == "lowerLetter") && value > 0) {
        // Word repeats the letter past Z: 27 → AA, 28 → BB.
        const char base = format == "upperLetter" ? 'A' : 'a';
        const int reps = std::min((value - 1) / 26 + 1, 64);
        return std::string(static_cast<std::size_t>(reps), static_cast<char>(base + (value - 1) % 26));
    }
    if (format == "none") return {};
    return std::to_string(value);
}

std::optional<numbering_label> numbering_counters::next(int num_id, int ilvl, std::string_view style_id) {
    if (num_id <= 0) return std::nullopt;
    const num_def* n = defs_.num(num_id);
    if (!n) return std::nullopt;
    const abstract_num* a = defs_.abstract_of(*n, styles_);
    if (!a) return std::nullopt;
    if (ilvl < 0) ilvl = defs_.level_for_style(*n, styles_, style_id);
    ilvl = std::clamp(ilvl, 0, 8);

    auto level_of = [&](int l) -> const num_level& {
        const auto& o = n->level_override[static_cast<std::size_t>(l)];
        return o ? *o : a->levels[static_cast<std::size_t>(l)];
    };
    auto start_of = [&](int l) {
        const int o = n->start_override[static_cast<std::size_t>(l)];
        return o != INT_MIN ? o : level_of(l).start;
    };

    list_state& st = lists_[a->id];
    if (n->has_overrides && used_nums_.insert(num_id).second) {
        // The first paragraph of a num that overrides its start restarts those levels.
        for (int l = 0; l < 9; ++l)
            if (n->start_override[static_cast<std::size_t>(l)] != INT_MIN || n->level_override[static_cast<std::size_t>(l)])
                st.started[static_cast<std::size_t>(l)] = false;
    }
    const auto li = static_cast<std::size_t>(ilvl);
    if (st.started[li]) {
        ++st.value[li];
    } else {
        st.value[li] = start_of(ilvl);
        st.started[li] = true;
    }
    for (int deeper = ilvl + 1; deeper < 9; ++deeper) {
        const int r = level_of(deeper).restart;
        if (r == 0) continue;
        if (r < 0 || ilvl < r) st.started[static_cast<std::size_t>(deeper)] = false;
    }

    const num_level& lvl = level_of(ilvl);
    numbering_label out;
    out.level = ilvl;
    if (lvl.format == "bullet") {
        out.text = bullet_text(lvl.text, lvl.font);
        return out;
    }
    const std::string_view tmpl = lvl.text;
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '%' && i + 1 < tmpl.size() && tmpl[i + 1] >= '1' && tmpl[i + 1] <= '9') {
            const int ref = tmpl[i + 1] - '1';
            const auto ri = static_cast<std::size_t>(ref);
            const int value = ref <= ilvl && st.started[ri] ? st.value[ri] : start_of(ref);
            // isLgl shows the enclosing levels in Arabic digits ("IV" → "4" in "4.01").
            const std::string_view own = level_of(ref).format;
            const std::string_view fmt = lvl.is_legal && ref != ilvl && own != "none" ? std::string_view("decimal") : own;
            out.text += format_number(value, fmt == "bullet" ? "decimal" : fmt);
            ++i;
        } else {
            out.text.push_back(tmpl[i]);
        }
    }
    return out;
}

}  // namespace baocao::docx
