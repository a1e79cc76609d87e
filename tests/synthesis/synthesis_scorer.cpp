// SPDX-License-Identifier: Apache-2.0
// Matching is on match keys (case, diacritics and punctuation folded), so a
// finding counts as stated whatever capital or quote the draft printed it
// with; a marker is the wording's text after the unit's name, so a sentence
// made general ("các huyện, thành, thị ủy ...") still matches.
#include "synthesis_scorer.hpp"

#include <baocao/sdk/text.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cmath>
#include <cstdio>

namespace baocao::synthesis_test {

namespace {

std::size_t words_of(const std::string& s) { return text::words(text::match_key(s)).size(); }

/// "1.589" from 1589: the way the draft writes a whole number.
std::string vn_whole(double v) {
    const auto digits = std::to_string(static_cast<long long>(std::llround(v)));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back('.');
        out.push_back(digits[i]);
    }
    return out;
}

bool contains_key(const std::string& hay_key, const std::string& needle) {
    const auto k = text::match_key(needle);
    return !k.empty() && (" " + hay_key + " ").find(" " + k + " ") != std::string::npos;
}

}  // namespace

std::string synthesis_score::line() const {
    char buf[400];
    std::snprintf(buf, sizeof buf,
                  "synthesis: findings=%zu stated=%zu repeats=%zu attributed=%zu/%zu totals=%zu/%zu body_words=%zu "
                  "source_words=%zu ratio=%.2f units_named=%zu/%zu",
                  findings, stated, repeats, attributed, findings, totals_right, totals, body_words, source_words,
                  source_words ? static_cast<double>(body_words) / static_cast<double>(source_words) : 0.0, units_named,
                  units);
    return buf;
}

synthesis_score score_draft(const corpus_truth& truth, const std::string& draft_md, const std::string& result_json) {
    synthesis_score s;
    auto body = draft_md.substr(0, draft_md.find("\n## PHỤ LỤC"));
    // Paragraphs of the body, keyed; footnote marks and Markdown escapes do not count.
    std::vector<std::string> paragraphs;
    for (std::size_t start = 0; start < body.size();) {
        auto end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        std::string p = body.substr(start, end - start);
        std::string clean;
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (p.compare(i, 2, "[^") == 0) {
                i = p.find(']', i);
                if (i == std::string::npos) break;
                continue;
            }
            if (p[i] != '\\') clean.push_back(p[i]);
        }
        paragraphs.push_back(text::match_key(clean));
        s.body_words += text::words(paragraphs.back()).size();
        start = end + 2;
    }
    std::string body_key;
    for (const auto& p : paragraphs) body_key += p + " ";

    std::map<std::string, const unit_truth*> units;
    for (const auto& u : truth.units) units[u.id] = &u;
    s.findings = truth.findings.size();
    for (const auto& f : truth.findings) {
        std::vector<std::size_t> where;
        for (std::size_t i = 0; i < paragraphs.size(); ++i)
            for (const auto& m : f.markers)
                if (contains_key(paragraphs[i], m)) {
                    where.push_back(i);
                    break;
                }
        if (where.empty()) continue;
        ++s.stated;
        s.repeats += where.size() - 1;
        const auto& p = paragraphs[where.front()];
        std::size_t named = 0;
        for (const auto& id : f.units) named += contains_key(p, units[id]->short_name) ? 1 : 0;
        // "(6/14 đơn vị)" names them by count.
        for (std::size_t n = 1; n <= truth.units.size(); ++n)
            if (contains_key(p, std::to_string(n) + " " + std::to_string(truth.units.size()) + " đơn vị") &&
                n >= f.units.size())
                named = std::max(named, f.units.size());
        if (4 * named >= 3 * f.units.size()) ++s.attributed;
    }
    for (const auto& [id, total] : truth.province) {
        ++s.totals;
        if (contains_key(body_key, vn_whole(total))) ++s.totals_right;
    }
    s.units = truth.units.size();
    for (const auto& u : truth.units) s.units_named += contains_key(body_key, u.short_name) ? 1 : 0;

    Poco::JSON::Parser parser;
    const auto root = parser.parse(result_json).extract<Poco::JSON::Object::Ptr>();
    const auto subs = root->getArray("submissions");
    for (std::size_t i = 0; subs && i < subs->size(); ++i) {
        const auto sub = subs->getObject(static_cast<unsigned>(i));
        if (!sub->isNull("superseded_by")) continue;
        const auto secs = sub->getArray("sections");
        for (std::size_t k = 0; secs && k < secs->size(); ++k)
            s.source_words += words_of(secs->getObject(static_cast<unsigned>(k))->getValue<std::string>("text"));
    }
    return s;
}

}  // namespace baocao::synthesis_test
