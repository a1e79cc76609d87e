// SPDX-License-Identifier: Apache-2.0
// extract-sections: what each report says under each content item of the plan,
// and the report's structure (submission::structure) for the extractors after it.
#include "lexicon.hpp"
#include "matcher.hpp"
#include "published_structure.hpp"
#include "sectionizer.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/plugin.hpp>

#include <dlfcn.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace baocao::sections {

namespace {

constexpr const char* synonyms_name = "extract-sections.synonyms.json";

std::string read_text_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("extract-sections: cannot read the synonym file " + p.string());
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

/// The synonym file installed next to this module, when the plugin was loaded as one.
std::filesystem::path installed_synonyms() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&installed_synonyms), &info) == 0 || info.dli_fname == nullptr) return {};
    std::error_code ec;
    const std::filesystem::path p = std::filesystem::path(info.dli_fname).parent_path() / synonyms_name;
    return std::filesystem::is_regular_file(p, ec) ? p : std::filesystem::path{};
}

class sections_extractor : public extractor {
public:
    std::string name() const override { return "extract-sections"; }
    // Whether the unit is a mass organization changes which parts are its own results.
    std::vector<std::string> runs_after() const override { return {"extract-unit"}; }

    void prepare(const context& ctx) override {
        std::string json;
        std::string from;
        const std::string configured = ctx.settings()->optValue<std::string>("synonyms", "");
        if (!configured.empty()) {
            json = read_text_file(configured);
            from = configured;
        } else if (const auto p = installed_synonyms(); !p.empty()) {
            json = read_text_file(p);
            from = p.string();
        } else {
            json = std::string(embedded_synonyms());
            from = "(built in)";
        }
        synonym_set syn;
        try {
            syn = parse_synonyms(json);
        } catch (const std::runtime_error& e) {
            throw std::runtime_error(std::string(e.what()) + " in " + from);
        }
        lexicon_ = std::make_shared<const lexicon>(ctx.plan(), syn);
        ctx.log(log_level::debug, "synonyms from " + from);
        for (const auto& [concept_name, item] : lexicon_->concept_items())
            ctx.log(log_level::debug, "concept " + concept_name + " -> " +
                                          (item < 0 ? "unused" : item >= static_cast<int>(lexicon_->item_count())
                                                                     ? "no item"
                                                                     : "item " + lexicon_->item_id(static_cast<std::size_t>(item))));
    }

    void extract(const document& doc, const item&, submission& sub, const context& ctx) const override {
        std::shared_ptr<const lexicon> lex = lexicon_;
        if (!lex) lex = std::make_shared<const lexicon>(ctx.plan(), parse_synonyms(embedded_synonyms()));
        const sectioned_report report = sectionize(doc);
        if (sub.title.empty()) sub.title = report.title;
        // For the extractors that run after this one.
        sub.structure = std::make_shared<const report_structure>(published_structure(report));
        // The Front and the mass organizations report their own results, which are their role.
        const bool organization = (sub.unit && sub.unit->level == "organization") || issued_by_organization(report, *lex);
        for (matched_part& p : match_sections(report, *lex, organization)) {
            // The run keeps these to the end: no room left over from appending.
            p.text.shrink_to_fit();
            p.heading.shrink_to_fit();
            if (p.item >= 0) {
                const double conf = std::round(p.confidence * 100.0) / 100.0;
                sub.sections.push_back({lex->item_id(static_cast<std::size_t>(p.item)), std::move(p.heading), std::move(p.text), conf});
            } else {
                sub.unmatched.push_back({std::move(p.heading), std::move(p.text)});
            }
        }
        if (sub.sections.empty()) {
            const bool has_body = !report.sections.empty() || !report.intro.empty();
            sub.problems.push_back({error_code::no_sections,
                                    has_body ? "no part of the report matches a content item of the plan"
                                             : "the report has no body text between its header and its signature"});
        }
    }

private:
    std::shared_ptr<const lexicon> lexicon_;
};

void register_stages(registry& r) { r.add_extractor(std::make_shared<sections_extractor>()); }

}  // namespace

}  // namespace baocao::sections

BAOCAO_PLUGIN(extract_sections, "extract-sections", "1.0.0",
              "sections of a report and the plan item each belongs to", baocao::sections::register_stages)
