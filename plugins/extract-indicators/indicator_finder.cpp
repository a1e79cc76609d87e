// SPDX-License-Identifier: Apache-2.0
// A figure is a number followed by what it counts: a noun of an indicator
// ("156 mô hình"), or a measure and, where the indicator names one, the noun
// after it ("72,7 km đường", "37,1 km kênh mương"). The noun binds the number
// to its own thing, never to a word further on. Tables are read by column: a
// header naming an indicator, or a caption naming one above a table of
// numbers, makes the column's numbers its figures.
//
// Most sentences of a report hold numbers that are dates, percentages or
// document numbers, so a sentence is first checked cheaply, on views and with
// no keys but the word after each number, for a number followed by a word a
// measure or noun starts with. Only such sentences are cut into tokens.
#include "indicator_finder.hpp"
#include "figure_reading.hpp"
#include "sentence_tokens.hpp"
#include "token_scan.hpp"
#include "vietnamese_number.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::indicators {

namespace {

std::string cell_text(const table_cell& c) {
    std::string out;
    for_each_paragraph(c.blocks, [&](const paragraph& p) {
        if (!out.empty()) out += ' ';
        out += p.text();
    });
    return text::collapse_spaces(out);
}

/// The longest measure of `d` at `at`; nullptr when none.
const measure* measure_at(sentence_tokens& t, std::size_t at, const definition& d) {
    const measure* best = nullptr;
    for (const auto& m : d.measures)
        if ((!best || m.words.size() > best->words.size()) && t.phrase_at(at, m.words)) best = &m;
    return best;
}

/// Whether a context phrase of `d` comes before number `i` and governs it. One
/// that follows a noun of `d` counted by an earlier number closes that noun's
/// phrase ("kiểm tra 41 văn bản … do cấp huyện ban hành và 75 văn bản": the 75
/// were not issued), so it does not count.
bool context_before(sentence_tokens& t, std::size_t i, const definition& d) {
    for (std::size_t s = 0; s < i; ++s) {
        const phrase* c = t.longest_at(s, d.context);
        if (!c || s + c->size() > i) continue;
        std::size_t previous_number = s;
        while (previous_number > 0 && !t[previous_number - 1].number) --previous_number;
        bool attached = false;
        if (previous_number > 0)
            for (std::size_t k = previous_number; k < s && !attached; ++k) attached = t.longest_at(k, d.nouns) != nullptr;
        if (!attached) return true;
    }
    return false;
}

/// Where the counted thing of `d` ends when a figure of `d` starts at number `i`, with its scale; 0 when none.
/// `context_given`: the sentence continues one that gave the context (a sub-count opening with "trong số đó").
std::size_t counted_end(sentence_tokens& t, std::size_t i, const definition& d, double& scale, bool context_given) {
    std::size_t k = i + 1;
    scale = 1.0;
    if (!d.measures.empty()) {
        const measure* m = measure_at(t, k, d);
        if (!m) return 0;
        scale = m->scale;
        k += m->words.size();
    }
    if (t.longest_at(k, d.exclude)) return 0;
    if (!d.nouns.empty()) {
        const phrase* noun = t.longest_at(k, d.nouns);
        if (!noun) return 0;
        k += noun->size();
    }
    // The context may also follow the counted noun closely ("5 lớp tập huấn", "12 cá nhân được khen thưởng").
    if (!d.context.empty() && !context_given && !context_before(t, i, d)) {
        bool after = false;
        for (std::size_t s = k; s < t.size() && s < k + 3 && !after; ++s) after = t.longest_at(s, d.context) != nullptr;
        if (!after) return 0;
    }
    return k;
}

/// What a table's header cells and row labels say about its cells.
struct table_reading {
    std::vector<const definition*> column;   ///< indicator of each column, or nullptr
    std::vector<std::string> header, level;  ///< header text and level of each column
    std::vector<bool> total_column;
};

}  // namespace

struct indicator_finder::workspace {
    sentence_tokens tokens;
    std::string paragraph_text;  ///< runs joined, for paragraphs of several runs
    std::string trimmed;         ///< a sentence whose ends needed Unicode trimming
    std::string word_key;
    std::string caption;         ///< the text of the paragraph before a table
    const paragraph* last_paragraph = nullptr;
    std::vector<std::pair<const definition*, std::size_t>> numbers_found;  ///< this sentence's figures: indicator, number token
};

indicator_finder::indicator_finder(catalogue cat) : cat_(std::move(cat)) {
    // A definition counts nothing unless its measure (or, without measures,
    // its noun) opens right after the number (counted_end): each first word
    // says which definitions can count what follows it.
    auto note_first_word = [&](const phrase& p, std::size_t definition) {
        if (p.empty()) return;
        auto at = std::find(unit_first_words_.begin(), unit_first_words_.end(), p.front().key);
        if (at == unit_first_words_.end()) {
            unit_first_words_.push_back(p.front().key);
            opened_by_.push_back(0);
            at = unit_first_words_.end() - 1;
        }
        // Past the 64th definition a word keeps every bit: it never rules one out.
        opened_by_[static_cast<std::size_t>(at - unit_first_words_.begin())] |=
            definition < 64 ? std::uint64_t{1} << definition : ~std::uint64_t{0};
    };
    for (std::size_t i = 0; i < cat_.indicators.size(); ++i) {
        const auto& d = cat_.indicators[i];
        for (const auto& m : d.measures) note_first_word(m.words, i);
        if (d.measures.empty())
            for (const auto& n : d.nouns) note_first_word(n, i);
    }
}

