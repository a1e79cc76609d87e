// SPDX-License-Identifier: Apache-2.0
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

struct lexicon::scratch {
    padded_key key;
    std::vector<std::int32_t> ids;
    std::vector<char> counts;   ///< 1 when the word counts for coverage
    std::vector<char> covered;  ///< by class * words
};

// Reached through a call, once per scoring: a thread_local named in the
// scoring loop would cost a TLS lookup at every use in a shared library.
[[gnu::noinline]] lexicon::scratch& lexicon::thread_scratch() {
    thread_local scratch s;
    return s;
}

std::int32_t lexicon::intern(const std::string& word) { return word_ids_.intern(word); }

void lexicon::add(phrase_table& t, std::string_view text_in, std::size_t cls, std::size_t organization_cls, double weight) {
    const std::string key = text::match_key(text_in);
    if (key.empty()) return;
    phrase p;
    p.cls = cls;
    p.organization_cls = organization_cls;
    p.weight = weight;
    p.words_at = static_cast<std::uint32_t>(t.words.size());
    for (const std::string& w : text::words(key)) t.words.push_back(intern(w));
    p.length = static_cast<std::uint32_t>(t.words.size() - p.words_at);
    t.added.push_back(p);
}

void lexicon::group(phrase_table& t) const {
    // Counted by first word, then placed: a stable grouping, so that a key's
    // scores add their phrases' weights in the order the phrases were added.
    t.by_first.assign(word_ids_.size() + 1, 0);
    for (const phrase& p : t.added) ++t.by_first[static_cast<std::size_t>(t.words[p.words_at]) + 1];
    for (std::size_t i = 1; i < t.by_first.size(); ++i) t.by_first[i] += t.by_first[i - 1];
    std::vector<std::uint32_t> next(t.by_first.begin(), t.by_first.end() - 1);
    t.phrases.resize(t.added.size());
    for (const phrase& p : t.added) t.phrases[next[static_cast<std::size_t>(t.words[p.words_at])]++] = p;
    t.added.clear();
    t.added.shrink_to_fit();
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
    for (const std::string& o : synonyms.organization_issuers) {
        std::vector<std::int32_t>& name = organization_names_.emplace_back();
        for (const std::string& w : text::words(text::match_key(o))) name.push_back(intern(w));
    }
    for (const std::vector<std::int32_t>& name : organization_names_) {
        if (name.empty()) continue;
        const auto first = static_cast<std::size_t>(name.front());
        if (opens_name_.size() <= first) opens_name_.resize(first + 1, 0);
        opens_name_[first] = 1;
    }
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

    group(headings_);
    group(keywords_);
    // Which classes' heading phrases each word opens, in both readings of the issuer.
    if (item_ids_.size() + 1 <= 64)
        for (int org = 0; org < 2; ++org) {
            std::vector<std::uint64_t>& opens = phrase_openers_[org];
            opens.assign(word_ids_.size(), 0);
            for (const phrase& p : headings_.phrases)
                opens[static_cast<std::size_t>(headings_.words[p.words_at])] |= std::uint64_t{1} << (org ? p.organization_cls : p.cls);
        }
}

std::size_t lexicon::read_words(scratch& buffers, std::string_view key, bool with_counts) const {
    // A key of n bytes has at most n / 2 + 1 words: the scratch is sized once
    // for that, and words are written in place.
    const std::size_t most_words = key.size() / 2 + 1;
    if (buffers.ids.size() < most_words) {
        buffers.ids.resize(most_words);
        buffers.counts.resize(most_words);
    }
    buffers.key.assign(key);
    const char* const bytes = buffers.key.data();
    std::int32_t* const ids = buffers.ids.data();
    char* const counts = buffers.counts.data();
    const char* const filler = filler_.data();
    const std::size_t filler_size = filler_.size();
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < key.size()) {
        std::uint64_t h = 0;
        const std::size_t length = word_index::read_word(bytes + i, key.size() - i, h);
        if (length > 0) {
            const std::int32_t id = word_ids_.find(bytes + i, length, h);
            ids[n] = id;
            if (with_counts) {
                const bool number = bytes[i] >= '0' && bytes[i] <= '9';
                const bool is_filler = id >= 0 && static_cast<std::size_t>(id) < filler_size && filler[id];
                counts[n] = number || is_filler ? 0 : 1;
            }
            ++n;
        }
        i += length + 1;
    }
    return n;
}

void lexicon::score(const phrase_table& t, std::string_view key, bool organization, class_scores& out,
                    std::vector<double>* coverage) const {
    scratch& buffers = thread_scratch();
    match_words(buffers, t, read_words(buffers, key, coverage != nullptr), organization, out, coverage);
}

