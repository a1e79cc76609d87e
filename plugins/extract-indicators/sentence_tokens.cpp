// SPDX-License-Identifier: Apache-2.0
// Tone marks are compared only when both sides are written with them: a text
// typed without marks ("XAY DUNG 27 MO HINH") still matches on keys, while
// "hồ" never passes for "hộ" in a text that has its marks.
#include "sentence_tokens.hpp"
#include "vietnamese_number.hpp"

#include <baocao/sdk/text.hpp>

namespace baocao::indicators {

namespace {

bool has_ascii_letter(std::string_view text, const token_span& w) {
    for (std::size_t i = w.begin; i < w.letters_end; ++i) {
        const char c = text[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    }
    return false;
}

bool has_marked_byte(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

}  // namespace

void sentence_tokens::read(std::string_view text) {
    text_ = text;
    tokens_.clear();
    keys_.clear();
    folded_.clear();
    std::size_t pos = 0;
    listed_token t;
    while (next_token(text, pos, t.span)) {
        t.key_known = t.span.number;
        t.folded_known = false;
        t.key_size = t.folded_size = 0;
        t.number.reset();
        t.percent = t.year = t.after_slash = false;
        const std::string_view w = text.substr(t.span.begin, t.span.end - t.span.begin);
        t.marked = has_marked_byte(w);
        if (t.span.number) {
            t.number = parse_vietnamese_number(w);
            t.percent = followed_by_percent(text, t.span.end);
            t.year = t.number && *t.number >= 1945 && *t.number <= 2100 && w.size() == 4 &&
                     w.find_first_of(".,") == std::string_view::npos;
            t.after_slash = t.span.begin > 0 && text[t.span.begin - 1] == '/';
        } else if (!has_ascii_letter(text, t.span)) {
            // Words of no ASCII letter may have an empty key, and such words are not tokens.
            t.key_begin = keys_.size();
            append_word_key(text, t.span, keys_);
            t.key_size = keys_.size() - t.key_begin;
            t.key_known = true;
            if (t.key_size == 0) continue;
        }
        tokens_.push_back(t);
    }
}

std::string_view sentence_tokens::first_key(std::size_t i) {
    listed_token& t = tokens_[i];
    t.key_begin = keys_.size();
    append_word_key(text_, t.span, keys_);
    t.key_size = keys_.size() - t.key_begin;
    t.key_known = true;
    return std::string_view(keys_).substr(t.key_begin, t.key_size);
}

std::string_view sentence_tokens::folded(std::size_t i) {
    listed_token& t = tokens_[i];
    if (!t.folded_known) {
        t.folded_begin = folded_.size();
        folded_ += text::to_lower(written(i));
        t.folded_size = folded_.size() - t.folded_begin;
        t.folded_known = true;
    }
    return std::string_view(folded_).substr(t.folded_begin, t.folded_size);
}

bool sentence_tokens::word_is(std::size_t i, const phrase_word& w) {
    if (key(i) != w.key) return false;
    if (!tokens_[i].marked || !has_marked_byte(w.folded)) return true;
    return folded(i) == w.folded;
}

bool sentence_tokens::words_match(std::size_t at, const phrase& p) {
    for (std::size_t k = 0; k < p.size(); ++k)
        if (!word_is(at + k, p[k])) return false;
    return true;
}

const phrase* sentence_tokens::longest_at(std::size_t at, const std::vector<phrase>& list) {
    const phrase* best = nullptr;
    for (const auto& p : list)
        if ((!best || p.size() > best->size()) && phrase_at(at, p)) best = &p;
    return best;
}

bool sentence_tokens::any_before(const std::vector<phrase>& list, std::size_t end) {
    for (std::size_t start = 0; start < end; ++start)
        for (const auto& p : list)
            if (start + p.size() <= end && phrase_at(start, p)) return true;
    return false;
}

bool sentence_tokens::break_before(std::size_t i, std::string_view marks) const {
    if (i == 0 || i >= tokens_.size()) return false;
    const std::string_view gap = text_.substr(tokens_[i - 1].span.end, tokens_[i].span.begin - tokens_[i - 1].span.end);
    return gap.find_first_of(marks) != std::string_view::npos;
}

bool sentence_tokens::capitalised(std::size_t i) {
    if (tokens_[i].span.number) return false;
    const std::string_view w = written(i);
    const std::string_view f = folded(i);
    if (w.empty() || f.empty()) return false;
    const std::size_t n = text::utf8_sequence_length(static_cast<unsigned char>(w.front()));
    return w.substr(0, n) != f.substr(0, n);
}

}  // namespace baocao::indicators