bool indicator_finder::starts_a_unit(std::string_view key) const { return definitions_opening_with(key) != 0; }

std::uint64_t indicator_finder::definitions_opening_with(std::string_view key) const {
    const auto at = std::find(unit_first_words_.begin(), unit_first_words_.end(), key);
    return at == unit_first_words_.end() ? 0 : opened_by_[static_cast<std::size_t>(at - unit_first_words_.begin())];
}

bool indicator_finder::may_state_figure(std::string_view sentence, workspace& work) const {
    // Every number ends where the run of digits holding it ends, whatever the
    // tokens before it, so runs are found without reading the words between.
    std::size_t pos = 0;
    while ((pos = find_digit(sentence, pos)) != std::string_view::npos) {
        pos = number_end(sentence, pos);
        if (followed_by_percent(sentence, pos)) continue;
        std::size_t after = pos;
        token_span next;
        while (next_token(sentence, after, next) && !next.number) {
            work.word_key.clear();
            append_word_key(sentence, next, work.word_key);
            if (work.word_key.empty()) continue;
            if (starts_a_unit(work.word_key)) return true;
            break;
        }
    }
    return false;
}

void indicator_finder::match_sentence(std::string_view sentence, workspace& work, std::vector<figure>& out,
                                      std::size_t first_of_paragraph) const {
    sentence_tokens& t = work.tokens;
    t.read(sentence);
    const std::size_t first_of_sentence = out.size();
    work.numbers_found.clear();
    bool opens_with_part = false;
    for (const auto& cue : cat_.role_cues) opens_with_part = opens_with_part || (cue.role == figure_role::part && t.phrase_at(0, cue.words));
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        const listed_token& n = t[i];
        if (!n.number || n.percent || n.year || n.after_slash) continue;
        // "33/33 lớp": the first number is what was done, counted by the noun after the second.
        const std::size_t at = i + 2 < t.size() && t[i + 1].after_slash ? i + 1 : i;
        if (at + 1 >= t.size()) continue;
        const std::uint64_t opening = definitions_opening_with(t.key(at + 1));
        if (!opening) continue;
        for (std::size_t which = 0; which < cat_.indicators.size(); ++which) {
            const definition& d = cat_.indicators[which];
            if (which < 64 && !(opening >> which & 1u)) continue;   // counted_end would find nothing
            bool same_in_paragraph = false;
            for (std::size_t k = first_of_paragraph; k < first_of_sentence; ++k)
                same_in_paragraph = same_in_paragraph || out[k].indicator == d.id;
            double scale = 1.0;
            const std::size_t end = counted_end(t, at, d, scale, same_in_paragraph && opens_with_part);
            if (!end) continue;
            std::size_t same_before = std::string_view::npos;
            for (const auto& [id, token] : work.numbers_found)
                if (id == &d) same_before = std::min(same_before, token);
            const figure_setting setting = read_setting(t, cat_, i, end, same_before, same_in_paragraph);
            if (setting.change) break;
            work.numbers_found.emplace_back(&d, i);
            figure f;
            f.indicator = d.id;
            f.label = d.label;
            f.value = *n.number * scale;
            const std::size_t written_end = d.measures.empty() ? at + 1 : at + 1 + measure_at(t, at + 1, d)->words.size();
            f.written = std::string(sentence.substr(n.span.begin, t[written_end - 1].span.end - n.span.begin));
            f.unit = d.unit;
            f.role = setting.role;
            f.total = setting.total;
            f.level = setting.level;
            f.place = setting.place;
            f.evidence = std::string(sentence);
            out.push_back(std::move(f));
            break;
        }
    }
}

std::vector<figure> indicator_finder::find_in_sentence(const std::string& sentence) const {
    std::vector<figure> out;
    workspace work;
    match_sentence(sentence, work, out, 0);
    return out;
}

void indicator_finder::scan_paragraph(std::string_view text, workspace& work, std::vector<figure>& out) const {
    const std::size_t first_of_paragraph = out.size();
    for_each_sentence_segment(text, [&](std::string_view segment, bool holds_digit) {
        if (!holds_digit) return;
        const std::string_view sentence = trim_segment(segment, work.trimmed);
        if (may_state_figure(sentence, work)) match_sentence(sentence, work, out, first_of_paragraph);
    });
}

const definition* indicator_finder::named_in(std::string_view text, workspace& work) const {
    sentence_tokens& t = work.tokens;
    t.read(text);
    for (const auto& d : cat_.indicators) {
        bool named = false;
        for (std::size_t s = 0; s < t.size() && !named; ++s)
            named = t.longest_at(s, d.nouns) || measure_at(t, s, d);
        if (named && (d.context.empty() || t.any_before(d.context, t.size()))) return &d;
    }
    return nullptr;
}

