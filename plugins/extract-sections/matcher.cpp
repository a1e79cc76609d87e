// SPDX-License-Identifier: Apache-2.0
// Matching rules. A heading decides when its words clearly point to one item;
// a section whose heading says little takes its parent's item, or, at the top,
// what its body talks about. A child leaves its parent only when its own
// heading clearly points elsewhere. Body text without any heading is judged
// paragraph by paragraph, each weak paragraph continuing the previous one.
//
// Confidence (0..1) says how direct the evidence is; it ranks decisions, it is
// not a calibrated probability. On the evaluation set, before the rules were
// last changed, parts at 0.7 or more were right 98% of the time, parts below
// 0.7 (decided from body words) 86%; the eval test prints the table by tenths.
//  - a heading that decides: 0.55, plus up to 0.2 for its lead over the
//    runner-up and up to 0.2 for how much of the heading the phrases cover;
//  - a section whose heading says nothing of its own: its parent's value;
//  - a section decided from its body words, an unheaded paragraph, or a
//    paragraph split off its section: 0.35 plus up to 0.3 for lead and amount;
//  - an unheaded paragraph that continues the previous one: 0.9 of that one's.
//
// A part heading ("Phần thứ nhất: KẾT QUẢ ...", "Phần I") over the review is an
// umbrella: whatever item its title names, it holds the background, the
// leadership, the results and the Front alike. It is weak evidence for its
// sections, so a section under it whose heading names another item with a
// strong phrase takes that item, however much of the heading the phrases cover
// ("II. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN CHỈ THỊ 32-CT/TU"). A part over the
// outlook is not: its solution groups ("Tăng cường công tác lãnh đạo ...")
// are tasks whatever they name.
#include "matcher.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>
#include <cstring>
#include <optional>
#include <unordered_map>

namespace baocao::sections {

namespace {

constexpr double heading_min = 2.0;     ///< least heading evidence to decide
constexpr double heading_ratio = 1.25;  ///< over the runner-up
constexpr double leave_ratio = 1.5;     ///< a child's evidence for another item over its parent's item
constexpr double leave_margin = 3.0;    ///< ... and by this much when the child names the parent's item too
constexpr double leave_min = 3.0;       ///< a child leaves only for at least one strong phrase
constexpr double leave_cover = 0.5;     ///< ... that, with the others, says at least half of its heading
constexpr double split_opening = 3.0;   ///< a paragraph's opening must name the other item this strongly
constexpr double split_min = 3.0;       ///< and its words lean to that item by at least this
constexpr double split_ratio = 2.0;     ///< and this many times more than to its section's item
constexpr std::size_t opening_words = 12;
constexpr double body_min = 3.0;        ///< least body evidence to decide a whole section
constexpr double body_ratio = 1.5;
constexpr double paragraph_min = 2.0;   ///< least body evidence to decide one unheaded paragraph
constexpr double paragraph_ratio = 1.6;

struct decision {
    int cls = -1;        ///< item index, item_count() for "no item", -1 undecided
    double confidence = 0.0;
};

/// Where a paragraph's opening ends: at its first comma, semicolon, colon or
/// parenthesis, or with the paragraph.
std::size_t opening_end(std::string_view body) {
    // One memchr per mark, each over what the ones before left: a long
    // paragraph without a comma is not read byte by byte.
    std::size_t end = body.size();
    for (const char mark : {',', ';', ':', '('}) {
        if (end == 0) break;
        if (const void* at = std::memchr(body.data(), mark, end)) end = static_cast<std::size_t>(static_cast<const char*>(at) - body.data());
    }
    return end;
}

decision pick(const class_scores& s, double min, double ratio, bool from_heading, double cover = 0.0) {
    decision d;
    // One pass: a score left behind by a higher one, or below the best, is a runner-up.
    std::size_t best = 0;
    double second = 0.0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i] > s[best]) {
            second = std::max(second, s[best]);
            best = i;
        } else {
            second = std::max(second, s[i]);
        }
    }
    if (s[best] < min || s[best] < ratio * second) return d;
    d.cls = static_cast<int>(best);
    const double margin = 1.0 - second / s[best];
    const double strength = std::min(1.0, s[best] / (from_heading ? 6.0 : 10.0));
    d.confidence = from_heading ? 0.55 + 0.2 * margin + 0.2 * std::min(1.0, cover) : 0.35 + 0.3 * margin * strength;
    return d;
}

