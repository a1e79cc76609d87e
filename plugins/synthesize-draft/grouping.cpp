// SPDX-License-Identifier: Apache-2.0
// Centroid clustering in one pass: each sentence joins the finding whose
// centroid (the sum of its sentences) it resembles most, else it starts a new
// one. Paraphrases share few words pairwise but many with the centroid of
// their finding, which is why the centroid and not a first sentence is the
// reference. Only findings sharing one of the sentence's rarest syllables are
// compared, and a syllable's posting list is read up to a cap, so a run of
// 2 000 reports costs a few comparisons per sentence, never all pairs.
#include "grouping.hpp"
#include "centroid_weights.hpp"
#include "first_of_key_hash.hpp"
#include "repeated_wordings.hpp"
#include "examples.hpp"
#include "sentences.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <deque>
#include <functional>
#include <iterator>
#include <map>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace baocao::synthesis {

namespace {

constexpr std::size_t rare_syllables_looked_up = 8;
constexpr std::size_t posting_cap = 256;
constexpr std::size_t medoid_sample = 12;
constexpr std::size_t masking_block = 4096;

bool all_digits(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

/// The words of a match key, as views into it.
std::vector<std::string_view> key_words(std::string_view key) {
    std::vector<std::string_view> out;
    for (std::size_t pos = 0; pos < key.size();) {
        while (pos < key.size() && key[pos] == ' ') ++pos;
        const std::size_t start = pos;
        while (pos < key.size() && key[pos] != ' ') ++pos;
        if (pos > start) out.push_back(key.substr(start, pos - start));
    }
    return out;
}

/// A sentence that opens by pointing back ("Trong đó", "Qua đó", "Theo đó"):
/// out of its paragraph it reads as a fragment.
bool leans_on_previous(const std::string& sentence) {
    std::string key;
    text::assign_match_key(key, sentence, 3);
    for (const char* opener : {"trong do", "qua do", "theo do", "do do", "ben canh do", "ngoai ra", "tu do", "nho do"}) {
        const std::string_view o = opener;
        if (key.rfind(o, 0) == 0 && (key.size() == o.size() || key[o.size()] == ' ')) return true;
    }
    return false;
}

/// The sum of a's weights times b's over the features both have, added in
/// a's order, as a look-up of each of a's features in a table of b's would add them.
double dot(const feature_vector& a, const feature_vector& b) {
    double sum = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i].first < b[j].first) ++i;
        else if (b[j].first < a[i].first) ++j;
        else sum += a[i++].second * b[j++].second;
    }
    return sum;
}

double cosine(const feature_vector& a, const feature_vector& b) { return dot(a, b); }  // both are unit length

std::uint64_t feature_id(std::string_view s) { return std::hash<std::string_view>{}(s); }

/// Words of a unit's name that say what kind of committee it is, not which:
/// "Ban Dân vận Huyện ủy" and "Ban Dân vận Thị ủy" say the same thing.
bool names_a_kind_of_committee(std::string_view syllable) {
    static constexpr std::string_view kinds[] = {"huyen", "thi", "thanh", "tinh", "xa", "phuong", "uy", "dang", "bo"};
    return std::find(std::begin(kinds), std::end(kinds), syllable) != std::end(kinds);
}

/// One step of a template's hash (see vocabulary::template_of): the masked
/// syllables in order, kinds of committee left out and a run of number marks
/// counted once ("74.923" keys as two numbers, "74923" as one). `previous_was_number`
/// tells whether the last syllable hashed was a number mark.
struct template_hasher {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    bool previous_was_number = false;
    void add(std::uint64_t syllable_hash, bool kind_of_committee, bool number_mark) {
        if (kind_of_committee || (number_mark && previous_was_number)) return;
        hash = (hash ^ syllable_hash) * 0x100000001b3ull;
        previous_was_number = number_mark;
    }
};

}  // namespace

