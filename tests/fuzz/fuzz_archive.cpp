// SPDX-License-Identifier: Apache-2.0
// Fuzzes the archive source (RAR, 7-Zip, tar, compressed files).
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& h = baocao::fuzz::shared_harness();
    static const auto& archives = h.stage_of(h.registry.sources(), "source-archive");
    static const auto ctx = h.context("source-archive");
    const auto it = baocao::fuzz::bytes_item(data, size, "bundle.rar");
    try {
        if (archives.probe(it, it.head(4096)) > 0) baocao::fuzz::expand_all(h, archives, ctx, it, 0);
    } catch (const baocao::rejection_error&) {
    }
    return 0;
}