/// What one section was assigned, mirroring the section tree.
struct assigned {
    decision d;
    std::vector<assigned> children;
};

class matcher {
public:
    matcher(const sectioned_report& r, const lexicon& lex, bool organization)
        : r_(r), lex_(lex), org_(organization), none_(static_cast<int>(lex.item_count())) {
        for (const auto& [name, item] : lex.concept_items())
            if (name == "direction") outlook_ = item;
    }

    std::vector<matched_part> run() {
        // About a piece of text per line, a run-in heading giving two.
        pieces_.reserve(r_.lines.size());
        match_intro();
        for (const section& s : r_.sections) {
            assigned a = assign(s, decision{});
            emit(s, a);
        }
        emit_annex();
        write_texts();
        // A part with no body (a container whose children all left) says nothing.
        parts_.erase(std::remove_if(parts_.begin(), parts_.end(), [](const matched_part& p) { return p.text.empty(); }),
                     parts_.end());
        std::stable_sort(parts_.begin(), parts_.end(), [](const matched_part& a, const matched_part& b) {
            return a.lines.front() < b.lines.front();
        });
        return std::move(parts_);
    }

private:
    /// The match key of what a line adds to a body; keyed once per run-in line, when first asked.
    const std::string& body_key(std::size_t i) const {
        const line& l = r_.lines[i];
        if (l.lead.empty()) return l.key();
        if (rest_keys_.empty()) rest_keys_.resize(r_.lines.size());
        std::optional<std::string>& k = rest_keys_[i];
        if (!k) k = text::match_key(l.rest);
        return *k;
    }

    /// The body scores of a section's whole tree: its body lines, then each
    /// child's heading and tree. Kept per section: the children of a section
    /// the body did not decide ask for theirs in turn, and a deep tree (a
    /// law's chapters, articles, clauses, points) would otherwise read each
    /// line once per level above it.
    const class_scores& tree_scores(const section& s) const {
        if (const auto it = tree_scores_.find(&s); it != tree_scores_.end()) return it->second;
        class_scores acc(lex_.item_count() + 1, 0.0);
        class_scores& b = line_scores_;
        auto add = [&](const class_scores& x) {
            for (std::size_t k = 0; k < acc.size(); ++k) acc[k] += x[k];
        };
        for (std::size_t i : s.body) {
            lex_.body_scores(body_key(i), org_, b);
            add(b);
        }
        for (const section& c : s.children) {
            lex_.body_scores(c.heading_key, org_, b);
            add(b);
            add(tree_scores(c));
        }
        return tree_scores_.emplace(&s, std::move(acc)).first->second;
    }

    /// True for a part heading over the review (not the outlook, not the background).
    bool umbrella(const section& s, const decision& d) const {
        return s.kind == "part" && d.cls >= 0 && d.cls < none_ && d.cls != outlook_;
    }

    assigned assign(const section& s, decision inherited, bool under_umbrella = false) const {
        assigned a;
        // Read before the children are assigned, which reuse it.
        heading_match& m = heading_;
        lex_.match_heading(s.heading_key, org_, m);
        const class_scores& h = m.scores;
        decision own = pick(h, heading_min, heading_ratio, true);
        if (own.cls >= 0) own = pick(h, heading_min, heading_ratio, true, m.coverage[static_cast<std::size_t>(own.cls)]);
        if (own.cls >= 0 && inherited.cls >= 0 && own.cls != inherited.cls) {
            // A child leaves its parent only when its heading as a whole says
            // another item: one shared word ("Nhóm giải pháp ..." among the
            // results) is not enough, nor a heading that also names the
            // parent's topic with about as much weight ("Kết quả ..." under the results).
            const double mine = h[static_cast<std::size_t>(own.cls)];
            const double parents = h[static_cast<std::size_t>(inherited.cls)];
            const double cover = m.coverage[static_cast<std::size_t>(own.cls)];
            // Under a part that belongs to no item (the background), "Khó khăn"
            // is the context's difficulties: leaving takes two strong phrases.
            const double least = inherited.cls == none_ ? 2.0 * leave_min : leave_min;
            if (under_umbrella) {
                if (mine < least || mine < leave_ratio * parents) own.cls = -1;
            } else if (mine < least || cover < leave_cover || mine < leave_ratio * parents ||
                       (parents > 0.0 && mine - parents < leave_margin)) {
                own.cls = -1;
            }
        }
        if (own.cls >= 0) {
            a.d = own;
        } else if (inherited.cls >= 0) {
            a.d = inherited;
        } else {
            a.d = pick(tree_scores(s), body_min, body_ratio, false);
        }
        const bool children_under_umbrella = umbrella(s, a.d);
        for (const section& c : s.children) a.children.push_back(assign(c, a.d, children_under_umbrella));
        return a;
    }

