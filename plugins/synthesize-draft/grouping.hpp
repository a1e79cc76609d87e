#pragma once
/// Groups sentences that state the same finding in different words, across
/// units. Sentences are compared on syllables with numbers and unit names
/// masked, weighted by rarity (idf), as unigrams and bigrams; candidates come
/// from an inverted index over each sentence's rarest syllables, so the cost
/// grows with the number of sentences, never with its square.

#include "statements.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace baocao::synthesis {

/// Turns a sentence into comparable syllables: match keys, numbers as "#",
/// any written form of a unit's name or place as "@".
class masker {
public:
    /// `name_forms`: every form of every unit name and place (units.hpp name_forms).
    explicit masker(const std::vector<std::string>& name_forms);
    /// The masked syllables of a sentence.
    std::vector<std::string> syllables(std::string_view sentence) const;

private:
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> forms_by_first_two_;
};

/// One finding: the statements that state it, from one or more units.
struct finding {
    std::vector<std::size_t> members;     ///< indexes into the statements, in order
    std::vector<std::size_t> units;       ///< distinct reporter indexes, ascending
    std::size_t representative = 0;       ///< the member whose wording is printed
};

/// Groups the statements `subset` (indexes into `all`). Deterministic: the
/// result depends only on the statements and their order. Two sentences join
/// when their weighted cosine is at least `threshold`.
std::vector<finding> group_findings(const std::vector<statement>& all, const std::vector<std::size_t>& subset,
                                    const masker& mask, double threshold = 0.42);

}  // namespace baocao::synthesis
