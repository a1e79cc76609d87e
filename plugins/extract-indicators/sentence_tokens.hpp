// SPDX-License-Identifier: Apache-2.0
#pragma once
// The tokens of one sentence, reused from sentence to sentence, compared with
// catalogue phrases. Keying a word costs more than finding it, and most words
// are never compared, so a word's key (and its folded form) is worked out when
// first asked for.

#include "indicator_definitions.hpp"
#include "token_scan.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::indicators {

/// A token of the sentence being read.
struct listed_token {
    token_span span;
    std::size_t key_begin = 0, key_size = 0;
    std::size_t folded_begin = 0, folded_size = 0;
    bool key_known = false, folded_known = false;
    bool marked = false;            ///< written with a byte outside ASCII (tone marks, '²')
    std::optional<double> number;
    bool percent = false;           ///< a number directly followed by '%'
    bool year = false;              ///< a number written like a year ("2015")
    bool after_slash = false;       ///< a number right after '/' ("33/33"): a denominator
};

class sentence_tokens {
public:
    /// Cuts `text` into tokens; the view must outlive the calls that follow.
    void read(std::string_view text);

    std::size_t size() const { return tokens_.size(); }
    const listed_token& operator[](std::size_t i) const { return tokens_[i]; }
    std::string_view text() const { return text_; }
    /// The token as written.
    std::string_view written(std::size_t i) const {
        const token_span& s = tokens_[i].span;
        return text_.substr(s.begin, s.end - s.begin);
    }

    /// The token's match key (a number's is as written), worked out when first asked for.
    std::string_view key(std::size_t i) {
        const listed_token& t = tokens_[i];
        if (t.span.number) return written(i);
        if (t.key_known) return {keys_.data() + t.key_begin, t.key_size};
        return first_key(i);
    }

    /// Whether `w` is the word at `i`: same key, and same tone marks when both are written with them.
    bool word_is(std::size_t i, const phrase_word& w);

    /// Whether `p` occurs at `at`. Phrases are tried at every token against
    /// every cue: the first word's key settles most tries here, without a call.
    bool phrase_at(std::size_t at, const phrase& p) {
        if (p.empty() || at + p.size() > tokens_.size() || key(at) != p.front().key) return false;
        return words_match(at, p);
    }

    /// The longest of `list` occurring at `at`; nullptr when none.
    const phrase* longest_at(std::size_t at, const std::vector<phrase>& list);

    /// Whether one of `list` lies wholly before token `end`.
    bool any_before(const std::vector<phrase>& list, std::size_t end);

    /// Whether the text between tokens `i - 1` and `i` holds one of `marks`.
    bool break_before(std::size_t i, std::string_view marks) const;

    /// Whether the token starts with a capital letter.
    bool capitalised(std::size_t i);

private:
    std::string_view first_key(std::size_t i);
    /// phrase_at() once the first key is equal: every word, with its tone marks.
    bool words_match(std::size_t at, const phrase& p);
    std::string_view folded(std::size_t i);

    std::string_view text_;
    std::vector<listed_token> tokens_;
    std::string keys_;
    std::string folded_;
};

}  // namespace baocao::indicators
