// SPDX-License-Identifier: Apache-2.0
// The emit-json plugin: writes result.json.
#include "result_json.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {

class json_emitter : public baocao::emitter {
public:
    std::string name() const override { return "emit-json"; }
    void emit(const baocao::run_result& run, const baocao::context& ctx,
              const std::filesystem::path& out_dir) const override {
        baocao::atomic_output_file out(out_dir / "result.json");
        baocao::emit_json::write_result_json(run, ctx.utc_offset_minutes(),
                                             [&](std::string_view piece) { out.write(piece); });
        out.commit();
    }
};

void register_stages(baocao::registry& reg) { reg.add_emitter(std::make_shared<json_emitter>()); }

}  // namespace

BAOCAO_PLUGIN(emit_json, "emit-json", "1.0.0", "writes result.json (schema baocao.result/1)", register_stages)
