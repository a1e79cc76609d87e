// SPDX-License-Identifier: Apache-2.0
// Reading a report's paragraphs into lines: each paragraph's text copied
// once into the report's store, its label, emphasis and outline level, and a
// run-in bold lead. What the lines are (header, heading, signature ...) is
// decided in sectionizer.cpp.
#include "sectionizer.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <cstring>

namespace baocao::sections {

namespace {

/// Bytes of a white-space code point (Unicode White_Space) starting at `s`, 0 when none.
std::size_t space_at(std::string_view s) {
    if (s.empty()) return 0;
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    if (b(0) == ' ' || (b(0) >= '\t' && b(0) <= '\r')) return 1;
    if (s.size() >= 2 && b(0) == 0xC2 && (b(1) == 0xA0 || b(1) == 0x85)) return 2;
    if (s.size() < 3) return 0;
    if (b(0) == 0xE2 && b(1) == 0x80 && (b(2) <= 0x8A || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF)) return 3;
    if ((b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) || (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) ||
        (b(0) == 0xE1 && b(1) == 0x9A && b(2) == 0x80))
        return 3;
    return 0;
}

/// True for an ASCII byte that is not white space: no white-space code point
/// starts or ends with it.
constexpr bool is_ascii_mark(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x80 && b != ' ' && !(b >= '\t' && b <= '\r');
}

/// True for a byte space_at() can find white space at: ASCII white space and
/// the lead bytes of the longer white-space characters.
bool may_begin_space(unsigned char b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || b == 0xC2 || (b >= 0xE1 && b <= 0xE3);
}

/// True for a byte a white-space character space_at() finds can end with:
/// ASCII white space and the last bytes of the longer ones.
bool may_end_space(unsigned char b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x80 && b <= 0x8A) || b == 0x9F || b == 0xA0 || b == 0xA8 || b == 0xA9 ||
           b == 0xAF;
}

/// The text without white space at its ends. Looks at the ends only: a
/// report's long paragraphs are not scanned whole for this.
std::string_view trim_edges(std::string_view s) {
    // The usual paragraph begins with a letter.
    if (!s.empty() && is_ascii_mark(s[0]) && is_ascii_mark(s.back())) return s;
    while (!s.empty() && may_begin_space(static_cast<unsigned char>(s[0])))
        if (const std::size_t n = space_at(s)) s.remove_prefix(n);
        else break;
    // The usual paragraph ends in a letter or a full stop.
    if (s.empty() || is_ascii_mark(s.back()) || !may_end_space(static_cast<unsigned char>(s.back()))) return s;
    while (!s.empty()) {
        std::size_t n = 0;
        for (std::size_t k = 1; k <= 3 && k <= s.size() && n == 0; ++k)
            if (space_at(s.substr(s.size() - k)) == k) n = k;
        if (n == 0) break;
        s.remove_suffix(n);
    }
    return s;
}

/// True when the text is empty or all white space.
bool is_blank(std::string_view s) { return s.empty() || (!is_ascii_mark(s[0]) && trim_edges(s).empty()); }

/// Outline levels that "heading N" style names imply, remembered by name: a
/// report uses a handful of styles, and keying each paragraph's would cost more.
class style_outlines {
public:
    int level(const std::string& style_name) {
        if (style_name.empty()) return -1;
        // Paragraphs in a row mostly share their style.
        if (last_ < known_.size() && known_[last_].first == style_name) return known_[last_].second;
        for (std::size_t i = 0; i < known_.size(); ++i)
            if (known_[i].first == style_name) {
                last_ = i;
                return known_[i].second;
            }
        const std::string sk = text::match_key(style_name);
        int level = -1;
        if (sk.starts_with("heading ") && sk.size() == 9 && sk[8] >= '1' && sk[8] <= '9') level = sk[8] - '1';
        if (known_.size() < 32) known_.emplace_back(style_name, level);
        return level;
    }

private:
    std::vector<std::pair<std::string, int>> known_;
    std::size_t last_ = 0;   ///< the style found last
};

/// Numbering labels classified, remembered by the label Word shows: a
/// report numbers its paragraphs in a few formats, and shows each label
/// ("-", "•", "1.") many times.
class numbering_labels {
public:
    const label_info& classify(const std::string& shown) {
        for (const auto& [label, info] : known_)
            if (label == shown) return info;
        if (known_.size() < 32) return known_.emplace_back(shown, classify_label(shown)).second;
        unkept_ = classify_label(shown);
        return unkept_;
    }

private:
    std::vector<std::pair<std::string, label_info>> known_;
    label_info unkept_;   ///< a label past those kept
};

/// The paragraph's label and text, its runs copied once into the store.
void set_text(line& l, const paragraph& p, text_store& store, numbering_labels& labels, std::string_view& joined) {
    std::size_t size = 0;
    for (const text_run& r : p.runs) size += r.text.size();
    // Room before the runs for a numbering label and its space, so that the
    // labelled text usually needs no second copy.
    const std::size_t label_room = p.numbering_label.empty() ? 0 : p.numbering_label.size() + 1;
    char* const region = store.room(label_room + size);
    char* o = region + label_room;
    for (const text_run& r : p.runs) {
        if (!r.text.empty()) std::memcpy(o, r.text.data(), r.text.size());
        o += r.text.size();
    }
    joined = std::string_view(region + label_room, size);
    const std::string_view raw = trim_edges(joined);
    if (!p.numbering_label.empty()) {
        l.label = labels.classify(p.numbering_label);
        l.parser_label = true;
        const std::string_view label = l.label.text;
        l.content_from = label.size() + 1;
        if (raw.data() == joined.data()) {
            // The label is no longer than the numbering label it is trimmed from: it fits the room left for it.
            char* const start = region + label_room - l.content_from;
            if (!label.empty()) std::memcpy(start, label.data(), label.size());
            start[label.size()] = ' ';
            l.text = std::string_view(start, l.content_from + raw.size());
        } else {
            // White space before the runs' text: the bytes before it stay as they are, for the run-in lead.
            l.text = store.join({label, " ", raw});
        }
    } else {
        l.label = typed_label(raw);
        // The text is trimmed at its end already, so what follows the label is a suffix of it.
        if (l.label.kind != label_kind::ordinal && l.label.length != 0)
            l.content_from = raw.size() - trim_edges(raw.substr(l.label.length)).size();
        l.text = raw;
    }
}

/// A run-in lead: the paragraph opens with bold runs and goes on in regular
/// type. `joined` holds the runs as they are, one after the other.
void set_lead(line& l, const paragraph& p, std::string_view joined, text_store& store) {
    std::size_t r = 0;
    std::size_t lead_bytes = 0;
    while (r < p.runs.size() && (p.runs[r].bold || is_blank(p.runs[r].text))) lead_bytes += p.runs[r++].text.size();
    // Without a regular run the paragraph has no rest, and without a bold
    // run before it no lead: the words a lead needs are never there.
    if (r == 0 || r == p.runs.size()) return;
    std::string_view lead = trim_edges(joined.substr(0, lead_bytes));
    if (lead.empty()) return;
    std::string_view rest = trim_edges(joined.substr(lead_bytes));
    // The colon or period that ends a lead is sometimes typed in regular weight.
    if (!rest.empty() && (rest[0] == ':' || rest[0] == '.')) {
        lead = lead.data() + lead.size() == rest.data() ? std::string_view(lead.data(), lead.size() + 1)
                                                          : store.join({lead, rest.substr(0, 1)});
        rest = trim_edges(rest.substr(1));
    }
    if (rest.empty()) return;
    const label_info ll = p.numbering_label.empty() ? typed_label(lead) : l.label;
    const std::string_view lead_body =
        p.numbering_label.empty() ? trim_edges(lead.substr(ll.kind == label_kind::ordinal ? 0 : ll.length)) : lead;
    std::string lk;
    const std::size_t lw = text::assign_match_key(lk, lead_body);
    const char end = last_char(lead);
    const bool labelled = ll.kind != label_kind::none && ll.kind != label_kind::ordinal && ll.kind != label_kind::bullet;
    // Only a bold number ("**2.1.** Cấp ủy ...") is body text with an emphasised label.
    if (lw >= 2 && lw <= 20 && (end == ':' || end == '.' || (labelled && end != ','))) {
        l.lead = p.numbering_label.empty() ? lead : store.join({l.label.text, " ", lead});
        l.lead_key = std::move(lk);
        l.rest = rest;
    }
}

/// Words a line's head is first made with. Every body line is tested on how
/// it begins ("nơi nhận", "trên đây là": three words); a line with a label or
/// emphasis on its length too, up to the limits heading_of() weighs it by. A
/// line with emphasis, an outline level, or a part, Roman or capital-letter
/// label is keyed as far as the longest heading (60 words), which for a
/// heading is its whole key, needed once it is one; a numbered line as far as
/// a numbered heading of its own (14 words).
std::size_t head_words_for(const line& l, bool bold, bool caps) {
    const label_kind k = l.label.kind;
    if (bold || caps || l.outline >= 0 || k == label_kind::part || k == label_kind::roman || k == label_kind::upper_letter) return 61;
    if (k == label_kind::arabic || k == label_kind::decimal || k == label_kind::letter) return 16;
    return 3;
}

/// Fills a line from one paragraph.
void fill_line(line& l, const paragraph& p, style_outlines& styles, numbering_labels& labels, text_store& store) {
    std::string_view joined;
    set_text(l, p, store, labels, joined);
    l.read_opening();
    const bool bold = p.all_bold();
    const bool caps = p.all_caps();
    l.outline = p.outline_level;
    // A "heading N" style without an outline level in the document still says so.
    if (l.outline < 0) l.outline = styles.level(p.style_name);
    l.head_words = head_words_for(l, bold, caps);
    l.bold = bold && l.has_words();
    l.caps = caps && l.has_words();
    // Italic unless a run with visible text is not.
    bool italic = !p.runs.empty();
    for (const text_run& r : p.runs)
        if (!r.italic && !is_blank(r.text)) {
            italic = false;
            break;
        }
    l.italic = italic && l.has_words();
    l.centered = p.align == alignment::center;
    if (!l.bold && !p.runs.empty()) set_lead(l, p, joined, store);
}

/// Counts the lines a document gives, so that the lines are filled where they
/// stay: a line moved as the vector grows costs more than this count.
std::size_t count_lines(const std::vector<block>& blocks) {
    std::size_t n = 0;
    for (const block& b : blocks) {
        if (std::holds_alternative<paragraph>(b)) {
            ++n;
            continue;
        }
        for (const table_row& row : std::get<table>(b).rows)
            for (const table_cell& cell : row.cells)
                if (!cell.vertical_continuation) n += count_lines(cell.blocks);
    }
    return n;
}

/// True for a paragraph with visible text.
bool has_text(const paragraph& p) {
    for (const text_run& r : p.runs)
        if (!is_blank(r.text)) return true;
    return false;
}

/// Paragraphs with visible text in a block list, table cells included.
std::size_t count_text_paragraphs(const std::vector<block>& blocks) {
    std::size_t n = 0;
    for (const block& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            n += has_text(*p) ? 1 : 0;
            continue;
        }
        for (const table_row& row : std::get<table>(b).rows)
            for (const table_cell& cell : row.cells)
                if (!cell.vertical_continuation) n += count_text_paragraphs(cell.blocks);
    }
    return n;
}

