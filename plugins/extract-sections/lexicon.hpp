#pragma once
/// The lexicon: for each plan item, the phrasings that signal it in headings
/// and the keywords that signal it in body text, from the plan's own words and
/// the synonym file. Built once per run; scoring is lock-free and allocation-light.

#include <baocao/sdk/plan.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao::sections {

/// One concept of the synonym file ("shortcomings": Hạn chế, tồn tại ...).
struct concept_entry {
    std::string name;
    std::vector<std::string> anchors;   ///< words that tie the concept to a plan item
    std::string follow;                 ///< concept whose item to take when no item has the anchors
    std::string organization_follow;    ///< in a report of the Front or a mass organization, take this concept's item
    bool no_item = false;               ///< "target": "none": parts that belong to no item
    std::vector<std::string> strong, medium, weak;   ///< heading phrases by weight
    std::vector<std::string> keywords;  ///< body keywords
};

/// The parsed synonym file.
struct synonym_set {
    std::vector<concept_entry> concepts;
    std::vector<std::string> ignore_in_titles;
    std::vector<std::string> organization_issuers;   ///< issuer names of the Front and the mass organizations
};

/// Parses a synonym file; throws std::runtime_error naming what is wrong.
synonym_set parse_synonyms(std::string_view json);

/// The synonym file compiled into the plugin (plugins/extract-sections/synonyms.json).
std::string_view embedded_synonyms();

/// Scores per class: one per plan item, then one for "belongs to no item".
using class_scores = std::vector<double>;

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
    /// Evidence from body text (a match key).
    class_scores body_scores(std::string_view key, bool organization = false) const;
    /// True when a header line's match key names the Front or a mass organization as issuer.
    bool names_organization(std::string_view key) const;

private:
    struct phrase {
        std::vector<std::int32_t> words;
        std::size_t cls;
        std::size_t organization_cls;
        double weight;
    };
    struct phrase_table {
        std::vector<phrase> phrases;
        std::vector<std::vector<std::uint32_t>> by_first;   ///< phrase indices by first word id
    };
    std::int32_t intern(const std::string& word);
    void add(phrase_table& t, std::string_view text, std::size_t cls, std::size_t organization_cls, double weight);
    void score(const phrase_table& t, std::string_view key, bool organization, class_scores& out) const;

    std::vector<std::string> item_ids_;
    std::vector<std::pair<std::string, int>> concept_items_;
    std::unordered_map<std::string, std::int32_t> word_ids_;
    std::vector<std::string> organization_keys_;
    phrase_table headings_;
    phrase_table keywords_;
};

}  // namespace baocao::sections
