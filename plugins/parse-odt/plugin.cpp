// SPDX-License-Identifier: Apache-2.0
#include "odt_reader.hpp"

#include <baocao/sdk/plugin.hpp>

#include <zip_head.hpp>

#include <libxml/parser.h>

#include <memory>

namespace baocao::odt {

namespace {

constexpr const char* format_key = "format";
constexpr std::size_t head_bytes = 128;

/// How surely the item is an OpenDocument package this stage reads: a text by
/// its first entry's media type (certain), another OpenDocument kind (only to
/// say what it is), a zip named .odt whose first entry is not its media type.
probe_score odt_claim(const item& it, std::string_view head) {
    if (head.size() < 4 || head.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return probe_scale::none;
    if (const std::string_view type = plugins::opendocument_media_type(head); !type.empty())
        return plugins::is_opendocument_text(type) ? probe_scale::certain : probe_scale::name_only;
    const std::string ext = it.extension();
    if (ext == "odt" || ext == "ott" || ext == "odm") return probe_scale::content_loose;
    return probe_scale::none;
}

/// The OpenDocument text (.odt) parser stage.
class odt_parser final : public parser {
public:
    std::string name() const override { return "parse-odt"; }

    void prepare(const context&) override { xmlInitParser(); }

    probe_score probe(const item& it, std::string_view head) const override { return odt_claim(it, head); }

    document parse(const item& it, const context& ctx) const override { return read_odt(it, ctx.limits()); }
};

/// Records in result.json that a submission was read from an OpenDocument text ("format": "odt").
class odt_format_recorder final : public extractor {
public:
    std::string name() const override { return "record-odt-format"; }
    void extract(const document&, const item& it, submission& sub, const context&) const override {
        // A text this stage claims is one it read: another kind is refused before extraction.
        if (odt_claim(it, it.head(head_bytes)) >= probe_scale::content_loose) sub.extensions[format_key] = std::string("odt");
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
