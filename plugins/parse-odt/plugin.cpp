// SPDX-License-Identifier: Apache-2.0
#include "odt_reader.hpp"

#include <baocao/sdk/plugin.hpp>

#include <libxml/parser.h>

#include <memory>

namespace baocao::odt {

namespace {

constexpr const char* format_key = "format";
constexpr std::size_t head_bytes = 128;

bool is_odt_name(const std::string& ext) { return ext == "odt" || ext == "ott" || ext == "odm"; }

/// The OpenDocument text (.odt) parser stage.
class odt_parser final : public parser {
public:
    std::string name() const override { return "parse-odt"; }

    void prepare(const context&) override { xmlInitParser(); }

    probe_score probe(const item& it, std::string_view head) const override {
        if (head.size() < 4 || head.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return probe_scale::none;
        const std::string ext = it.extension();
        const std::string_view type = odf_media_type(head);
        // Any OpenDocument package is claimed, a text to read it, another kind to say what it is.
        if (!type.empty()) return is_odf_text_type(type) ? probe_scale::certain : probe_scale::name_only;
        if (is_odt_name(ext)) return probe_scale::content_loose;   // a zip named .odt whose first entry is not its media type
        return probe_scale::none;
    }

    document parse(const item& it, const context& ctx) const override { return read_odt(it, ctx.limits()); }
};

/// Records in result.json that a submission was read from an OpenDocument text ("format": "odt").
class odt_format_recorder final : public extractor {
public:
    std::string name() const override { return "record-odt-format"; }
    void extract(const document&, const item& it, submission& sub, const context&) const override {
        const std::string head = it.head(head_bytes);
        if (is_odf_text_type(odf_media_type(head)) ||
            (is_odt_name(it.extension()) && head.rfind(std::string_view("PK\x03\x04", 4), 0) == 0))
            sub.extensions[format_key] = std::string("odt");
    }
};

void register_parse_odt(registry& r) {
    r.add_parser(std::make_shared<odt_parser>());
    r.add_extractor(std::make_shared<odt_format_recorder>());
}

}  // namespace

}  // namespace baocao::odt

BAOCAO_PLUGIN(parse_odt, "parse-odt", "1.0.0", "Reads OpenDocument texts (.odt) into the document model",
              baocao::odt::register_parse_odt)