/// A table of one column: every row holds one cell.
bool one_column(const table& t) {
    if (t.rows.empty()) return false;
    for (const table_row& row : t.rows)
        if (row.cells.size() != 1) return false;
    return true;
}

/// The table a whole report is laid out in, when there is one: a one-column
/// table (a 1×1 frame, or a row per part) holding more of the text than
/// everything beside it. Its cells are the body, read as if no table were
/// there; a data table of one column is never most of a report.
const table* wrapping_table(const std::vector<block>& blocks) {
    // Fewer lines than a header, a kind line and a signature make no report.
    constexpr std::size_t least_report_lines = 3;
    const table* best = nullptr;
    std::size_t best_lines = 0;
    std::size_t all_lines = 0;
    for (const block& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            all_lines += has_text(*p) ? 1 : 0;
            continue;
        }
        const table& t = std::get<table>(b);
        std::size_t lines = 0;
        for (const table_row& row : t.rows)
            for (const table_cell& cell : row.cells)
                if (!cell.vertical_continuation) lines += count_text_paragraphs(cell.blocks);
        all_lines += lines;
        if (one_column(t) && lines > best_lines) {
            best = &t;
            best_lines = lines;
        }
    }
    if (!best || best_lines < least_report_lines || best_lines <= all_lines - best_lines) return nullptr;
    return best;
}

