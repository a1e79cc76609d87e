// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The lexicon: for each plan item, the phrasings that signal it in headings
/// and the keywords that signal it in body text, from the plan's own words and
/// the synonym file. Built once per run; scoring is lock-free and allocation-light.

#include "word_index.hpp"

#include <baocao/sdk/plan.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::sections {

/// One concept of the synonym file ("shortcomings": Hạn chế, tồn tại ...).
struct concept_entry {
    std::string name;
    std::vector<std::string> anchors;   ///< words that tie the concept to a plan item
    std::string follow;                 ///< concept whose item to take when no item has the anchors
    std::string organization_follow;    ///< in a report of the Front or a mass organization, take this concept's item
    bool no_item = false;               ///< "target": "none": parts that belong to no item
    std::vector<std::string> split_from; ///< concepts whose parts may lose a paragraph that opens by naming this concept
    std::vector<std::string> strong, medium, weak;   ///< heading phrases by weight
    std::vector<std::string> keywords;  ///< body keywords
};

/// The parsed synonym file.
struct synonym_set {
    std::vector<concept_entry> concepts;
    std::vector<std::string> ignore_in_titles;
    std::vector<std::string> organization_issuers;   ///< issuer names of the Front and the mass organizations
    std::vector<std::string> filler_words;           ///< words that do not count when measuring how much of a heading a phrase covers
};

/// Parses a synonym file; throws std::runtime_error naming what is wrong.
synonym_set parse_synonyms(std::string_view json);

/// The synonym file compiled into the plugin (plugins/extract-sections/synonyms.json).
std::string_view embedded_synonyms();

/// Scores per class: one per plan item, then one for "belongs to no item".
using class_scores = std::vector<double>;

/// Evidence from a heading: scores per class and, per class, the share of the
/// heading's words (filler words and numbers aside) its matched phrases cover.
struct heading_match {
    class_scores scores;
    std::vector<double> coverage;
};

class lexicon {
public:
    lexicon() = default;
    /// Builds the lexicon of a plan; items' own `phrases` count as strong heading phrases.
    lexicon(const plan_spec& plan, const synonym_set& synonyms);

    /// Number of plan items (the "no item" class has index item_count()).
    std::size_t item_count() const { return item_ids_.size(); }
    const std::string& item_id(std::size_t i) const { return item_ids_[i]; }
    /// Which item each concept went to (-1: none), for diagnostics.
    const std::vector<std::pair<std::string, int>>& concept_items() const { return concept_items_; }

    /// Evidence from a heading's match key; `organization` reads it as in a report of the Front or a mass organization.
    class_scores heading_scores(std::string_view key, bool organization = false) const;
    /// heading_scores() written over `out`, whose room is reused.
    void heading_scores(std::string_view key, bool organization, class_scores& out) const;
    /// heading_scores() for a caller that reads only the scores of `targets`:
    /// false, with every score 0, when no heading phrase of theirs begins with
    /// a word of the key, so that none of them can score.
    bool heading_scores_of(std::string_view key, bool organization, const std::vector<std::size_t>& targets, class_scores& out) const;
    /// Scores with coverage: how much of the heading says the item, not only that a word of it does.
    heading_match match_heading(std::string_view key, bool organization = false) const;
    /// match_heading() written over `out`, whose room is reused.
    void match_heading(std::string_view key, bool organization, heading_match& out) const;
    /// Evidence from body text (a match key).
    class_scores body_scores(std::string_view key, bool organization = false) const;
    /// body_scores() written over `out`, whose room is reused.
    void body_scores(std::string_view key, bool organization, class_scores& out) const;
    /// True when a header line's match key names the Front or a mass organization as issuer.
    bool names_organization(std::string_view key) const;
    /// Classes a paragraph may be split off to, from a part of class `from` (empty when none).
    const std::vector<std::size_t>& split_targets(std::size_t from, bool organization) const {
        const auto& v = split_to_[organization ? 1 : 0];
        return from < v.size() ? v[from] : no_targets_;
    }

private:
    struct phrase {
        std::uint32_t words_at;   ///< where its word ids begin in phrase_table::words
        std::uint32_t length;     ///< words
        std::size_t cls;
        std::size_t organization_cls;
        double weight;
    };
    struct phrase_table {
        std::vector<phrase> phrases;         ///< grouped by first word, each group in the order added
        std::vector<std::int32_t> words;     ///< the phrases' word ids, one phrase after the other
        std::vector<std::uint32_t> by_first; ///< by first word id: where its group begins in `phrases` (one more at the end)
        std::vector<phrase> added;           ///< phrases as added, until the groups are made
    };
    std::int32_t intern(const std::string& word);
    void add(phrase_table& t, std::string_view text, std::size_t cls, std::size_t organization_cls, double weight);
    /// Groups a table's phrases by first word, once every word has its id.
    void group(phrase_table& t) const;
    /// Adds the key's evidence to `out` (one score per class), and with `coverage` the share of its words each class covers.
    void score(const phrase_table& t, std::string_view key, bool organization, class_scores& out,
               std::vector<double>* coverage = nullptr) const;
    /// Room a thread scores in, so that scoring allocates nothing once warm.
    struct scratch;
    static scratch& thread_scratch();
    /// The key's word ids (and, `with_counts`, whether each counts for coverage) into `s`; returns how many.
    std::size_t read_words(scratch& s, std::string_view key, bool with_counts) const;
    /// score() of the `n` words read into `s`.
    void match_words(scratch& s, const phrase_table& t, std::size_t n, bool organization, class_scores& out,
                     std::vector<double>* coverage) const;

    std::vector<std::string> item_ids_;
    std::vector<std::pair<std::string, int>> concept_items_;
    word_index word_ids_;
    std::vector<std::vector<std::int32_t>> organization_names_;   ///< issuer names as word ids
    std::vector<char> opens_name_;                        ///< by word id: the first word of an issuer name
    std::vector<std::uint64_t> phrase_openers_[2];       ///< by word id, [organization]: classes whose heading phrases it begins (when 64 classes or fewer)
    std::vector<char> filler_;                            ///< by word id: a filler word
    std::vector<std::vector<std::size_t>> split_to_[2];   ///< by class, [organization]: classes paragraphs may split off to
    std::vector<std::size_t> no_targets_;
    phrase_table headings_;
    phrase_table keywords_;
};

}  // namespace baocao::sections
