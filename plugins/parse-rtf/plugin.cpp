// SPDX-License-Identifier: Apache-2.0
#include "rtf_reader.hpp"

#include <baocao/sdk/plugin.hpp>

#include <memory>

namespace baocao::rtf {

namespace {

constexpr const char* format_key = "format";
constexpr std::size_t head_bytes = 8;

/// The RTF parser stage. An RTF file is claimed by its first bytes whatever
/// its name: e-office systems often send RTF named .doc.
class rtf_parser final : public parser {
public:
    std::string name() const override { return "parse-rtf"; }

    probe_score probe(const item&, std::string_view head) const override {
        return is_rtf(head) ? probe_scale::certain : probe_scale::none;
    }

    document parse(const item& it, const context& ctx) const override { return read_rtf(it, ctx.limits()); }
};

/// Records in result.json that a submission was read from RTF ("format": "rtf").
class rtf_format_recorder final : public extractor {
public:
    std::string name() const override { return "record-rtf-format"; }
    void extract(const document&, const item& it, submission& sub, const context&) const override {
        // Only parse-rtf claims content that starts "{\rtf".
        if (is_rtf(it.head(head_bytes))) sub.extensions[format_key] = std::string("rtf");
    }
};

void register_parse_rtf(registry& r) {
    r.add_parser(std::make_shared<rtf_parser>());
    r.add_extractor(std::make_shared<rtf_format_recorder>());
}

}  // namespace

}  // namespace baocao::rtf

BAOCAO_PLUGIN(parse_rtf, "parse-rtf", "1.0.0", "Reads RTF documents (.rtf, and RTF named .doc) into the document model",
              baocao::rtf::register_parse_rtf)
