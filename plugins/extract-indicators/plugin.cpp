// The extract-indicators plugin: figures per report ("indicators" in each
// submission, a record_list) and their totals by unit and province ("indicator_totals").
//
// Settings: "definitions": path of a JSON file replacing the built-in
// definitions (same form as default_indicators.json).
#include "indicator_finder.hpp"
#include "indicator_totals.hpp"

#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/record_list.hpp>

#include <fstream>
#include <sstream>

namespace {

using namespace baocao;

std::vector<indicators::definition> load_definitions(const context& ctx) {
    const auto path = ctx.settings()->optValue<std::string>("definitions", "");
    if (path.empty()) return indicators::parse_definitions(indicators::default_definitions_json);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the indicator definitions " + path);
    std::stringstream buf;
    buf << in.rdbuf();
    return indicators::parse_definitions(buf.str());
}

/// Shared by the extractor and the checker; filled once in prepare().
struct shared_definitions {
    std::vector<indicators::definition> defs;
};

class indicator_extractor : public extractor {
public:
    explicit indicator_extractor(std::shared_ptr<shared_definitions> shared) : shared_(std::move(shared)) {}
    std::string name() const override { return "extract-indicators"; }
    void prepare(const context& ctx) override {
        shared_->defs = load_definitions(ctx);
        finder_ = std::make_unique<indicators::indicator_finder>(shared_->defs);
    }
    void extract(const document& doc, const item&, submission& sub, const context&) const override {
        std::vector<indicators::figure> found = finder_->find(doc);
        // Fields in sorted order, as result.json has always written them.
        auto list = std::make_shared<record_list>(
            std::vector<std::string>{"evidence", "from", "indicator", "label", "unit", "value"});
        list->reserve(found.size());
        for (auto& f : found)
            list->add(std::move(f.evidence), std::string(f.from_table ? "table" : "text"), std::move(f.indicator),
                      std::move(f.label), std::move(f.unit), f.value);
        sub.extensions["indicators"] = record_list_ptr(std::move(list));
    }

private:
    std::shared_ptr<shared_definitions> shared_;
    std::unique_ptr<indicators::indicator_finder> finder_;
};

class indicator_totals_checker : public checker {
public:
    explicit indicator_totals_checker(std::shared_ptr<shared_definitions> shared) : shared_(std::move(shared)) {}
    std::string name() const override { return "indicator-totals"; }
    void check(run_result& run, const context&) const override {
        run.extensions["indicator_totals"] = indicators::totals(run, shared_->defs);
    }

private:
    std::shared_ptr<shared_definitions> shared_;
};

void register_stages(registry& reg) {
    auto shared = std::make_shared<shared_definitions>();
    reg.add_extractor(std::make_shared<indicator_extractor>(shared));
    reg.add_checker(std::make_shared<indicator_totals_checker>(shared));
}

}  // namespace

BAOCAO_PLUGIN(extract_indicators, "extract-indicators", "1.0.0",
              "figures reports quote (models, exemplars, commendations, funds) with their evidence, and totals",
              register_stages)