masker::masker(const std::vector<std::string>& name_forms) {
    // Every key first, so that the views below never see the vector grow.
    form_keys_.reserve(name_forms.size());
    for (const auto& f : name_forms) {
        auto key = text::match_key(f);
        if (key_words(key).size() >= 2) form_keys_.push_back(std::move(key));
    }
    for (const auto& key : form_keys_) {
        const auto w = key_words(key);
        forms_.insert(key);
        first_words_.insert(w[0]);
        may_start_form_.set(start_bit(w[0]));
        const std::string_view first_two = std::string_view(key).substr(0, static_cast<std::size_t>(w[1].data() + w[1].size() - key.data()));
        auto& lengths = word_counts_by_first_two_[first_two];
        if (std::find(lengths.begin(), lengths.end(), w.size()) == lengths.end()) lengths.push_back(w.size());
    }
    for (auto& [first_two, lengths] : word_counts_by_first_two_) std::sort(lengths.rbegin(), lengths.rend());
}

std::size_t masker::start_bit(std::string_view word) {
    const auto first = static_cast<unsigned char>(word[0]);
    const auto second = word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0u;
    return ((first * 31u + second) * 8u + std::min<std::size_t>(word.size(), 7)) % 4096;
}

std::vector<std::string_view> masker::syllables(std::string_view key) const {
    static constexpr std::string_view name_mark = "@";
    static constexpr std::string_view number_mark = "#";
    const auto w = key_words(key);
    std::vector<std::string_view> out;
    out.reserve(w.size());
    // A key's words are separated by one space each, so the words from i to
    // i + n - 1 are the key's text between the first's start and the last's end.
    const auto words_from = [&](std::size_t i, std::size_t n) {
        const char* end = w[i + n - 1].data() + w[i + n - 1].size();
        return std::string_view(w[i].data(), static_cast<std::size_t>(end - w[i].data()));
    };
    for (std::size_t i = 0; i < w.size();) {
        if (i + 1 < w.size() && may_start_form_.test(start_bit(w[i])) && first_words_.count(w[i])) {
            if (const auto it = word_counts_by_first_two_.find(words_from(i, 2)); it != word_counts_by_first_two_.end()) {
                std::size_t matched = 0;
                for (const std::size_t n : it->second) {   // the longest form first
                    if (i + n <= w.size() && forms_.count(words_from(i, n))) {
                        matched = n;
                        break;
                    }
                }
                if (matched) {
                    out.push_back(name_mark);
                    i += matched;
                    continue;
                }
            }
        }
        out.push_back(all_digits(w[i]) ? number_mark : w[i]);
        ++i;
    }
    return out;
}

