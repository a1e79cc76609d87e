// SPDX-License-Identifier: Apache-2.0
// emit-docx: the draft synthesis report, out_dir/draft.docx, rendered from run.draft.

#include "docx/docx_template.hpp"
#include "docx/package_writer.hpp"

#include <baocao/sdk/plugin.hpp>

#include <memory>
#include <stdexcept>

namespace baocao::docx {

namespace {

class emit_docx final : public emitter {
public:
    std::string name() const override { return "emit-docx"; }

    void prepare(const context& ctx) override {
        template_ = std::make_shared<const docx_template>(choose_template(ctx));
        prepared_ = true;
    }

    void emit(const run_result& run, const context& ctx, const std::filesystem::path& out_dir) const override {
        // prepare() normally ran; a caller that skipped it still gets a draft.
        const auto tpl = prepared_ ? template_ : std::make_shared<const docx_template>(choose_template(ctx));
        // The large parts pass through scratch files beside the outputs, not memory.
        write_file_atomically(out_dir / "draft.docx", build_docx(run.draft, *tpl, out_dir));
    }

private:
    /// The template named by the "template" setting, else the built-in styles.
    /// An unreadable template is reported and the built-in one used, so the run still yields a draft.
    static docx_template choose_template(const context& ctx) {
        const auto settings = ctx.settings();
        const std::string path = settings && settings->has("template") ? settings->optValue<std::string>("template", "") : "";
        if (path.empty()) return default_template();
        try {
            return load_template(path, ctx.limits());
        } catch (const std::exception& e) {
            ctx.log(log_level::error, std::string(e.what()) + "; using the built-in styles");
            return default_template();
        }
    }

    std::shared_ptr<const docx_template> template_;
    bool prepared_ = false;
};

void register_stages(registry& r) { r.add_emitter(std::make_shared<emit_docx>()); }

}  // namespace

}  // namespace baocao::docx

BAOCAO_PLUGIN(emit_docx, "emit-docx", "1.0.0", "Writes the draft synthesis report as draft.docx",
              baocao::docx::register_stages)