void flatten(const std::vector<block>& blocks, std::vector<line>& out, int table_id, bool layout, int& next_table,
             style_outlines& styles, numbering_labels& labels, text_store& store) {
    const table* const wrapper = table_id < 0 ? wrapping_table(blocks) : nullptr;
    for (const block& b : blocks) {
        if (wrapper && std::get_if<table>(&b) == wrapper) {
            for (const table_row& row : wrapper->rows)
                for (const table_cell& cell : row.cells)
                    if (!cell.vertical_continuation) flatten(cell.blocks, out, -1, false, next_table, styles, labels, store);
            continue;
        }
        if (const auto* p = std::get_if<paragraph>(&b)) {
            line& l = out.emplace_back();
            fill_line(l, *p, styles, labels, store);
            l.table = table_id;
            l.layout_table = layout;
            // A line whose words are only a label ("1.") is not empty; the full key is needed only then.
            if (!l.has_words() && text::match_key(l.text).empty()) l.role = line_role::empty;
        } else {
            const table& t = std::get<table>(b);
            const int id = table_id >= 0 ? table_id : next_table++;
            const bool lay = table_id >= 0 ? layout : t.borderless;
            for (const table_row& row : t.rows)
                for (const table_cell& cell : row.cells)
                    if (!cell.vertical_continuation) flatten(cell.blocks, out, id, lay, next_table, styles, labels, store);
        }
    }
}

}  // namespace

void read_lines(const document& doc, sectioned_report& out) {
    style_outlines styles;
    numbering_labels labels;
    int next_table = 0;
    out.lines.reserve(count_lines(doc.body));
    flatten(doc.body, out.lines, -1, false, next_table, styles, labels, out.store);
}

}  // namespace baocao::sections
