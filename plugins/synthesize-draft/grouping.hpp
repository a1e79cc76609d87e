// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Groups sentences that state the same finding in different words, across
/// units. Sentences are compared on syllables with numbers and unit names
/// masked, weighted by rarity (idf), as unigrams and bigrams; candidates come
/// from an inverted index over each sentence's rarest syllables, so the cost
/// grows with the number of sentences, never with its square.

#include "statements.hpp"
#include "tasks.hpp"

#include <bitset>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <span>
#include <vector>

namespace baocao::synthesis {

/// Turns a sentence into comparable syllables: the words of its match key,
/// numbers as "#", any written form of a unit's name or place as "@".
class masker {
public:
    /// `name_forms`: every form of every unit name and place (units.hpp name_forms).
    explicit masker(const std::vector<std::string>& name_forms);
    masker(const masker&) = delete;   // the look-up tables point into the forms' keys
    masker& operator=(const masker&) = delete;
    /// The masked syllables of a sentence, given its match key: views into
    /// `key`, or "#" and "@", which live as long as the program.
    std::vector<std::string_view> syllables(std::string_view key) const;

private:
    std::vector<std::string> form_keys_;   ///< the match key of every form of two words or more
    std::unordered_set<std::string_view> forms_;  ///< those keys, for a look-up of a run of words
    /// The first two words of a form → the word counts of the forms they start, most first: a
    /// run of 2 000 units has hundreds of forms starting "huyen uy", and each is one look-up.
    std::unordered_map<std::string_view, std::vector<std::size_t>> word_counts_by_first_two_;
    /// The first word of every form: most words start none, and are passed without building a key of two.
    std::unordered_set<std::string_view> first_words_;
    /// A word's first two bytes and length, folded to a bit: set for every first word of a form,
    /// so that most other words are passed without hashing them (a bit set may be another word's too).
    std::bitset<4096> may_start_form_;
    static std::size_t start_bit(std::string_view word);
};

/// One finding: the statements that state it, from one or more units.
struct finding {
    std::vector<std::size_t> members;     ///< indexes into the statements, in order
    std::vector<std::size_t> units;       ///< distinct reporter indexes, ascending
    std::size_t representative = 0;       ///< the member whose wording is printed: one in general terms
                                          ///< (no figures, no unit, place or body named, not opening
                                          ///< with "Trong đó", "Qua đó"…) when any member is
};

/// The masked syllables of every statement and how many statements hold each
/// syllable, computed once per run: rarity is judged over the whole run, so a
/// small part does not make each sentence's own words look decisive.
///
/// Syllables are numbered once, in the order of their text, so that grouping
/// compares and counts numbers, not strings.
struct vocabulary {
    /// The syllable numbers of each run of `statements_per_list` statements, one
    /// list a run (a vector per statement cost its header and its allocation
    /// for each of 100 000 statements; one list for all, its growth), and
    /// where each statement's numbers start in its run's list.
    static constexpr std::size_t statements_per_list = 4096;
    std::vector<std::vector<std::uint32_t>> ids;
    std::vector<std::uint32_t> start;
    /// Statement i's syllable numbers.
    std::span<const std::uint32_t> syllables(std::size_t statement) const {
        const auto& list = ids[statement / statements_per_list];
        const std::size_t from = start[statement];
        const bool last_of_list = (statement + 1) % statements_per_list == 0 || statement + 1 == start.size();
        const std::size_t to = last_of_list ? list.size() : start[statement + 1];
        return {list.data() + from, to - from};
    }
    /// Per statement, the hash of its wording with figures and unit names
    /// masked and the words naming a kind of committee ("huyện", "thị", "ủy",
    /// "xã", "đảng", "bộ" ...) left out: the sentences of one template share it.
    std::vector<std::uint64_t> template_of;
    std::vector<std::string> text;                      ///< syllable number → its text (ascending)
    std::vector<std::size_t> df;                        ///< syllable number → statements holding it
    std::vector<std::uint64_t> feature;                 ///< syllable number → its feature id (hash of the text)
    std::uint32_t number_mask = UINT32_MAX;             ///< the number of "#", if any statement has one
    std::uint32_t name_mask = UINT32_MAX;               ///< the number of "@"
};

/// The vocabulary of `all`. The statements are masked in blocks, the
/// statements of a block as tasks of `tasks`.
vocabulary vocabulary_of(const std::vector<statement>& all, const masker& mask, const task_runner& tasks = one_by_one);

/// What group_findings keeps at once for repeated wordings by default: features (16 bytes each), look-up
/// keys (4) and similarities (a table entry of some 40), a few MB at most.
inline constexpr std::size_t default_reuse_budget = std::size_t{1} << 17;

/// Groups the statements `subset` (indexes into `all`). Deterministic: the
/// result depends only on the statements and their order. A sentence joins a
/// finding when its weighted cosine with the finding's centroid is at least `threshold`.
/// 0.22 was checked on held-out paraphrases written apart from the samples
/// generator (tests/draft/test_grouping.cpp): pairwise precision 1.00, recall
/// 0.77. 0.18 finds every pair there (precision 0.98) but on the demo merges
/// the shortcoming on funding into another one, which then goes unsaid.
///
/// Sentences worded alike once figures and names are masked (a run of
/// hundreds of units holds thousands of one template's sentences) have one
/// vector, made once, and a similarity to a finding is reused until that
/// finding's centroid changes; `reuse_budget` bounds what is kept for that at
/// once, in features, look-up keys and similarities (0: nothing kept,
/// everything worked out afresh). The result does not depend on it.
std::vector<finding> group_findings(const std::vector<statement>& all, const std::vector<std::size_t>& subset,
                                    const vocabulary& vocab, double threshold = 0.22,
                                    std::size_t reuse_budget = default_reuse_budget);

}  // namespace baocao::synthesis
