// A figure is a number followed by a unit of an indicator, in a sentence that
// also has one of the indicator's keywords before the number. Tables are read
// by column: a header cell that names a unit or keyword makes its column's
// numbers figures of that indicator, each row's first cell naming the row.
//
// Most sentences of a report hold numbers that are dates, percentages or
// document numbers, so a sentence is first checked cheaply, on views and with
// no keys but the word after each number, for a number followed by a word a
// unit starts with. Only such sentences are cut into tokens, and even then a
// word is keyed only when a comparison reaches it.
#include "indicator_finder.hpp"
#include "token_scan.hpp"
#include "vietnamese_number.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <limits>
#include <optional>

namespace baocao::indicators {

namespace {

constexpr std::size_t never = std::numeric_limits<std::size_t>::max();

/// A token of the text being matched. A word's key is worked out when first
/// asked for and kept in the list's buffer.
struct listed_token {
    token_span span;
    std::size_t key_begin = 0;
    std::size_t key_size = 0;
    bool key_known = false;
    std::optional<double> number;
    bool percent = false;          ///< a number directly followed by '%'
    bool year = false;             ///< a number written like a year ("2015")
};

/// The tokens of one text, reused from sentence to sentence. Keying a word
/// costs more than finding it, and many words are never compared.
class token_list {
public:
    void read(std::string_view text, std::size_t keyword_list_count) {
        text_ = text;
        tokens_.clear();
        keys_.clear();
        keyword_scans_.assign(keyword_list_count, keyword_scan{});
        std::size_t pos = 0;
        listed_token t;
        while (next_token(text, pos, t.span)) {
            t.key_known = t.span.number;
            t.key_size = 0;
            t.number.reset();
            t.percent = t.year = false;
            if (t.span.number) {
                const std::string_view written = text.substr(t.span.begin, t.span.end - t.span.begin);
                t.number = parse_vietnamese_number(written);
                t.percent = followed_by_percent(text, t.span.end);
                t.year = t.number && *t.number >= 1945 && *t.number <= 2100 && written.size() == 4 &&
                         written.find_first_of(".,") == std::string_view::npos;
            } else if (!has_ascii_letter(t.span)) {
                // Words of no ASCII letter may have an empty key, and such words are not tokens.
                fill_key(t);
                if (t.key_size == 0) continue;
            }
            tokens_.push_back(t);
        }
    }

    std::size_t size() const { return tokens_.size(); }
    const listed_token& operator[](std::size_t i) const { return tokens_[i]; }

    std::string_view key(std::size_t i) {
        listed_token& t = tokens_[i];
        if (!t.key_known) fill_key(t);
        return std::string_view(keys_).substr(t.key_begin, t.key_size);
    }

    /// Whether `words` occurs as consecutive word keys starting at `at`.
    bool words_at(std::size_t at, const std::vector<std::string>& words) {
        if (at + words.size() > tokens_.size()) return false;
        for (std::size_t k = 0; k < words.size(); ++k)
            if (key(at + k) != words[k]) return false;
        return true;
    }

    /// Whether one of `keywords`, the keyword list numbered `list`, lies wholly
    /// within the first `count` tokens.
    bool has_keyword_within(std::size_t list, const std::vector<std::vector<std::string>>& keywords, std::size_t count) {
        if (keywords.empty()) return true;
        // Occurrences ending soonest decide; the search resumes where an earlier, shorter question left it.
        keyword_scan& scan = keyword_scans_[list];
        while (scan.earliest_end > count && scan.next_start < count) {
            const std::size_t start = scan.next_start++;
            for (const auto& kw : keywords)
                if (start + kw.size() < scan.earliest_end && words_at(start, kw)) scan.earliest_end = start + kw.size();
        }
        return scan.earliest_end <= count;
    }

    /// Whether a unit of `d` occurs anywhere among the tokens.
    bool names_a_unit(const definition& d) {
        for (std::size_t i = 0; i < tokens_.size(); ++i)
            for (const auto& u : d.units)
                if (words_at(i, u.key_words)) return true;
        return false;
    }

    /// The unit right after the number at `at`, longest match first; nullptr when none.
    const unit_form* unit_after(std::size_t at, const definition& d) {
        const unit_form* best = nullptr;
        for (const auto& u : d.units)
            if (words_at(at + 1, u.key_words) && (!best || u.key_words.size() > best->key_words.size())) best = &u;
        return best;
    }

private:
    /// How far the keywords of one keyword list have been looked for.
    struct keyword_scan {
        std::size_t next_start = 0;
        std::size_t earliest_end = never;  ///< of the occurrences starting before next_start
    };

