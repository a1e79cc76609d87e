// The lexicon ties the synonym file's concepts to the plan's items by the
// items' own words, so that the same file serves plans with other items, in
// another order, or with assessment and lessons split into items of their own.
#include "lexicon.hpp"

#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

namespace baocao::sections {

namespace {

constexpr double strong_weight = 3.0;
constexpr double medium_weight = 2.0;
constexpr double weak_weight = 1.0;
constexpr double title_weight = 1.0;      ///< a two-word phrase of the item's own title, in a heading
constexpr double title_body_weight = 0.5; ///< the same in body text

std::vector<std::string> string_list(const Poco::JSON::Object::Ptr& o, const std::string& name, const std::string& where) {
    std::vector<std::string> out;
    if (!o->has(name)) return out;
    Poco::JSON::Array::Ptr a = o->getArray(name);
    if (a.isNull()) throw std::runtime_error("synonyms: " + where + "\"" + name + "\" must be an array of strings");
    for (std::size_t i = 0; i < a->size(); ++i) {
        const Poco::Dynamic::Var v = a->get(static_cast<unsigned>(i));
        if (!v.isString()) throw std::runtime_error("synonyms: " + where + "\"" + name + "\" must hold strings only");
        out.push_back(v.extract<std::string>());
    }
    return out;
}

bool has_phrase(std::string_view key, std::string_view phrase) {
    if (phrase.empty()) return false;
    std::size_t pos = 0;
    while ((pos = key.find(phrase, pos)) != std::string_view::npos) {
        const std::size_t end = pos + phrase.size();
        if ((pos == 0 || key[pos - 1] == ' ') && (end == key.size() || key[end] == ' ')) return true;
        ++pos;
    }
    return false;
}

std::size_t count_words(std::string_view key) {
    std::size_t n = key.empty() ? 0 : 1;
    for (char c : key) n += c == ' ';
    return n;
}

/// Scratch space for lexicon::score, one per thread, so that scoring allocates
/// nothing once warm. Reached through a call: a thread_local named in the
/// scoring loop would cost a TLS lookup at every use in a shared library.
struct score_scratch {
    std::vector<std::int32_t> ids;
    std::vector<char> counts;   ///< 1 when the word counts for coverage
    std::vector<char> covered;  ///< by class * words
};

[[gnu::noinline]] score_scratch& scratch_space() {
    thread_local score_scratch s;
    return s;
}

}  // namespace

synonym_set parse_synonyms(std::string_view json) {
    Poco::JSON::Object::Ptr root;
    try {
        Poco::JSON::Parser parser;
        root = parser.parse(std::string(json)).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("synonyms: not valid JSON: " + e.displayText());
    }
    if (root.isNull()) throw std::runtime_error("synonyms: the top level must be an object");
    synonym_set out;
    out.ignore_in_titles = string_list(root, "ignore_in_titles", "");
    out.organization_issuers = string_list(root, "organization_issuers", "");
    out.filler_words = string_list(root, "filler_words", "");
    Poco::JSON::Array::Ptr concepts = root->getArray("concepts");
    if (concepts.isNull() || concepts->size() == 0) throw std::runtime_error("synonyms: \"concepts\" is missing or empty");
    std::set<std::string> names;
    for (std::size_t i = 0; i < concepts->size(); ++i) {
        const std::string where = "concepts[" + std::to_string(i) + "].";
        Poco::JSON::Object::Ptr o = concepts->getObject(static_cast<unsigned>(i));
        if (o.isNull()) throw std::runtime_error("synonyms: concepts[" + std::to_string(i) + "] must be an object");
        concept_entry c;
        c.name = o->optValue<std::string>("name", "");
        if (c.name.empty()) throw std::runtime_error("synonyms: " + where + "name is missing");
        if (!names.insert(c.name).second) throw std::runtime_error("synonyms: concept \"" + c.name + "\" appears twice");
        c.anchors = string_list(o, "anchors", where);
        c.follow = o->optValue<std::string>("follow", "");
        c.organization_follow = o->optValue<std::string>("organization_follow", "");
        const std::string target = o->optValue<std::string>("target", "");
        if (!target.empty() && target != "none") throw std::runtime_error("synonyms: " + where + "target must be \"none\" when given");
        c.no_item = target == "none";
        c.strong = string_list(o, "strong", where);
        c.medium = string_list(o, "medium", where);
        c.weak = string_list(o, "weak", where);
        c.keywords = string_list(o, "keywords", where);
        c.split_from = string_list(o, "split_from", where);
        out.concepts.push_back(std::move(c));
    }
    for (const concept_entry& c : out.concepts) {
        for (const std::string& f : {c.follow, c.organization_follow})
            if (!f.empty() && names.count(f) == 0)
                throw std::runtime_error("synonyms: concept \"" + c.name + "\" follows unknown concept \"" + f + "\"");
        for (const std::string& f : c.split_from)
            if (names.count(f) == 0)
                throw std::runtime_error("synonyms: concept \"" + c.name + "\" splits from unknown concept \"" + f + "\"");
    }
    return out;
}

std::int32_t lexicon::intern(const std::string& word) { return word_ids_.intern(word); }

void lexicon::add(phrase_table& t, std::string_view text_in, std::size_t cls, std::size_t organization_cls, double weight) {
    const std::string key = text::match_key(text_in);
    if (key.empty()) return;
    phrase p;
    p.cls = cls;
    p.organization_cls = organization_cls;
    p.weight = weight;
    for (const std::string& w : text::words(key)) p.words.push_back(intern(w));
    t.phrases.push_back(std::move(p));
}

lexicon::lexicon(const plan_spec& plan, const synonym_set& synonyms) {
    const std::size_t n = plan.items.size();
    for (const plan_item& it : plan.items) item_ids_.push_back(it.id);
    std::vector<std::string> title_keys;
    for (const plan_item& it : plan.items) title_keys.push_back(text::match_key(it.title));

    // Each concept goes to the item whose title holds the most anchor words.
    std::map<std::string, int> item_of;
    for (const concept_entry& c : synonyms.concepts) {
        int best = -1;
        std::size_t best_score = 0;
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t s = 0;
            for (const std::string& a : c.anchors) {
                const std::string ak = text::match_key(a);
                if (has_phrase(title_keys[i], ak)) s += count_words(ak);
            }
            if (s > best_score) {
                best_score = s;
                best = static_cast<int>(i);
            }
        }
        item_of[c.name] = c.no_item ? static_cast<int>(n) : best;
    }
    // A concept without an item of its own takes the item of the concept it follows.
    auto resolve = [&](const std::string& name) {
        int target = -1;
        std::string f = name;
        for (int hops = 0; target < 0 && !f.empty() && hops < 8; ++hops) {
            target = item_of[f];
            const auto it = std::find_if(synonyms.concepts.begin(), synonyms.concepts.end(),
                                         [&](const concept_entry& e) { return e.name == f; });
            f = it == synonyms.concepts.end() ? "" : it->follow;
        }
        return target;
    };
    for (const concept_entry& c : synonyms.concepts) {
        const int target = resolve(c.name);
        concept_items_.emplace_back(c.name, target);
        if (target < 0) continue;
        int org_target = c.organization_follow.empty() ? target : resolve(c.organization_follow);
        if (org_target < 0) org_target = target;
        const auto cls = static_cast<std::size_t>(target);
        const auto org = static_cast<std::size_t>(org_target);
        for (const std::string& p : c.strong) add(headings_, p, cls, org, strong_weight);
        for (const std::string& p : c.medium) add(headings_, p, cls, org, medium_weight);
        for (const std::string& p : c.weak) add(headings_, p, cls, org, weak_weight);
        for (const std::string& p : c.keywords) add(keywords_, p, cls, org, 1.0);
    }
    for (const std::string& o : synonyms.organization_issuers) organization_keys_.push_back(text::match_key(o));
    // Which parts may lose a paragraph to which item, in both readings of the issuer.
    split_to_[0].assign(n + 1, {});
    split_to_[1].assign(n + 1, {});
    auto organization_item = [&](const std::string& name) {
        const auto it = std::find_if(synonyms.concepts.begin(), synonyms.concepts.end(),
                                     [&](const concept_entry& e) { return e.name == name; });
        const int own = resolve(name);
        if (it == synonyms.concepts.end() || it->organization_follow.empty()) return own;
        const int org = resolve(it->organization_follow);
        return org < 0 ? own : org;
    };
    for (const concept_entry& c : synonyms.concepts)
        for (const std::string& f : c.split_from)
            for (int org = 0; org < 2; ++org) {
                const int to = org ? organization_item(c.name) : resolve(c.name);
                const int from = org ? organization_item(f) : resolve(f);
                if (to < 0 || from < 0 || to == from) continue;
                auto& v = split_to_[org][static_cast<std::size_t>(from)];
                if (std::find(v.begin(), v.end(), static_cast<std::size_t>(to)) == v.end()) v.push_back(static_cast<std::size_t>(to));
            }
    for (std::size_t i = 0; i < n; ++i)
        for (const std::string& p : plan.items[i].phrases) {
            add(headings_, p, i, i, strong_weight);
            add(keywords_, p, i, i, 1.0);
        }

