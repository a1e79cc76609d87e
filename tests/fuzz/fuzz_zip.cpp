// SPDX-License-Identifier: Apache-2.0
// Fuzzes the .zip bundle source.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& h = baocao::fuzz::shared_harness();
    static const auto& zip = h.stage_of(h.registry.sources(), "source-zip");
    static const auto ctx = h.context("source-zip");
    const auto it = baocao::fuzz::bytes_item(data, size, "bundle.zip");
    try {
        if (zip.probe(it, it.head(4096)) > 0) baocao::fuzz::expand_all(h, zip, ctx, it, 0);
    } catch (const baocao::rejection_error&) {
    }
    return 0;
}
