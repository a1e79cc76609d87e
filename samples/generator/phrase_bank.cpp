// SPDX-License-Identifier: Apache-2.0
#include "phrase_bank.hpp"

#include "text_util.hpp"

#include <cstdlib>

namespace baocao::samplegen {

namespace {

bool parse_range(const std::string& spec, long long& lo, long long& hi) {
    const auto dash = spec.find('-');
    if (dash == std::string::npos) return false;
    char* end = nullptr;
    lo = std::strtoll(spec.c_str(), &end, 10);
    hi = std::strtoll(spec.c_str() + dash + 1, &end, 10);
    return true;
}

std::string pick_distinct(const std::vector<std::string>& pool, std::vector<std::size_t>& used, random_source& rng) {
    if (pool.empty()) return {};
    for (int attempt = 0; attempt < 8; ++attempt) {
        const std::size_t i = rng.index(pool.size());
        bool seen = false;
        for (std::size_t u : used) seen = seen || u == i;
        if (!seen || used.size() >= pool.size()) {
            used.push_back(i);
            return pool[i];
        }
    }
    return pool[rng.index(pool.size())];
}

}  // namespace

std::string expand(const std::string& tmpl, const report_vars& vars, random_source& rng) {
    std::string out;
    out.reserve(tmpl.size() + 64);
    std::vector<std::size_t> used_locs;
    std::vector<std::size_t> used_models;
    // The same placeholder names the same place or model throughout one template.
    std::map<std::string, std::string> chosen;
    std::size_t i = 0;
    while (i < tmpl.size()) {
        const std::size_t open = tmpl.find('{', i);
        if (open == std::string::npos) {
            out.append(tmpl, i, std::string::npos);
            break;
        }
        const std::size_t close = tmpl.find('}', open);
        if (close == std::string::npos) {
            out.append(tmpl, i, std::string::npos);
            break;
        }
        out.append(tmpl, i, open - i);
        const std::string name = tmpl.substr(open + 1, close - open - 1);
        long long lo = 0, hi = 0;
        if (name.size() > 2 && name[1] == ':' && parse_range(name.substr(2), lo, hi)) {
            const long long v = rng.between(lo, hi);
            if (name[0] == 'k') out += format_count(v);
            else if (name[0] == 'd') out += format_tenths(v);
            else out += std::to_string(v);
        } else if (name == "loc" || name == "loc2" || name == "model" || name == "model2") {
            auto [it, fresh] = chosen.try_emplace(name);
            if (fresh)
                it->second = name[0] == 'l' ? pick_distinct(vars.localities, used_locs, rng)
                                            : pick_distinct(vars.models, used_models, rng);
            out += it->second;
        } else if (auto it = vars.values.find(name); it != vars.values.end()) {
            out += it->second;
        } else {
            out.append(tmpl, open, close - open + 1);
        }
        i = close + 1;
    }
    return out;
}

std::vector<std::string> compose(topic t, std::size_t count, const report_vars& vars, random_source& rng) {
    static const std::string district_only = "@d ";
    const bool district = vars.values.count("district") != 0;
    std::vector<std::string> pool;
    for (const std::string& p : phrases(t)) {
        if (p.rfind(district_only, 0) == 0) {
            if (district) pool.push_back(p.substr(district_only.size()));
        } else {
            pool.push_back(p);
        }
    }
    std::vector<std::string> out;
    std::vector<std::size_t> order = rng.sample(pool.size(), pool.size());
    for (std::size_t k = 0; k < count && !pool.empty(); ++k) {
        if (k > 0 && k % order.size() == 0) rng.shuffle(order);
        out.push_back(expand(pool[order[k % order.size()]], vars, rng));
    }
    return out;
}

}  // namespace baocao::samplegen
