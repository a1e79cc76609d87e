// SPDX-License-Identifier: Apache-2.0
// Attributions name units the way a provincial report does: the place alone
// for a district committee ("Can Lộc"), the full name for the others.
#include "reporters.hpp"
#include "vietnamese_forms.hpp"

#include <baocao/sdk/text.hpp>

#include <Poco/Exception.h>

#include <algorithm>
#include <map>
#include <set>

namespace baocao::synthesis {


std::string listed(const reporter& r) { return r.remark.empty() ? name_in_lists(r) : name_in_lists(r) + " – " + r.remark; }

std::string short_name_of(const std::string& name) {
    for (const char* prefix : {"Huyện ủy ", "Huyện uỷ "})
        if (name.rfind(prefix, 0) == 0 && name.size() > std::string(prefix).size()) return name.substr(std::string(prefix).size());
    return name;
}

std::string file_of(const submission& s) {
    if (!s.attachment_name.empty()) return clean(s.attachment_name);
    auto name = s.source;
    if (const auto hash = name.rfind('#'); hash != std::string::npos) name = name.substr(hash + 1);
    else if (const auto slash = name.rfind('/'); slash != std::string::npos) name = name.substr(slash + 1);
    return clean(name);
}

std::string issuer_of(const submission& s) {
    const auto it = s.extensions.find("issuer");
    if (it == s.extensions.end() || !it->second.isString()) return {};
    try {
        return text::trim(clean(it->second.convert<std::string>()));
    } catch (const Poco::Exception&) {
        return {};
    }
}

std::string issuer_key(const std::string& issuer) { return text::to_lower(issuer); }

std::vector<reporter> reporters(const run_result& run) {
    std::vector<reporter> roster_rows, outside, issuers, unknown;
    std::map<std::string, std::size_t> roster_index, outside_index, issuer_index;
    for (const auto& u : run.units) {
        roster_index.emplace(u.id, roster_rows.size());
        roster_rows.push_back({u.id, clean(u.name), short_name_of(clean(u.name)), {}});
    }
    for (const auto& s : run.submissions) {
        // A superseded version, or a report on another subject than the plan's, is no source.
        if (s.superseded_by || s.off_topic) continue;
        if (!s.unit) {
            if (const auto issuer = issuer_of(s); !issuer.empty()) {
                // Reports naming one body are that body's, however many it sent.
                const auto [pos, added] = issuer_index.emplace(issuer_key(issuer), issuers.size());
                if (added) {
                    const auto name = issuer + " (ngoài danh sách)";
                    issuers.push_back({"", name, name, {}, {issuer}, issuer, outside_roster_remark});
                }
                issuers[pos->second].submissions.push_back(&s);
                continue;
            }
            const auto file = file_of(s);
            const auto name = "Đơn vị chưa xác định (" + file + ")";
            unknown.push_back({"", name, name, {&s}, {}, file, unknown_unit_remark});
        } else if (const auto it = roster_index.find(s.unit->id); it != roster_index.end()) {
            roster_rows[it->second].submissions.push_back(&s);
        } else {
            const auto [pos, added] = outside_index.emplace(s.unit->id, outside.size());
            if (added) outside.push_back({s.unit->id, clean(s.unit->name), short_name_of(clean(s.unit->name)), {}});
            outside[pos->second].submissions.push_back(&s);
        }
    }
    std::vector<reporter> out;
    for (auto* list : {&roster_rows, &outside, &issuers, &unknown})
        for (auto& r : *list)
            if (!r.submissions.empty()) out.push_back(std::move(r));
    return out;
}

std::vector<std::string> name_forms(const run_result& run, const roster& r) {
    std::set<std::string> forms;
    auto add = [&](const std::string& f) {
        auto t = text::trim(clean(f));
        if (text::words(text::match_key(t)).size() >= 2) forms.insert(t);
    };
    for (const auto& u : run.units) add(u.name), add(short_name_of(u.name));
    for (const auto& s : run.submissions)
        if (s.unit) add(s.unit->name), add(short_name_of(s.unit->name));
        else if (const auto issuer = issuer_of(s); !issuer.empty()) add(issuer);
    for (const auto& u : r.units) {
        add(u.name);
        add(short_name_of(u.name));
        for (const auto& a : u.aliases) add(a);
        for (const auto& p : u.place_names) add(p);
    }
    std::vector<std::string> out(forms.begin(), forms.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
}

draft::source_ref source_of(const reporter& r, const submission& s, const std::string& section, int paragraph) {
    return {r.unit_id, r.name, clean(s.source), clean(section), paragraph};
}

}  // namespace baocao::synthesis