    // Two-word phrases of each item's own title, weighted by how few items share them.
    std::vector<std::string> ignore;
    for (const std::string& g : synonyms.ignore_in_titles) ignore.push_back(text::match_key(g));
    std::vector<std::set<std::string>> bigrams(n);
    std::map<std::string, int> df;
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<std::string> w = text::words(title_keys[i]);
        std::vector<bool> cut(w.size(), false);
        for (const std::string& g : ignore) {
            const std::vector<std::string> gw = text::words(g);
            if (gw.empty()) continue;
            for (std::size_t p = 0; p + gw.size() <= w.size(); ++p)
                if (std::equal(gw.begin(), gw.end(), w.begin() + static_cast<std::ptrdiff_t>(p)))
                    for (std::size_t k = 0; k < gw.size(); ++k) cut[p + k] = true;
        }
        for (std::size_t p = 0; p + 1 < w.size(); ++p) {
            if (cut[p] || cut[p + 1]) continue;
            bool digits = true;
            for (char ch : w[p] + w[p + 1]) digits = digits && ((ch >= '0' && ch <= '9') || ch == ' ');
            if (digits) continue;
            if (bigrams[i].insert(w[p] + " " + w[p + 1]).second) ++df[w[p] + " " + w[p + 1]];
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        for (const std::string& b : bigrams[i]) {
            const double idf = n > 1 ? std::log(static_cast<double>(n) / df[b]) / std::log(static_cast<double>(n)) : 1.0;
            if (idf <= 0.0) continue;
            add(headings_, b, i, i, title_weight * idf);
            add(keywords_, b, i, i, title_body_weight * idf);
        }

    std::vector<std::int32_t> filler_ids;
    for (const std::string& f : synonyms.filler_words)
        for (const std::string& w : text::words(text::match_key(f))) filler_ids.push_back(intern(w));
    filler_.assign(word_ids_.size(), 0);
    for (std::int32_t id : filler_ids) filler_[static_cast<std::size_t>(id)] = 1;

    for (phrase_table* t : {&headings_, &keywords_}) {
        t->by_first.assign(word_ids_.size(), {});
        for (std::size_t k = 0; k < t->phrases.size(); ++k)
            t->by_first[static_cast<std::size_t>(t->phrases[k].words.front())].push_back(static_cast<std::uint32_t>(k));
    }
}

void lexicon::score(const phrase_table& t, std::string_view key, bool organization, class_scores& out,
                    std::vector<double>* coverage) const {
    score_scratch& buffers = scratch_space();
    std::vector<std::int32_t>& ids = buffers.ids;
    std::vector<char>& counts = buffers.counts;
    std::vector<char>& covered = buffers.covered;
    ids.clear();
    counts.clear();
    std::size_t i = 0;
    while (i < key.size()) {
        std::size_t j = i;
        std::uint32_t h = word_index::hash_seed;
        for (; j < key.size() && key[j] != ' '; ++j) h = word_index::hash_step(h, key[j]);
        if (j > i) {
            const std::string_view word = key.substr(i, j - i);
            const std::int32_t id = word_ids_.find(word, h);
            ids.push_back(id);
            const bool number = word[0] >= '0' && word[0] <= '9';
            const bool filler = id >= 0 && static_cast<std::size_t>(id) < filler_.size() && filler_[static_cast<std::size_t>(id)];
            counts.push_back(number || filler ? 0 : 1);
        }
        i = j + 1;
    }
    if (coverage) covered.assign(out.size() * ids.size(), 0);
    for (std::size_t p = 0; p < ids.size(); ++p) {
        if (ids[p] < 0 || static_cast<std::size_t>(ids[p]) >= t.by_first.size()) continue;
        for (std::uint32_t k : t.by_first[static_cast<std::size_t>(ids[p])]) {
            const phrase& ph = t.phrases[k];
            if (p + ph.words.size() > ids.size()) continue;
            bool ok = true;
            for (std::size_t q = 1; q < ph.words.size() && ok; ++q) ok = ids[p + q] == ph.words[q];
            if (!ok) continue;
            const std::size_t cls = organization ? ph.organization_cls : ph.cls;
            out[cls] += ph.weight;
            if (coverage)
                for (std::size_t q = 0; q < ph.words.size(); ++q) covered[cls * ids.size() + p + q] = 1;
        }
    }
    if (!coverage) return;
    std::size_t total = 0;
    for (char c : counts) total += static_cast<std::size_t>(c);
    coverage->assign(out.size(), 0.0);
    if (total == 0) return;
    for (std::size_t c = 0; c < out.size(); ++c) {
        // Weights are positive: a class without score has no phrase, and covers nothing.
        if (out[c] == 0.0) continue;
        std::size_t k = 0;
        for (std::size_t p = 0; p < ids.size(); ++p) k += static_cast<std::size_t>(counts[p] && covered[c * ids.size() + p]);
        (*coverage)[c] = static_cast<double>(k) / static_cast<double>(total);
    }
}

class_scores lexicon::heading_scores(std::string_view key, bool organization) const {
    class_scores s(item_ids_.size() + 1, 0.0);
    score(headings_, key, organization, s);
    return s;
}

heading_match lexicon::match_heading(std::string_view key, bool organization) const {
    heading_match m;
    m.scores.assign(item_ids_.size() + 1, 0.0);
    score(headings_, key, organization, m.scores, &m.coverage);
    return m;
}

const std::vector<std::size_t>& lexicon::split_targets(std::size_t from, bool organization) const {
    static const std::vector<std::size_t> none;
    const auto& v = split_to_[organization ? 1 : 0];
    return from < v.size() ? v[from] : none;
}

class_scores lexicon::body_scores(std::string_view key, bool organization) const {
    class_scores s(item_ids_.size() + 1, 0.0);
    score(keywords_, key, organization, s);
    return s;
}

bool lexicon::names_organization(std::string_view key) const {
    for (const std::string& o : organization_keys_)
        if (has_phrase(key, o)) return true;
    return false;
}

}  // namespace baocao::sections
