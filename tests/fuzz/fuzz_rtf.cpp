// SPDX-License-Identifier: Apache-2.0
// Fuzzes the RTF reader (tokenizer, code pages, destinations, tables,
// stories): any bytes are read or rejected with a code, never a crash, hang
// or unbounded memory. Input that does not start as RTF is read behind
// "{\rtf1 ", so every run reaches the reader.
#include "fuzz_support.hpp"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& h = baocao::fuzz::shared_harness();
    static const auto& parser = h.stage_of(h.registry.parsers(), "parse-rtf");
    static const auto ctx = h.context("parse-rtf");
    std::string bytes(reinterpret_cast<const char*>(data), size);
    if (bytes.rfind("{\\rtf", 0) != 0) bytes.insert(0, "{\\rtf1 ");
    const auto it = baocao::fuzz::bytes_item(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(), "input.rtf");
    try {
        if (parser.probe(it, it.head(4096)) > 0) (void)parser.parse(it, ctx);
    } catch (const baocao::rejection_error&) {
    }
    return 0;
}
