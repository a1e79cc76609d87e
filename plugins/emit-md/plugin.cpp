// emit-md: the merged draft synthesis report as Markdown, out_dir/draft.md.

#include "markdown_writer.hpp"
#include "model/draft_builder.hpp"

#include <baocao/sdk/plugin.hpp>

#include <memory>

namespace baocao::markdown {

namespace {

class emit_md final : public emitter {
public:
    std::string name() const override { return "emit-md"; }

    void prepare(const context& ctx) override {
        options_ = draft::options_from_settings(ctx.settings());
        prepared_ = true;
    }

    void emit(const run_result& run, const context& ctx, const std::filesystem::path& out_dir) const override {
        const auto opts = prepared_ ? options_ : draft::options_from_settings(ctx.settings());
        const auto doc = draft::build(run, opts, ctx.now(), ctx.utc_offset_minutes());
        write_file_atomically(out_dir / "draft.md", render(doc));
    }

private:
    draft::options options_;
    bool prepared_ = false;
};

void register_stages(registry& r) { r.add_emitter(std::make_shared<emit_md>()); }

}  // namespace

}  // namespace baocao::markdown

BAOCAO_PLUGIN(emit_md, "emit-md", "1.0.0", "Writes the merged draft synthesis report as draft.md",
              baocao::markdown::register_stages)