void lexicon::match_words(scratch& buffers, const phrase_table& t, std::size_t n, bool organization, class_scores& out,
                          std::vector<double>* coverage) const {
    const std::int32_t* const ids = buffers.ids.data();
    const char* const counts = buffers.counts.data();
    const std::size_t classes = out.size();
    double* const scores = out.data();
    char* covered = nullptr;
    if (coverage) {
        buffers.covered.assign(classes * n, 0);
        covered = buffers.covered.data();
    }
    const std::size_t groups = t.by_first.empty() ? 0 : t.by_first.size() - 1;
    const std::uint32_t* const by_first = t.by_first.data();
    const phrase* const phrases = t.phrases.data();
    const std::int32_t* const words = t.words.data();
    for (std::size_t p = 0; p < n; ++p) {
        const std::int32_t id = ids[p];
        if (id < 0 || static_cast<std::size_t>(id) >= groups) continue;
        const std::size_t left = n - p;
        for (std::uint32_t k = by_first[id], end = by_first[id + 1]; k < end; ++k) {
            const phrase& ph = phrases[k];
            if (ph.length > left) continue;
            const std::int32_t* const w = words + ph.words_at;
            bool ok = true;
            for (std::size_t q = 1; q < ph.length && ok; ++q) ok = ids[p + q] == w[q];
            if (!ok) continue;
            const std::size_t cls = organization ? ph.organization_cls : ph.cls;
            scores[cls] += ph.weight;
            if (covered)
                for (std::size_t q = 0; q < ph.length; ++q) covered[cls * n + p + q] = 1;
        }
    }
    if (!coverage) return;
    std::size_t total = 0;
    for (std::size_t p = 0; p < n; ++p) total += static_cast<std::size_t>(counts[p]);
    coverage->assign(classes, 0.0);
    if (total == 0) return;
    for (std::size_t c = 0; c < classes; ++c) {
        // Weights are positive: a class without score has no phrase, and covers nothing.
        if (scores[c] == 0.0) continue;
        std::size_t k = 0;
        for (std::size_t p = 0; p < n; ++p) k += static_cast<std::size_t>(counts[p] && covered[c * n + p]);
        (*coverage)[c] = static_cast<double>(k) / static_cast<double>(total);
    }
}

class_scores lexicon::heading_scores(std::string_view key, bool organization) const {
    class_scores s;
    heading_scores(key, organization, s);
    return s;
}

void lexicon::heading_scores(std::string_view key, bool organization, class_scores& out) const {
    out.assign(item_ids_.size() + 1, 0.0);
    score(headings_, key, organization, out);
}

heading_match lexicon::match_heading(std::string_view key, bool organization) const {
    heading_match m;
    match_heading(key, organization, m);
    return m;
}

void lexicon::match_heading(std::string_view key, bool organization, heading_match& out) const {
    out.scores.assign(item_ids_.size() + 1, 0.0);
    score(headings_, key, organization, out.scores, &out.coverage);
}

class_scores lexicon::body_scores(std::string_view key, bool organization) const {
    class_scores s;
    body_scores(key, organization, s);
    return s;
}

void lexicon::body_scores(std::string_view key, bool organization, class_scores& out) const {
    out.assign(item_ids_.size() + 1, 0.0);
    score(keywords_, key, organization, out);
}

bool lexicon::names_organization(std::string_view key) const {
    // By word ids: a name's words one after the other among the key's is the
    // name as a phrase of the key, and every word of a name has an id.
    scratch& buffers = thread_scratch();
    const std::size_t n = read_words(buffers, key, false);
    const std::int32_t* const ids = buffers.ids.data();
    for (std::size_t p = 0; p < n; ++p) {
        const std::int32_t id = ids[p];
        if (id < 0 || static_cast<std::size_t>(id) >= opens_name_.size() || !opens_name_[static_cast<std::size_t>(id)]) continue;
        for (const std::vector<std::int32_t>& name : organization_names_) {
            if (name.empty() || name.front() != id || name.size() > n - p) continue;
            bool same = true;
            for (std::size_t q = 1; q < name.size() && same; ++q) same = ids[p + q] == name[q];
            if (same) return true;
        }
    }
    return false;
}

bool lexicon::heading_scores_of(std::string_view key, bool organization, const std::vector<std::size_t>& targets,
                                class_scores& out) const {
    const std::size_t classes = item_ids_.size() + 1;
    out.assign(classes, 0.0);
    scratch& buffers = thread_scratch();
    const std::size_t n = read_words(buffers, key, false);
    if (classes <= 64) {
        std::uint64_t wanted = 0;
        for (std::size_t t : targets) wanted |= std::uint64_t{1} << t;
        const std::vector<std::uint64_t>& opens = phrase_openers_[organization ? 1 : 0];
        const std::int32_t* const ids = buffers.ids.data();
        bool any = false;
        for (std::size_t p = 0; p < n && !any; ++p)
            any = ids[p] >= 0 && static_cast<std::size_t>(ids[p]) < opens.size() && (opens[static_cast<std::size_t>(ids[p])] & wanted) != 0;
        if (!any) return false;
    }
    match_words(buffers, headings_, n, organization, out, nullptr);
    return true;
}

}  // namespace baocao::sections