vocabulary vocabulary_of(const std::vector<statement>& all, const masker& mask, const task_runner& tasks) {
    // Syllables are numbered as first met, then renumbered in text order: a
    // run with hundreds of units has some 100 000 statements, and an ordered
    // map of strings per syllable met was most of the synthesis's time.
    std::unordered_map<std::string_view, std::uint32_t> first_met;
    std::deque<std::string> interned;          // each syllable's text, once; a deque never moves them
    std::vector<std::string_view> text_of;     // first-met number → its text, in `interned`
    std::vector<std::size_t> df;               // first-met number → statements holding it
    std::vector<std::uint32_t> counted_at;     // statement + 1 that last counted it
    std::vector<std::uint64_t> hash_of;        // first-met number → feature_id of its text
    std::vector<bool> kind_of_committee;       // first-met number → names_a_kind_of_committee
    std::uint32_t number_mark = UINT32_MAX;    // first-met number of "#"
    // Each block's first-met numbers in one list, sized once the block is masked.
    std::vector<std::vector<std::uint32_t>> met;
    std::vector<std::uint32_t> starts;
    starts.reserve(all.size());
    static_assert(vocabulary::statements_per_list == masking_block);
    std::vector<std::uint64_t> templates;
    templates.reserve(all.size());
    // Keying and masking are most of the work, and each sentence's is its
    // own: a block of sentences is keyed and masked at once, then numbered in
    // order. Blocks keep the keys of only so many sentences in memory, two
    // blocks at a time: the next block is keyed and masked while this one is
    // numbered (numbering must go in order; keying needs nothing numbered).
    const std::size_t block_count = (all.size() + masking_block - 1) / masking_block;
    auto block_size = [&](std::size_t b) { return std::min(masking_block, all.size() - b * masking_block); };
    struct block_keys {
        std::vector<std::string> keys;
        std::vector<std::vector<std::string_view>> masked;   // views into `keys`
        std::vector<std::size_t> same_text_as;               // the earlier statement of the same text, or not_repeated
    };
    std::array<block_keys, 2> buffers;
    for (std::size_t k = 0; k < std::min<std::size_t>(block_count, 2); ++k) {
        buffers[k].keys.resize(block_size(0));
        buffers[k].masked.resize(block_size(0));
        buffers[k].same_text_as.resize(block_size(0));
    }
    // A sentence written word for word as an earlier one (units copy the plan's
    // wording and each other's) takes that one's numbers: it is neither keyed nor masked.
    constexpr std::size_t not_repeated = SIZE_MAX;
    first_of_key_hash first_with_key_hash(all);
    // Statement j's first-met numbers, once numbered: where they are in `met`.
    auto numbered_span = [&](std::size_t j) {
        const auto& list = met[j / masking_block];
        const std::size_t to = (j + 1) % masking_block == 0 ? list.size() : starts[j + 1];
        return std::pair<std::size_t, std::size_t>{starts[j], to};
    };
    // In statement order, as the first-of-key-hash table needs.
    auto find_repeats = [&](std::size_t b) {
        block_keys& buf = buffers[b % 2];
        const std::size_t begin = b * masking_block;
        for (std::size_t k = 0; k < block_size(b); ++k) {
            const std::size_t first = first_with_key_hash.first_or_add(begin + k);
            buf.same_text_as[k] = first != begin + k && all[first].text == all[begin + k].text ? first : not_repeated;
        }
    };
    auto key_and_mask = [&](std::size_t b, std::size_t k) {
        block_keys& buf = buffers[b % 2];
        buf.masked[k].clear();
        if (buf.same_text_as[k] != not_repeated) return;
        text::assign_match_key(buf.keys[k], all[b * masking_block + k].text);
        buf.masked[k] = mask.syllables(buf.keys[k]);
    };
    auto number_block = [&](std::size_t b) {
        const block_keys& buf = buffers[b % 2];
        const std::size_t begin = b * masking_block;
        for (std::size_t i = begin; i < begin + block_size(b); ++i) {
            starts.push_back(static_cast<std::uint32_t>(met.back().size()));
            if (const std::size_t j = buf.same_text_as[i - begin]; j != not_repeated) {
                const auto [from, to] = numbered_span(j);
                const std::size_t list = j / masking_block;
                for (std::size_t at = from; at < to; ++at) {
                    const std::uint32_t id = met[list][at];
                    if (counted_at[id] != i + 1) counted_at[id] = static_cast<std::uint32_t>(i + 1), ++df[id];
                    met.back().push_back(id);
                }
                templates.push_back(templates[j]);
                continue;
            }
            template_hasher template_hash;
            for (const std::string_view syl : buf.masked[i - begin]) {
                auto at = first_met.find(syl);
                if (at == first_met.end()) {
                    at = first_met.emplace(interned.emplace_back(syl), static_cast<std::uint32_t>(text_of.size())).first;
                    text_of.push_back(at->first);
                    df.push_back(0);
                    counted_at.push_back(0);
                    hash_of.push_back(feature_id(syl));
                    kind_of_committee.push_back(names_a_kind_of_committee(syl));
                    if (syl == "#") number_mark = at->second;
                }
                const std::uint32_t id = at->second;
                if (counted_at[id] != i + 1) counted_at[id] = static_cast<std::uint32_t>(i + 1), ++df[id];
                met.back().push_back(id);
                template_hash.add(hash_of[id], kind_of_committee[id], id == number_mark);
            }
            templates.push_back(template_hash.hash);
        }
    };
    if (block_count > 0) {
        find_repeats(0);
        tasks(block_size(0), [&](std::size_t k) { key_and_mask(0, k); });
    }
    for (std::size_t b = 0; b < block_count; ++b) {
        // The block's list of first-met numbers, sized once: every earlier block is numbered.
        const block_keys& buf = buffers[b % 2];
        const std::size_t begin = b * masking_block;
        std::size_t syllables = 0;
        for (std::size_t k = 0; k < block_size(b); ++k) {
            const std::size_t j = buf.same_text_as[k];
            if (j == not_repeated) syllables += buf.masked[k].size();
            else if (j >= begin) syllables += buf.masked[j - begin].size();
            else syllables += numbered_span(j).second - numbered_span(j).first;
        }
        met.emplace_back().reserve(syllables);
        if (b + 1 == block_count) {
            number_block(b);
            break;
        }
        find_repeats(b + 1);
        // One task numbers this block (it is taken first); the others key and mask the next.
        tasks(1 + block_size(b + 1), [&](std::size_t k) {
            if (k == 0) number_block(b);
            else key_and_mask(b + 1, k - 1);
        });
    }
    std::vector<std::uint32_t> by_text(text_of.size());
    std::iota(by_text.begin(), by_text.end(), std::uint32_t{0});
    std::sort(by_text.begin(), by_text.end(), [&](std::uint32_t x, std::uint32_t y) { return text_of[x] < text_of[y]; });
    std::vector<std::uint32_t> number_of(text_of.size());   // first-met number → number in text order
    vocabulary v;
    v.text.reserve(by_text.size());
    v.df.reserve(by_text.size());
    v.feature.reserve(by_text.size());
    for (const std::uint32_t old : by_text) {
        const auto n = static_cast<std::uint32_t>(v.text.size());
        number_of[old] = n;
        const std::string_view s = text_of[old];
        v.text.emplace_back(s);
        v.df.push_back(df[old]);
        v.feature.push_back(hash_of[old]);
        if (s == "#") v.number_mask = n;
        if (s == "@") v.name_mask = n;
    }
    v.ids = std::move(met);
    v.start = std::move(starts);
    v.template_of = std::move(templates);
    for (auto& list : v.ids)
        for (auto& id : list) id = number_of[id];
    return v;
}

