// SPDX-License-Identifier: Apache-2.0
// emit-md: the draft synthesis report as Markdown, out_dir/draft.md, rendered from run.draft.

#include "markdown_writer.hpp"

#include <baocao/sdk/plugin.hpp>

#include <memory>

namespace baocao::markdown {

namespace {

class emit_md final : public emitter {
public:
    std::string name() const override { return "emit-md"; }

    void emit(const run_result& run, const context&, const std::filesystem::path& out_dir) const override {
        atomic_output_file out(out_dir / "draft.md");
        render(run.draft, [&](std::string_view piece) { out.write(piece); });
        out.commit();
    }
};

void register_stages(registry& r) { r.add_emitter(std::make_shared<emit_md>()); }

}  // namespace

}  // namespace baocao::markdown

BAOCAO_PLUGIN(emit_md, "emit-md", "1.0.0", "Writes the draft synthesis report as draft.md",
              baocao::markdown::register_stages)