    /// An ASCII letter anywhere in a word is kept in its key: it is never part of a
    /// multi-byte character, not even of an ill-formed one.
    bool has_ascii_letter(const token_span& w) const {
        for (std::size_t i = w.begin; i < w.letters_end; ++i) {
            const char c = text_[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
        }
        return false;
    }

    void fill_key(listed_token& t) {
        t.key_begin = keys_.size();
        append_word_key(text_, t.span, keys_);
        t.key_size = keys_.size() - t.key_begin;
        t.key_known = true;
    }

    std::string_view text_;
    std::vector<listed_token> tokens_;
    std::string keys_;
    std::vector<keyword_scan> keyword_scans_;  ///< per keyword list
};

std::string cell_text(const table_cell& c) {
    std::string out;
    for_each_paragraph(c.blocks, [&](const paragraph& p) {
        if (!out.empty()) out += ' ';
        out += p.text();
    });
    return text::collapse_spaces(out);
}

}  // namespace

struct indicator_finder::workspace {
    token_list tokens;
    std::string paragraph_text;  ///< runs joined, for paragraphs of several runs
    std::string trimmed;         ///< a sentence whose ends needed Unicode trimming
    std::string word_key;
};

indicator_finder::indicator_finder(std::vector<definition> defs) : defs_(std::move(defs)) {
    // Definitions often share their keywords (groups and individuals commended): one search serves them all.
    for (std::size_t di = 0; di < defs_.size(); ++di) {
        std::size_t first = 0;
        while (defs_[first].keywords != defs_[di].keywords) ++first;
        keyword_list_.push_back(first);
    }
    for (const auto& d : defs_)
        for (const auto& u : d.units)
            if (!u.key_words.empty() &&
                std::find(unit_first_words_.begin(), unit_first_words_.end(), u.key_words.front()) ==
                    unit_first_words_.end())
                unit_first_words_.push_back(u.key_words.front());
}

bool indicator_finder::starts_a_unit(std::string_view key) const {
    return std::find(unit_first_words_.begin(), unit_first_words_.end(), key) != unit_first_words_.end();
}

bool indicator_finder::may_state_figure(std::string_view sentence, workspace& work) const {
    // Every number ends where the run of digits holding it ends, whatever the
    // tokens before it, so runs are found without reading the words between.
    std::size_t pos = 0;
    while ((pos = find_digit(sentence, pos)) != std::string_view::npos) {
        pos = number_end(sentence, pos);
        if (followed_by_percent(sentence, pos)) continue;
        // The token after the number: words with an empty key are not tokens.
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

void indicator_finder::match_sentence(std::string_view sentence, workspace& work, std::vector<figure>& out) const {
    token_list& tokens = work.tokens;
    tokens.read(sentence, defs_.size());
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const listed_token& t = tokens[i];
        if (!t.number || t.percent || t.year || !starts_a_unit(tokens.key(i + 1))) continue;
        for (std::size_t di = 0; di < defs_.size(); ++di) {
            const definition& d = defs_[di];
            const unit_form* u = tokens.unit_after(i, d);
            if (!u || !tokens.has_keyword_within(keyword_list_[di], d.keywords, i)) continue;
            out.push_back({d.id, d.label, *t.number * u->scale, d.units.front().text, std::string(sentence), false});
            break;
        }
    }
}

std::vector<figure> indicator_finder::find_in_sentence(const std::string& sentence) const {
    std::vector<figure> out;
    workspace work;
    match_sentence(sentence, work, out);
    return out;
}

void indicator_finder::scan_paragraph(std::string_view text, workspace& work, std::vector<figure>& out) const {
    for_each_sentence_segment(text, [&](std::string_view segment, bool holds_digit) {
        if (!holds_digit) return;
        const std::string_view sentence = trim_segment(segment, work.trimmed);
        if (may_state_figure(sentence, work)) match_sentence(sentence, work, out);
    });
}

void indicator_finder::scan_table(const table& t, workspace& work, std::vector<figure>& out) const {
    if (t.rows.size() < 2) return;
    // Which indicator each column counts, from the header row.
    const auto& header = t.rows.front().cells;
    std::vector<const definition*> column(header.size(), nullptr);
    std::vector<std::string> header_text(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
        header_text[c] = cell_text(header[c]);
        work.tokens.read(header_text[c], defs_.size());
        for (std::size_t di = 0; di < defs_.size(); ++di) {
            const definition& d = defs_[di];
            if (work.tokens.names_a_unit(d) &&
                work.tokens.has_keyword_within(keyword_list_[di], d.keywords, work.tokens.size())) {
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

void indicator_finder::scan_blocks(const std::vector<block>& blocks, workspace& work, std::vector<figure>& out) const {
    for (const auto& b : blocks) {
        if (const auto* p = std::get_if<paragraph>(&b)) {
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
            const std::size_t before = out.size();
            scan_table(t, work, out);
            // A table whose columns name no indicator may still hold sentences in its cells.
            if (out.size() == before)
                for (const auto& row : t.rows)
                    for (const auto& cell : row.cells) scan_blocks(cell.blocks, work, out);
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