    /// Adds a line of text to part `part`; texts are written once every part is known.
    void append_text(std::size_t part, std::string_view text_line) {
        pieces_.push_back({part, text_line});
        if (text_sizes_.size() <= part) text_sizes_.resize(part + 1, 0);
        std::size_t& size = text_sizes_[part];
        size += (size != 0 ? 1 : 0) + text_line.size();
    }

    /// True when part `part` has text so far.
    bool has_text(std::size_t part) const { return part < text_sizes_.size() && text_sizes_[part] != 0; }

    void append(std::size_t part, std::size_t line_index, std::string_view text_line) {
        parts_[part].lines.push_back(line_index);
        if (!text_line.empty()) append_text(part, text_line);
    }

    /// Writes each part's text, its lines joined by "\n", at its final size at once.
    void write_texts() {
        // Reserved at its size, a text has no room left over to give back.
        for (std::size_t k = 0; k < text_sizes_.size(); ++k)
            if (text_sizes_[k] != 0) parts_[k].text.reserve(text_sizes_[k]);
        for (const piece& p : pieces_) {
            std::string& text = parts_[p.part].text;
            if (!text.empty()) text += '\n';
            text += p.text;
        }
        pieces_.clear();
        text_sizes_.clear();
    }

    /// Adds a section's heading (when nested) and body to a part, with the children that stay.
    void collect(const section& s, const assigned& a, std::size_t part, bool nested) {
        if (nested) {
            append(part, s.heading, s.heading_text);
        } else {
            parts_[part].lines.push_back(s.heading);
        }
        if (s.title_line != no_line) parts_[part].lines.push_back(s.title_line);
        for (std::size_t i : s.body) {
            if (i == s.heading) {
                // A run-in heading: its line is already listed, its text continues the body.
                append_text(part, r_.lines[i].rest);
                continue;
            }
            if (const decision d = split_off(i, a.d.cls); d.cls >= 0) {
                matched_part p;
                p.item = d.cls;
                p.confidence = d.confidence;
                parts_.push_back(std::move(p));
                append(parts_.size() - 1, i, r_.lines[i].body_text());
                continue;
            }
            append(part, i, r_.lines[i].body_text());
        }
        for (std::size_t k = 0; k < s.children.size(); ++k) {
            if (a.children[k].d.cls == a.d.cls) collect(s.children[k], a.children[k], part, true);
            else emit(s.children[k], a.children[k]);
        }
    }

    /// A paragraph of a part of class `from` that belongs to another item: its
    /// opening names that item as its subject ("Mặt trận và các đoàn thể ...")
    /// and its words lean clearly to it. Only for the pairs the lexicon allows.
    decision split_off(std::size_t i, int from) const {
        decision none;
        if (from < 0 || from >= none_) return none;
        const std::vector<std::size_t>& targets = lex_.split_targets(static_cast<std::size_t>(from), org_);
        if (targets.empty()) return none;
        const line& l = r_.lines[i];
        if (l.table >= 0) return none;
        const std::string_view body = l.body_text();
        const std::size_t cut = opening_end(body);
        text::assign_match_key(opening_, std::string_view(body).substr(0, cut), opening_words);
        // Most openings name no other item: they are not scored when no word
        // of theirs begins a heading phrase of a target, and the whole
        // paragraph is scored only when one names it.
        class_scores& h = opening_scores_;
        if (!lex_.heading_scores_of(opening_, org_, targets, h)) return none;
        class_scores& b = line_scores_;
        bool body_scored = false;
        for (std::size_t t : targets) {
            if (h[t] < split_opening || h[t] <= h[static_cast<std::size_t>(from)]) continue;
            if (!body_scored) {
                lex_.body_scores(body_key(i), org_, b);
                body_scored = true;
            }
            if (b[t] < split_min || b[t] < split_ratio * b[static_cast<std::size_t>(from)]) continue;
            class_scores& only = only_scores_;
            only.assign(b.size(), 0.0);
            only[t] = b[t];
            only[static_cast<std::size_t>(from)] = b[static_cast<std::size_t>(from)];
            decision d = pick(only, split_min, split_ratio, false);
            if (d.cls == static_cast<int>(t)) return d;
        }
        return none;
    }

