// SPDX-License-Identifier: Apache-2.0
#include "compound_file.hpp"
#include "doc_reader.hpp"
#include "fib.hpp"

#include <baocao/sdk/plugin.hpp>

#include <memory>

namespace baocao::doc {

namespace {

constexpr const char* format_key = "format";

/// The Word 97-2003 (.doc) parser stage.
class doc_parser final : public parser {
public:
    std::string name() const override { return "parse-doc"; }

    void prepare(const context& ctx) override {
        const std::string setting = ctx.settings()->optValue<std::string>("tracked_changes", "accept");
        mode_ = tracked_mode_from(setting).value_or(tracked_mode::accept);
        if (!tracked_mode_from(setting))
            ctx.log(log_level::warning, "unknown tracked_changes setting \"" + setting + "\"; using \"accept\"");
    }

    probe_score probe(const item& it, std::string_view head) const override {
        const std::string ext = it.extension();
        // Word for Windows 2.0 files are claimed only to be refused with the reason.
        if (is_word2_file(head)) return ext == "doc" || ext == "dot" ? probe_scale::preferred : probe_scale::none;
        if (!plugins::is_compound_file(head)) return probe_scale::none;
        // Above parse-docx's claim on OLE2 files: a .doc, or a Word file of any
        // Word name, is read here; an encrypted OOXML package is refused here too.
        if (ext == "doc" || ext == "dot" || ext.empty() || ext == "bin" || ext == "dat" || ext == "tmp" || ext == "docx" ||
            ext == "docm" || ext == "dotx" || ext == "dotm" || ext == "wbk")
            return probe_scale::preferred;
        return probe_scale::unlikely;
    }

    document parse(const item& it, const context& ctx) const override { return read_doc(it, ctx.limits(), mode_); }

private:
    tracked_mode mode_ = tracked_mode::accept;
};

/// Records in result.json that a submission was read from a .doc ("format": "doc"),
/// so that staff can see which units sent Word 97-2003 files.
class doc_format_recorder final : public extractor {
public:
    std::string name() const override { return "record-doc-format"; }
    void extract(const document&, const item& it, submission& sub, const context&) const override {
        // Only parse-doc turns an OLE2 file into a document.
        if (plugins::is_compound_file(it.head(8))) sub.extensions[format_key] = std::string("doc");
    }
};

void register_parse_doc(registry& r) {
    r.add_parser(std::make_shared<doc_parser>());
    r.add_extractor(std::make_shared<doc_format_recorder>());
}

}  // namespace

}  // namespace baocao::doc

BAOCAO_PLUGIN(parse_doc, "parse-doc", "1.0.0", "Reads Word 97-2003 .doc files into the document model",
              baocao::doc::register_parse_doc)
