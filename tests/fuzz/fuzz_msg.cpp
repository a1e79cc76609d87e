// SPDX-License-Identifier: Apache-2.0
// Fuzzes the Outlook .msg reader of source-mail (compound file, MAPI properties, attached items).
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& h = baocao::fuzz::shared_harness();
    static const auto& mail = h.stage_of(h.registry.sources(), "source-mail");
    static const auto ctx = h.context("source-mail");
    const auto it = baocao::fuzz::bytes_item(data, size, "message.msg");
    try {
        if (mail.probe(it, it.head(4096)) > 0) baocao::fuzz::expand_all(h, mail, ctx, it, 0);
    } catch (const baocao::rejection_error&) {
    }
    return 0;
}