    /// Appendices after the signature are no plan item's text, but are kept:
    /// one unmatched part per appendix, headed by its first line.
    void emit_annex() {
        std::size_t open = no_line;
        for (std::size_t i : r_.annex) {
            const line& l = r_.lines[i];
            const bool starts = l.table < 0 && (l.begins_with("phu luc") || l.begins_with("bieu"));
            if (open == no_line || (starts && has_text(open))) {
                matched_part p;
                p.heading = std::string(l.text);
                p.lines.push_back(i);
                parts_.push_back(std::move(p));
                open = parts_.size() - 1;
                continue;
            }
            append(open, i, l.text);
        }
    }

    void emit(const section& s, const assigned& a) {
        matched_part p;
        p.item = a.d.cls >= 0 && a.d.cls < none_ ? a.d.cls : -1;
        p.heading = std::string(s.heading_text);
        p.confidence = p.item >= 0 ? a.d.confidence : 0.0;
        const std::size_t index = parts_.size();
        parts_.push_back(std::move(p));
        collect(s, a, index, false);
    }

    void match_intro() {
        int prev = -1;
        double prev_conf = 0.0;
        for (std::size_t i : r_.intro) {
            const line& l = r_.lines[i];
            class_scores& s = line_scores_;
            lex_.body_scores(l.key(), org_, s);
            // "Về công tác lãnh đạo: ..." leads a paragraph like a heading would.
            const std::string_view content = l.content();
            const std::size_t colon = content.find(':');
            if (colon != std::string_view::npos && colon < 120) {
                text::assign_match_key(opening_, content.substr(0, colon));
                class_scores& h = opening_scores_;
                lex_.heading_scores(opening_, org_, h);
                for (std::size_t k = 0; k < s.size(); ++k) s[k] += 1.5 * h[k];
            }
            decision d = pick(s, paragraph_min, paragraph_ratio, false);
            if (d.cls < 0 && prev >= 0) {
                d.cls = prev;
                d.confidence = prev_conf * 0.9;
            }
            const int item = d.cls >= 0 && d.cls < none_ ? d.cls : -1;
            if (parts_.empty() || parts_.back().item != item) {
                matched_part p;
                p.item = item;
                p.confidence = item >= 0 ? d.confidence : 0.0;
                parts_.push_back(std::move(p));
            }
            append(parts_.size() - 1, i, l.text);
            prev = d.cls;
            prev_conf = d.confidence;
        }
    }

    const sectioned_report& r_;
    const lexicon& lex_;
    const bool org_;
    const int none_;
    int outlook_ = -1;   ///< the item of the outlook (the "direction" concept), -1 when none
    std::vector<matched_part> parts_;
    /// A line of a part's text, in the order the part takes its lines.
    struct piece {
        std::size_t part;
        std::string_view text;
    };
    std::vector<piece> pieces_;
    std::vector<std::size_t> text_sizes_;   ///< by part: the size its text has so far
    mutable std::vector<std::optional<std::string>> rest_keys_;   ///< by line: body_key of a run-in line, once computed
    mutable std::string opening_;                                  ///< key buffer of a paragraph's opening, reused
    // Scores written over and over, their room reused.
    mutable heading_match heading_;
    mutable class_scores opening_scores_;
    mutable class_scores line_scores_;
    mutable std::unordered_map<const section*, class_scores> tree_scores_;  ///< by section, once computed
    mutable class_scores only_scores_;
};

}  // namespace

bool issued_by_organization(const sectioned_report& report, const lexicon& lex) {
    for (const line& l : report.lines) {
        if (l.role == line_role::title) break;
        if (l.role == line_role::header && lex.names_organization(l.key())) return true;
    }
    return false;
}

std::vector<matched_part> match_sections(const sectioned_report& report, const lexicon& lex, bool organization) {
    return matcher(report, lex, organization).run();
}

}  // namespace baocao::sections