std::vector<finding> group_findings(const std::vector<statement>& all, const std::vector<std::size_t>& subset,
                                    const vocabulary& vocab, double threshold, std::size_t reuse_budget) {
    const std::size_t n = subset.size();
    const double total = static_cast<double>(all.size());
    auto syllables_of = [&](std::size_t i) { return vocab.syllables(subset[i]); };
    auto is_mask = [&](std::uint32_t x) { return x == vocab.number_mask || x == vocab.name_mask; };
    // Within the subset: a look-up key must be shared here. Counted per syllable number.
    std::vector<std::size_t> df(vocab.text.size(), 0);
    std::vector<std::uint32_t> counted_at(vocab.text.size(), 0);  // sentence + 1 that last counted it
    for (std::size_t i = 0; i < n; ++i)
        for (const std::uint32_t x : syllables_of(i))
            if (counted_at[x] != i + 1) counted_at[x] = static_cast<std::uint32_t>(i + 1), ++df[x];
    // Rarity over the whole run, computed once per syllable met here.
    std::vector<double> idf_of(vocab.text.size(), -1);
    auto idf = [&](std::uint32_t x) {
        double& v = idf_of[x];
        if (v < 0) v = std::log(1.0 + total / static_cast<double>(vocab.df[x]));
        return v;
    };

    // Unigrams and bigrams, weighted by rarity; masks and numbers weigh little.
    // A sentence's vector is made at its turn and kept only while it is a
    // finding's one member (its centroid, read in place); the representative's
    // choice makes the few it compares again. The same syllables give the same
    // vector to the bit, so nothing depends on when it was made.
    // A sentence's weights as met, then summed per feature in feature order,
    // each feature's additions in the order met.
    struct weight_met {
        std::uint64_t id;
        std::uint32_t order;
        double w;
    };
    std::vector<weight_met> f;
    std::string bigram;
    auto vector_of = [&](std::size_t i) {
        f.clear();
        const auto& s = syllables_of(i);
        for (std::size_t k = 0; k < s.size(); ++k) {
            const double w = is_mask(s[k]) ? 0.1 : idf(s[k]);
            f.push_back({vocab.feature[s[k]], static_cast<std::uint32_t>(f.size()), w});
            if (k + 1 < s.size()) {
                bigram.assign(vocab.text[s[k]]).append(" ").append(vocab.text[s[k + 1]]);
                f.push_back({feature_id(bigram), static_cast<std::uint32_t>(f.size()), 0.25 * (w + idf(s[k + 1]))});
            }
        }
        std::sort(f.begin(), f.end(), [](const weight_met& a, const weight_met& b) {
            return a.id != b.id ? a.id < b.id : a.order < b.order;
        });
        feature_vector v;
        std::size_t distinct = 0;
        for (std::size_t k = 0; k < f.size(); ++k) distinct += k == 0 || f[k].id != f[k - 1].id;
        v.reserve(distinct);   // a lone finding holds it: no room to spare
        for (const weight_met& m : f) {
            // A feature's sum starts from 0.0, as a map's new entry did.
            if (v.empty() || v.back().first != m.id) v.emplace_back(m.id, 0.0);
            v.back().second += m.w;
        }
        double norm = 0;
        for (const auto& [id, w] : v) norm += w * w;
        norm = std::sqrt(norm);
        for (auto& [id, w] : v) w = norm > 0 ? w / norm : 0;
        return v;
    };
    // Look-up keys: the rarest syllables some other sentence shares (one
    // no other sentence has cannot lead to a candidate). Syllable numbers
    // follow the text's order, so ties keep the order of the text.
    std::vector<std::uint32_t> rare;
    auto find_rare = [&](std::size_t i) {
        rare.clear();
        for (const std::uint32_t x : syllables_of(i))
            if (!is_mask(x) && df[x] >= 2) rare.push_back(x);
        std::sort(rare.begin(), rare.end());
        rare.erase(std::unique(rare.begin(), rare.end()), rare.end());
        // Rarest first; among equally rare ones, in syllable order.
        std::sort(rare.begin(), rare.end(), [&](auto a, auto b) { return vocab.df[a] != vocab.df[b] ? vocab.df[a] < vocab.df[b] : a < b; });
        if (rare.size() > rare_syllables_looked_up) rare.resize(rare_syllables_looked_up);
    };

    std::vector<finding> out;
    std::vector<std::vector<std::uint32_t>> positions;  // finding → its members' positions in the subset
    // Each finding's centroid: the sum of its members' unit vectors, with its
    // squared norm. Most findings keep one sentence: their centroid is that
    // sentence's vector, read in place (`lone`), and a table is made only
    // when a second sentence joins, from the first one's weights in its order,
    // so that every sum is added up as it would have been in a table from the start.
    std::vector<centroid_weights> centroid;
    std::vector<double> centroid_norm2;
    std::vector<feature_vector> lone;  // finding → its one sentence's vector, empty once it has a table
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> postings;  // syllable → findings
    std::vector<std::size_t> seen_at;  // finding → last sentence that scored it, to score it once
    std::vector<std::uint32_t> version;  // finding → times its centroid changed
    // Each shape's occurrences are counted down as its sentences are grouped: the sentences still to come.
    auto shapes = shapes_of(n, syllables_of);
    std::unordered_map<std::uint32_t, repeated_shape> repeated;   // a shape's first position → what it gave
    std::size_t kept_entries = 0;   // features, look-up keys and similarities the repeated shapes keep
    // After each sentence: what its shape keeps goes with the shape's last sentence.
    auto forget_if_last = [&](repeated_shape* memo, std::uint32_t first) {
        if (--shapes.occurrences[first] == 0 && memo) {
            kept_entries -= memo->vector.size() + memo->rare.size() + memo->similarities.size();
            repeated.erase(first);
        }
    };
    auto index = [&](std::size_t f, feature_vector&& v) {
        ++version[f];
        for (const auto& key : rare) {
            auto& list = postings[key];
            if (list.empty() || list.back() != f) list.push_back(f);
        }
        if (out[f].members.size() == 1) {
            // What a table would add for a first member (each weight onto 0.0): w².
            for (const auto& [id, w] : v) centroid_norm2[f] += w * w;
            lone[f] = std::move(v);
            return;
        }
        auto& c = centroid[f];
        if (!lone[f].empty()) {
            for (const auto& [id, w] : lone[f]) c[id] += w;
            lone[f] = feature_vector{};
        }
        for (const auto& [id, w] : v) {
            double& x = c[id];
            centroid_norm2[f] += 2 * x * w + w * w;
            x += w;
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        double best = 0;
        std::size_t best_finding = SIZE_MAX;
        const std::size_t unit = all[subset[i]].unit;
        // A sentence worded as an earlier one (once numbers and names are masked) has the
        // same vector and look-up keys, made once; its similarity to a finding is
        // reused while that finding's centroid is unchanged. A wording's store is made at a
        // sentence with more of that wording to come, and kept to its last.
        const std::uint32_t shape = shapes.first[i];
        repeated_shape* memo = nullptr;
        if (const auto at = shape != i ? repeated.find(shape) : repeated.end(); at != repeated.end()) {
            memo = &at->second;
            rare = memo->rare;
        }
        if (!memo && shapes.occurrences[shape] > 1 && kept_entries < reuse_budget) {
            memo = &repeated[shape];
            memo->vector = vector_of(i);
            find_rare(i);
            memo->rare = rare;
            kept_entries += memo->vector.size() + memo->rare.size();
        }
        auto vec = memo ? memo->vector : vector_of(i);
        if (!memo) find_rare(i);
        for (const auto& key : rare) {
            const auto it = postings.find(key);
            if (it == postings.end()) continue;
            const auto& list = it->second;
            const std::size_t from = list.size() > posting_cap ? list.size() - posting_cap : 0;
            for (std::size_t p = from; p < list.size(); ++p) {
                const std::size_t f = list[p];
                if (seen_at[f] == i + 1) continue;
                seen_at[f] = i + 1;
                // A unit states a finding once: its other sentences are other findings.
                // Without this, a broad group's centroid swallows unit after unit's
                // neighbouring sentences and one finding grows to cover a whole section.
                if (std::binary_search(out[f].units.begin(), out[f].units.end(), unit)) continue;
                double sim = 0;
                similarity_kept* kept = nullptr;
                if (memo) {
                    if (const auto at = memo->similarities.find(static_cast<std::uint32_t>(f)); at != memo->similarities.end())
                        kept = &at->second;
                    else if (kept_entries < reuse_budget)
                        kept = &memo->similarities[static_cast<std::uint32_t>(f)], ++kept_entries;
                }
                if (kept && kept->version == version[f]) {
                    sim = kept->similarity;
                } else {
                    double shared = 0;
                    if (out[f].members.size() == 1) {
                        shared = dot(vec, lone[f]);
                    } else {
                        for (const auto& [id, w] : vec)
                            if (const double* c = centroid[f].find(id)) shared += w * *c;
                    }
                    sim = centroid_norm2[f] > 0 ? shared / std::sqrt(centroid_norm2[f]) : 0;
                    if (kept) *kept = {version[f], sim};
                }
                if (sim > best || (sim == best && f < best_finding)) best = sim, best_finding = f;
            }
        }
        if (best_finding != SIZE_MAX && best >= threshold) {
            auto& g = out[best_finding];
            g.members.push_back(subset[i]);
            positions[best_finding].push_back(static_cast<std::uint32_t>(i));
            if (!std::binary_search(g.units.begin(), g.units.end(), unit))
                g.units.insert(std::upper_bound(g.units.begin(), g.units.end(), unit), unit);
            index(best_finding, std::move(vec));
            forget_if_last(memo, shape);
            continue;
        }
        out.push_back({{subset[i]}, {unit}, subset[i]});
        positions.push_back({static_cast<std::uint32_t>(i)});
        centroid.emplace_back();
        centroid_norm2.push_back(0);
        lone.emplace_back();
        seen_at.push_back(0);
        version.push_back(0);
        index(out.size() - 1, std::move(vec));
        forget_if_last(memo, shape);
    }
    lone = {};
    centroid = {};

    // The representative: a member in general terms (no figures, no unit,
    // place, body or committee named, not pointing back to a sentence before
    // it, ending as a sentence does) when the finding has one, for those belong to one
    // unit only; among them, the one closest to the others. Candidates and
    // the members they are compared with are each the first few, so the cost
    // stays bounded.
    for (std::size_t at = 0; at < out.size(); ++at) {
        auto& g = out[at];
        if (g.members.size() < 2) continue;
        const auto& position = positions[at];   // member k is the subset's sentence position[k]
        // How specific member k is: 2 for figures, 2 for not ending as a sentence, 1 for
        // pointing back, 1 for naming a unit, place, body, committee or numbered document.
        // Once a member in general terms is found only general ones can be chosen, so
        // for a member already specific without the names the (slower) look for names is skipped.
        bool general_found = false;
        auto specificity = [&](std::size_t k) {
            const std::size_t member = g.members[k];
            const std::string& text = all[member].text;
            const int without_names = (has_figures(text) ? 2 : 0) + (leans_on_previous(text) ? 1 : 0) + (ends_like_sentence(text) ? 0 : 2);
            if (general_found && without_names > 0) return without_names;
            const auto& s = syllables_of(position[k]);
            const bool names = std::find(s.begin(), s.end(), vocab.name_mask) != s.end() || names_place_or_body(text) ||
                               names_committee(text) || cites_numbered_document(text);
            return without_names + (names ? 1 : 0);
        };
        // Read until enough members in general terms are found, or to the end.
        std::vector<int> specific;
        std::size_t general = 0;
        for (std::size_t k = 0; k < g.members.size() && general < medoid_sample; ++k) {
            specific.push_back(specificity(k));
            general += specific.back() == 0;
            general_found = general > 0;
        }
        const int least = *std::min_element(specific.begin(), specific.end());
        std::vector<std::size_t> candidates;   // indexes into the members
        for (std::size_t k = 0; k < specific.size() && candidates.size() < medoid_sample; ++k)
            if (specific[k] == least) candidates.push_back(k);
        const std::size_t compared = std::min(g.members.size(), medoid_sample);
        std::map<std::size_t, feature_vector> vectors;  // member index → its vector, made again
        auto vector_of_member = [&](std::size_t k) -> const feature_vector& {
            auto it = vectors.find(k);
            if (it == vectors.end()) it = vectors.emplace(k, vector_of(position[k])).first;
            return it->second;
        };
        double best = -1e9;
        for (const std::size_t c : candidates) {
            double sum = 0;
            for (std::size_t b = 0; b < compared; ++b)
                if (g.members[b] != g.members[c]) sum += cosine(vector_of_member(c), vector_of_member(b));
            if (sum > best) best = sum, g.representative = g.members[c];
        }
    }
    return out;
}

}  // namespace baocao::synthesis
