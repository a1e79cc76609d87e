// SPDX-License-Identifier: Apache-2.0
#include "docx_reader.hpp"
#include "ole2.hpp"

#include <baocao/sdk/plugin.hpp>

#include <zip_head.hpp>

#include <libxml/parser.h>

#include <memory>

namespace baocao::docx {

namespace {

/// The .docx parser stage.
class docx_parser final : public parser {
public:
    std::string name() const override { return "parse-docx"; }

    void prepare(const context& ctx) override {
        // libxml2's global tables are set up once, before worker threads start.
        xmlInitParser();
        const std::string setting = ctx.settings()->optValue<std::string>("tracked_changes", "accept");
        if (!tracked_mode_from(setting))
            ctx.log(log_level::warning, "unknown tracked_changes setting \"" + setting + "\"; using \"accept\"");
    }

    probe_score probe(const item& it, std::string_view head) const override {
        const std::string ext = it.extension();
        const bool word_ext = ext == "docx" || ext == "docm" || ext == "dotx" || ext == "dotm";
        if (head.size() >= 4 && head.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
            // An OpenDocument package names its media type in a first entry "mimetype":
            // whatever it is called, it is no Word package.
            if (plugins::first_local_name(head) == "mimetype") return probe_scale::only_to_refuse;
            if (word_ext) return probe_scale::certain;
            if (ext.empty() || ext == "bin" || ext == "dat" || ext == "tmp") return probe_scale::content;
            return probe_scale::only_to_refuse;   // another zip-based format: readable here only to say it is not a .docx
        }
        if (is_ole2(head)) {
            // Claimed so that encrypted packages and legacy .doc files get a precise rejection.
            if (word_ext || ext == "doc" || ext == "dot" || ext.empty()) return probe_scale::content;
            return probe_scale::only_to_refuse;
        }
        if (word_ext) return probe_scale::name_only;   // damaged or mislabelled: rejected with a reason
        return probe_scale::none;
    }

    document parse(const item& it, const context& ctx) const override {
        const std::string setting = ctx.settings()->optValue<std::string>("tracked_changes", "accept");
        return read_docx(it, ctx.limits(), tracked_mode_from(setting).value_or(tracked_mode::accept), &shared_);
    }

private:
    // The parsed styles, themes and numbering of this run's reports, shared
    // between documents whose parts are byte-identical.
    mutable shared_parts shared_{64};
};

void register_parse_docx(registry& r) { r.add_parser(std::make_shared<docx_parser>()); }

}  // namespace

}  // namespace baocao::docx

BAOCAO_PLUGIN(parse_docx, "parse-docx", "1.0.0", "Reads Word .docx packages into the document model",
              baocao::docx::register_parse_docx)
