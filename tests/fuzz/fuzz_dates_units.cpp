// SPDX-License-Identifier: Apache-2.0
// Fuzzes the date parsers (RFC 5322, Vietnamese date phrases, place-and-date
// lines) and the unit identification over header lines.
#include "fuzz_support.hpp"

#include <baocao/sdk/dates.hpp>
#include <baocao/sdk/text.hpp>

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string raw(reinterpret_cast<const char*>(data), size);
    if (auto t = baocao::dates::parse_rfc5322(raw)) (void)baocao::dates::to_iso_datetime(*t, 420);
    const std::string text = baocao::text::sanitize_utf8(raw);
    if (auto d = baocao::dates::find_vietnamese_date(text))
        if (!baocao::dates::valid(*d)) __builtin_trap();
    if (auto d = baocao::dates::parse_place_date_line(text))
        if (!baocao::dates::valid(*d)) __builtin_trap();
    (void)baocao::text::match_key(text);

    auto& h = baocao::fuzz::shared_harness();
    static const auto& unit = h.stage_of(h.registry.extractors(), "extract-unit");
    static const auto ctx = h.context("extract-unit");
    baocao::document doc;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        baocao::paragraph p;
        p.runs.push_back(baocao::plain_run(line));
        doc.body.emplace_back(std::move(p));
    }
    baocao::item it;
    it.name = "report.docx";
    baocao::submission sub;
    unit.extract(doc, it, sub, ctx);
    return 0;
}
