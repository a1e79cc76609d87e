// SPDX-License-Identifier: Apache-2.0
// Fuzzes the .docx package and XML reading: any bytes are parsed or rejected
// with a code, never a crash, hang or unbounded memory.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& h = baocao::fuzz::shared_harness();
    static const auto& parser = h.stage_of(h.registry.parsers(), "parse-docx");
    static const auto ctx = h.context("parse-docx");
    const auto it = baocao::fuzz::bytes_item(data, size, "input.docx");
    try {
        if (parser.probe(it, it.head(4096)) > 0) (void)parser.parse(it, ctx);
    } catch (const baocao::rejection_error&) {
    }
    return 0;
}
