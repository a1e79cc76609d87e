// SPDX-License-Identifier: Apache-2.0
// synthesize-draft: the built-in composer. It writes the masthead, the body
// of the provincial synthesis and the appendices into the run's draft, which
// emit-docx, emit-md and emit-json then render.

#include "masthead.hpp"
#include "synthesis.hpp"

#include <baocao/sdk/plugin.hpp>

#include <memory>

namespace baocao::synthesis {

namespace {

class synthesize_draft final : public composer {
public:
    std::string name() const override { return "synthesize-draft"; }

    void prepare(const context& ctx) override {
        options_ = options_from_settings(ctx.settings());
        prepared_ = true;
    }

    void compose(const run_result& run, draft::document& d, const context& ctx) const override {
        const auto opts = prepared_ ? options_ : options_from_settings(ctx.settings());
        synthesize(run, ctx.roster(), opts, budget{}, ctx.now(), ctx.utc_offset_minutes(), d,
                   [&ctx](std::size_t count, const std::function<void(std::size_t)>& task) { ctx.for_each_in_parallel(count, task); });
    }

private:
    options options_;
    bool prepared_ = false;
};

void register_stages(registry& r) { r.add_composer(std::make_shared<synthesize_draft>()); }

}  // namespace

}  // namespace baocao::synthesis

BAOCAO_PLUGIN(synthesize_draft, "synthesize-draft", "1.0.0",
              "Builds the draft synthesis report: common findings stated once with their units, figures, appendices",
              baocao::synthesis::register_stages)
