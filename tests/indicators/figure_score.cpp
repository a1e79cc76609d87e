// SPDX-License-Identifier: Apache-2.0
// Matching is per report, so the same figure found in the wrong report is an
// error in both, as a staffer reading the draft would see it.
#include "figure_score.hpp"

#include <Poco/JSON/Array.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace baocao::testing {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) return out;
        start = tab + 1;
    }
}

std::string file_name(const std::string& source) {
    std::string s = source.substr(source.rfind('#') == std::string::npos ? 0 : source.rfind('#') + 1);
    const auto slash = s.find_last_of("/\\");
    return slash == std::string::npos ? s : s.substr(slash + 1);
}

std::string stem(const std::string& name) {
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

bool same_value(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(a)); }

std::string describe(const scored_figure& f) {
    std::ostringstream s;
    s << f.source << " | " << f.unit << " " << f.indicator << " " << f.role << " " << f.value << " | " << f.evidence;
    return s.str();
}

}  // namespace

std::vector<scored_figure> read_labels(const std::filesystem::path& tsv) {
    std::ifstream in(tsv, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + tsv.string());
    std::vector<scored_figure> out;
    std::string line;
    bool header_seen = false;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        if (!header_seen) {
            header_seen = true;
            continue;
        }
        const auto f = split_tabs(line);
        if (f.size() < 5) throw std::runtime_error(tsv.string() + ":" + std::to_string(number) + ": too few fields");
        scored_figure l;
        l.source = f[0];
        l.unit = f[1];
        l.indicator = f[2];
        l.role = f[3];
        try {
            l.value = std::stod(f[4]);
        } catch (const std::exception&) {
            throw std::runtime_error(tsv.string() + ":" + std::to_string(number) + ": not a number: " + f[4]);
        }
        if (f.size() > 6) l.evidence = f[6];
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<scored_figure> figures_of_result(const Poco::JSON::Object::Ptr& result) {
    std::vector<scored_figure> out;
    auto subs = result ? result->getArray("submissions") : nullptr;
    if (!subs) return out;
    for (std::size_t i = 0; i < subs->size(); ++i) {
        auto sub = subs->getObject(static_cast<unsigned>(i));
        const std::string name = file_name(sub->getValue<std::string>("source"));
        std::string own = stem(name);
        if (auto unit = sub->getObject("unit")) own = unit->getValue<std::string>("id");
        auto figures = sub->getArray("indicators");
        if (!figures) continue;
        for (std::size_t k = 0; k < figures->size(); ++k) {
            auto f = figures->getObject(static_cast<unsigned>(k));
            scored_figure s;
            s.source = name;
            s.unit = own;
            if (f->has("about") && !f->isNull("about")) s.unit = f->getValue<std::string>("about");
            s.indicator = f->getValue<std::string>("indicator");
            s.role = f->has("role") && !f->isNull("role") ? f->getValue<std::string>("role") : "result";
            s.value = f->getValue<double>("value");
            s.evidence = f->optValue<std::string>("evidence", "");
            out.push_back(std::move(s));
        }
    }
    return out;
}

figure_score score_figures(const std::vector<scored_figure>& labels, const std::vector<scored_figure>& found) {
    figure_score score;
    std::set<std::string> sources;
    for (const auto& l : labels) sources.insert(l.source);
    std::vector<bool> used(labels.size(), false);
    score.labelled = labels.size();
    for (const auto& f : found) {
        if (!sources.count(f.source)) continue;
        ++score.found;
        bool hit = false;
        for (std::size_t i = 0; i < labels.size() && !hit; ++i) {
            const auto& l = labels[i];
            if (used[i] || l.source != f.source || l.unit != f.unit || l.indicator != f.indicator || l.role != f.role ||
                !same_value(l.value, f.value))
                continue;
            used[i] = hit = true;
        }
        if (hit) ++score.matched;
        else score.spurious.push_back(f);
    }
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (!used[i]) score.missed.push_back(labels[i]);
    return score;
}

std::string summary_line(const figure_score& s) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "precision=%.3f recall=%.3f (matched %zu of %zu labelled, %zu found)", s.precision(),
                  s.recall(), s.matched, s.labelled, s.found);
    return buf;
}

std::string error_lines(const figure_score& s) {
    std::string out;
    for (const auto& f : s.missed) out += "missed   " + describe(f) + "\n";
    for (const auto& f : s.spurious) out += "spurious " + describe(f) + "\n";
    return out;
}

}  // namespace baocao::testing