bool indicator_finder::scan_table(const table& tb, workspace& work, std::vector<figure>& out) const {
    if (tb.rows.size() < 2) return false;
    const auto& header = tb.rows.front().cells;
    table_reading r;
    r.column.assign(header.size(), nullptr);
    r.level.assign(header.size(), "");
    r.total_column.assign(header.size(), false);
    bool any_named = false;
    for (std::size_t c = 0; c < header.size(); ++c) {
        r.header.push_back(cell_text(header[c]));
        r.column[c] = named_in(r.header[c], work);
        any_named = any_named || r.column[c];
        for (std::size_t s = 0; s < work.tokens.size(); ++s) {
            for (const auto& cue : cat_.level_cues)
                if (work.tokens.phrase_at(s, cue.words)) r.level[c] = cue.level;
            if (s == 0 && work.tokens.longest_at(0, cat_.total_cues)) r.total_column[c] = true;
        }
    }
    // A table of plain numbers under a caption naming an indicator ("Kết quả xây dựng mô hình … tại bảng sau:").
    if (!any_named) {
        const std::string caption = text::trim(work.caption);
        if (caption.empty() || caption.back() != ':') return false;
        const definition* d = named_in(caption, work);
        if (!d) return false;
        for (std::size_t c = 1; c < header.size(); ++c) r.column[c] = d;
    }
    // The row label is the first cell that is not a number; the label column's cells are no figures.
    auto row_label = [&](const table_row& row, std::size_t& label_column) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            std::string s = cell_text(row.cells[c]);
            if (!s.empty() && !parse_vietnamese_number(s)) {
                label_column = c;
                return s;
            }
        }
        label_column = 0;
        return std::string();
    };
    auto is_total_label = [&](const std::string& label) {
        work.tokens.read(label);
        return work.tokens.size() > 0 && (work.tokens.longest_at(0, cat_.total_cues) || work.tokens.key(0) == "cong");
    };
    bool has_total_row = false, has_total_column = false;
    for (std::size_t c = 0; c < header.size(); ++c) has_total_column = has_total_column || (r.column[c] && r.total_column[c]);
    std::vector<std::string> labels(tb.rows.size());
    std::vector<std::size_t> label_columns(tb.rows.size(), 0);
    std::vector<bool> total_row(tb.rows.size(), false);
    for (std::size_t row = 1; row < tb.rows.size(); ++row) {
        labels[row] = row_label(tb.rows[row], label_columns[row]);
        total_row[row] = is_total_label(labels[row]);
        has_total_row = has_total_row || total_row[row];
    }
    const std::size_t before = out.size();
    for (std::size_t row = 1; row < tb.rows.size(); ++row) {
        const auto& cells = tb.rows[row].cells;
        for (std::size_t c = label_columns[row] + 1; c < cells.size() && c < r.column.size(); ++c) {
            if (!r.column[c]) continue;
            const std::string value = cell_text(cells[c]);
            const auto number = parse_vietnamese_number(value);
            if (!number) continue;
            const bool total_cell = (has_total_row ? total_row[row] : true) && (has_total_column ? r.total_column[c] : true);
            figure f;
            f.indicator = r.column[c]->id;
            f.label = r.column[c]->label;
            f.value = *number;
            f.written = value;
            f.unit = r.column[c]->unit;
            f.role = total_cell ? figure_role::result : figure_role::part;
            f.total = total_cell && (has_total_row || has_total_column);
            f.level = r.level[c];
            f.evidence = labels[row] + " | " + r.header[c] + ": " + value;
            f.from_table = true;
            out.push_back(std::move(f));
        }
    }
    return out.size() > before;
}

void indicator_finder::scan_blocks(const std::vector<block>& blocks, workspace& work, std::vector<figure>& out) const {
    for (const auto& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            if (p->runs.empty()) continue;
            work.last_paragraph = p;
            // Most paragraphs state no figure: only those with a digit are worth reading.
            if (std::none_of(p->runs.begin(), p->runs.end(), [](const text_run& r) { return contains_digit(r.text); }))
                continue;
            if (p->runs.size() == 1) {
                scan_paragraph(p->runs.front().text, work, out);
                continue;
            }
            work.paragraph_text.clear();
            for (const auto& r : p->runs) work.paragraph_text += r.text;
            scan_paragraph(work.paragraph_text, work, out);
        } else {
            const auto& t = std::get<table>(b);
            work.caption = work.last_paragraph ? work.last_paragraph->text() : std::string();
            // A table whose columns name no indicator may still hold sentences in its cells.
            if (!scan_table(t, work, out))
                for (const auto& row : t.rows)
                    for (const auto& cell : row.cells) scan_blocks(cell.blocks, work, out);
            work.last_paragraph = nullptr;
        }
    }
}

std::vector<figure> indicator_finder::find(const document& doc) const {
    std::vector<figure> out;
    workspace work;
    scan_blocks(doc.body, work, out);
    return out;
}

}  // namespace baocao::indicators
