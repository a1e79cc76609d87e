// A figure is a number followed by a unit of an indicator, in a sentence that
// also has one of the indicator's keywords before the number. Tables are read
// by column: a header cell that names a unit or keyword makes its column's
// numbers figures of that indicator, each row's first cell naming the row.
#include "indicator_finder.hpp"
#include "vietnamese_number.hpp"

#include <baocao/sdk/text.hpp>

namespace baocao::indicators {

namespace {

/// Whether `words` occurs in `tokens` as consecutive word keys starting at `at`.
bool words_at(const std::vector<token>& tokens, std::size_t at, const std::vector<std::string>& words) {
    if (at + words.size() > tokens.size()) return false;
    for (std::size_t k = 0; k < words.size(); ++k)
        if (tokens[at + k].key != words[k]) return false;
    return true;
}

/// Whether a keyword occurs among tokens [from, to).
bool has_keyword(const std::vector<token>& tokens, std::size_t from, std::size_t to,
                 const std::vector<std::vector<std::string>>& keywords) {
    if (keywords.empty()) return true;
    for (std::size_t i = from; i < to; ++i)
        for (const auto& kw : keywords)
            if (i + kw.size() <= to && words_at(tokens, i, kw)) return true;
    return false;
}

/// The unit right after the number at `at` (allowing one word between, as in
/// "156 mô hình" or "45 tập thể"), longest match first; nullptr when none.
const unit_form* unit_after(const std::vector<token>& tokens, std::size_t at, const definition& d) {
    const unit_form* best = nullptr;
    for (const auto& u : d.units)
        if (words_at(tokens, at + 1, u.key_words) && (!best || u.key_words.size() > best->key_words.size())) best = &u;
    return best;
}

bool looks_like_year(const token& t) {
    return t.number && *t.number >= 1945 && *t.number <= 2100 && t.text.size() == 4 &&
           t.text.find_first_of(".,") == std::string::npos;
}

std::string cell_text(const table_cell& c) {
    std::string out;
    for_each_paragraph(c.blocks, [&](const paragraph& p) {
        if (!out.empty()) out += ' ';
        out += p.text();
    });
    return text::collapse_spaces(out);
}

}  // namespace

std::vector<figure> indicator_finder::find_in_sentence(const std::string& sentence) const {
    std::vector<figure> out;
    const auto tokens = tokenize(sentence);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const token& t = tokens[i];
        if (!t.number || t.percent || looks_like_year(t)) continue;
        for (const auto& d : defs_) {
            const unit_form* u = unit_after(tokens, i, d);
            if (!u || !has_keyword(tokens, 0, i, d.keywords)) continue;
            out.push_back({d.id, d.label, *t.number * u->scale, d.units.front().text, sentence, false});
            break;
        }
    }
    return out;
}

void indicator_finder::scan_table(const table& t, std::vector<figure>& out) const {
    if (t.rows.size() < 2) return;
    // Which indicator each column counts, from the header row.
    const auto& header = t.rows.front().cells;
    std::vector<const definition*> column(header.size(), nullptr);
    std::vector<std::string> header_text(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
        header_text[c] = cell_text(header[c]);
        const auto tokens = tokenize(header_text[c]);
        for (const auto& d : defs_) {
            bool named = false;
            for (std::size_t i = 0; i < tokens.size() && !named; ++i)
                for (const auto& u : d.units) named = named || words_at(tokens, i, u.key_words);
            if (named && (d.keywords.empty() || has_keyword(tokens, 0, tokens.size(), d.keywords))) {
                column[c] = &d;
                break;
            }
        }
    }
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
        const auto& cells = t.rows[r].cells;
        const std::string label = cells.empty() ? "" : cell_text(cells.front());
        for (std::size_t c = 1; c < cells.size() && c < column.size(); ++c) {
            if (!column[c]) continue;
            const std::string value = cell_text(cells[c]);
            const auto number = parse_vietnamese_number(value);
            if (!number) continue;
            out.push_back({column[c]->id, column[c]->label, *number, column[c]->units.front().text,
                           label + " | " + header_text[c] + ": " + value, true});
        }
    }
}

void indicator_finder::scan_blocks(const std::vector<block>& blocks, std::vector<figure>& out) const {
    for (const auto& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
            const std::string text = p->text();
            // Most paragraphs state no figure: only those with a digit are worth cutting into words.
            if (text.find_first_of("0123456789") == std::string::npos) continue;
            for (const auto& s : sentences(text)) {
                if (s.find_first_of("0123456789") == std::string::npos) continue;
                auto found = find_in_sentence(s);
                out.insert(out.end(), found.begin(), found.end());
            }
        } else {
            const auto& t = std::get<table>(b);
            const std::size_t before = out.size();
            scan_table(t, out);
            // A table whose columns name no indicator may still hold sentences in its cells.
            if (out.size() == before)
                for (const auto& row : t.rows)
                    for (const auto& cell : row.cells) scan_blocks(cell.blocks, out);
        }
    }
}

std::vector<figure> indicator_finder::find(const document& doc) const {
    std::vector<figure> out;
    scan_blocks(doc.body, out);
    return out;
}

}  // namespace baocao::indicators
