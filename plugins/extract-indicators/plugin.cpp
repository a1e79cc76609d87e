// SPDX-License-Identifier: Apache-2.0
// The extract-indicators plugin: figures per report ("indicators" in each
// submission, a record_list) and their totals by unit and province ("indicator_totals").
//
// Settings: "catalogue" (or its older name "definitions"): path of a JSON
// catalogue replacing the built-in one (same form as default_indicators.json).
#include "figure_places.hpp"
#include "indicator_finder.hpp"
#include "indicator_totals.hpp"

#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/record_list.hpp>

#include <fstream>
#include <sstream>

namespace {

using namespace baocao;

indicators::catalogue load_catalogue(const context& ctx) {
    auto path = ctx.settings()->optValue<std::string>("catalogue", "");
    if (path.empty()) path = ctx.settings()->optValue<std::string>("definitions", "");
    if (path.empty()) return indicators::parse_catalogue(indicators::default_definitions_json);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the indicator catalogue " + path);
    std::stringstream buf;
    buf << in.rdbuf();
    return indicators::parse_catalogue(buf.str());
}

/// Shared by the extractor and the checker; filled once in prepare().
struct shared_catalogue {
    std::vector<indicators::definition> defs;
};

class indicator_extractor : public extractor {
public:
    explicit indicator_extractor(std::shared_ptr<shared_catalogue> shared) : shared_(std::move(shared)) {}
    std::string name() const override { return "extract-indicators"; }
    void prepare(const context& ctx) override {
        auto cat = load_catalogue(ctx);
        shared_->defs = cat.indicators;
        finder_ = std::make_unique<indicators::indicator_finder>(std::move(cat));
    }
    // "about" needs the report's own unit, "item" its sections: both are read
    // before the figures, whose section texts are then still in memory.
    std::vector<std::string> runs_after() const override { return {"extract-unit", "extract-sections"}; }
    void extract(const document& doc, const item&, submission& sub, const context& ctx) const override {
        std::vector<indicators::figure> found = finder_->find(doc);
        indicators::figure_placer placer(sub, ctx.roster());
        auto list = std::make_shared<record_list>(indicators::empty_figure_list());
        list->reserve(found.size());
        for (auto& f : found) {
            auto optional_text = [](std::string s) -> record_list::cell {
                if (s.empty()) return std::monostate{};
                return s;
            };
            std::string about = placer.about(f.place);
            const std::string& item = placer.item(f.evidence);
            list->add(optional_text(std::move(about)), std::move(f.evidence), std::string(f.from_table ? "table" : "text"),
                      std::move(f.indicator), optional_text(item), std::move(f.label), optional_text(std::move(f.level)),
                      optional_text(std::move(f.place)), std::string(indicators::role_name(f.role)), f.total,
                      std::move(f.unit), f.value, std::move(f.written));
        }
        sub.extensions["indicators"] = record_list_ptr(std::move(list));
    }

private:
    std::shared_ptr<shared_catalogue> shared_;
    std::unique_ptr<indicators::indicator_finder> finder_;
};

class indicator_totals_checker : public checker {
public:
    explicit indicator_totals_checker(std::shared_ptr<shared_catalogue> shared) : shared_(std::move(shared)) {}
    std::string name() const override { return "indicator-totals"; }
    // Totals leave out superseded versions, which check-deadline marks.
    std::vector<std::string> runs_after() const override { return {"check-deadline"}; }
    void check(run_result& run, const context&) const override {
        // Each report's figures were placed as they were read (indicator_extractor).
        run.extensions["indicator_totals"] = indicators::totals(run, shared_->defs);
    }

private:
    std::shared_ptr<shared_catalogue> shared_;
};

void register_stages(registry& reg) {
    auto shared = std::make_shared<shared_catalogue>();
    reg.add_extractor(std::make_shared<indicator_extractor>(shared));
    reg.add_checker(std::make_shared<indicator_totals_checker>(shared));
}

}  // namespace

BAOCAO_PLUGIN(extract_indicators, "extract-indicators", "2.0.0",
              "figures reports quote, each with what it counts, its role, level and place, and their totals by unit "
              "and province",
              register_stages)
