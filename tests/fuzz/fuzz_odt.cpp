// SPDX-License-Identifier: Apache-2.0
// Fuzzes the .odt reader (zip package, styles, list styles, body, tables,
// notes): any bytes are read or rejected with a code, never a
// crash, hang or unbounded memory.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& h = baocao::fuzz::shared_harness();
    static const auto& parser = h.stage_of(h.registry.parsers(), "parse-odt");
    static const auto ctx = h.context("parse-odt");
    const auto it = baocao::fuzz::bytes_item(data, size, "input.odt");
    try {
        if (parser.probe(it, it.head(4096)) > 0) (void)parser.parse(it, ctx);
    } catch (const baocao::rejection_error&) {
    }
    return 0;
}
