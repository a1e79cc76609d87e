// SPDX-License-Identifier: Apache-2.0
// The few functions of the document model that are not plain data.
#include <baocao/sdk/model.hpp>
#include <baocao/sdk/text.hpp>

namespace baocao {

std::string paragraph::text() const {
    std::string out;
    for (const text_run& r : runs) out += r.text;
    return out;
}

namespace {

/// True for a byte that is a visible ASCII character: trimming keeps it, so
/// a text holding one is not blank, whatever else it holds.
bool is_visible_ascii(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x80 && b != ' ' && !(b >= '\t' && b <= '\r');
}

bool has_visible_ascii(std::string_view s) {
    for (const char c : s)
        if (is_visible_ascii(c)) return true;
    return false;
}

/// True when the text shows nothing: trimmed only when no visible ASCII
/// character settles it, as nearly every run has one.
bool is_blank(std::string_view s) { return !has_visible_ascii(s) && text::trim(s).empty(); }

}  // namespace

bool paragraph::all_bold() const {
    bool any = false;
    for (const text_run& r : runs) {
        if (is_blank(r.text)) continue;
        if (!r.bold) return false;
        any = true;
    }
    return any;
}

bool paragraph::all_caps() const {
    // A run shown with w:caps counts as capitals whatever its stored case, so
    // only the runs without it need their letters checked. A lower-case ASCII
    // letter among them, as in nearly every body paragraph, settles it.
    bool visible = false;
    const text_run* only = nullptr;   // the one run without w:caps, while there is one
    std::size_t uncapped_runs = 0;
    for (const text_run& r : runs) {
        if (r.caps) continue;
        only = &r;
        ++uncapped_runs;
        for (const char c : r.text) {
            if (c >= 'a' && c <= 'z') return false;
            visible = visible || is_visible_ascii(c);
        }
    }
    // Not blank, and no run to join: the usual capital heading.
    if (visible && uncapped_runs == 1) return text::is_all_caps(only->text);
    std::string uncapped;
    bool any_letters = false;
    for (const text_run& r : runs) {
        if (r.caps) {
            if (!is_blank(r.text)) any_letters = true;
        } else {
            uncapped += r.text;
        }
    }
    if (!visible && text::trim(uncapped).empty()) return any_letters;
    return text::is_all_caps(uncapped);
}

std::string labelled_text(const paragraph& p) {
    if (p.numbering_label.empty()) return p.text();
    return p.numbering_label + " " + p.text();
}

namespace {
void append_plain(const std::vector<block>& blocks, std::string& out) {
    for (const block& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            out += labelled_text(*p);
            out += '\n';
            continue;
        }
        for (const table_row& row : std::get<table>(b).rows) {
            bool first = true;
            for (const table_cell& cell : row.cells) {
                if (cell.vertical_continuation) continue;
                if (!first) out += '\t';
                first = false;
                std::string inner;
                append_plain(cell.blocks, inner);
                while (!inner.empty() && inner.back() == '\n') inner.pop_back();
                // Keep a row on one line: paragraphs inside a cell become spaces.
                for (char& c : inner)
                    if (c == '\n') c = ' ';
                out += inner;
            }
            out += '\n';
        }
    }
}
}  // namespace

std::string plain_text(const std::vector<block>& blocks) {
    std::string out;
    append_plain(blocks, out);
    return out;
}

}  // namespace baocao
