// SPDX-License-Identifier: Apache-2.0
// Fuzzes the MIME and mbox reading: messages and mailboxes, with every
// attachment and nested message expanded.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& h = baocao::fuzz::shared_harness();
    static const auto& mail = h.stage_of(h.registry.sources(), "source-mail");
    static const auto ctx = h.context("source-mail");
    // The first byte picks the name, so both the message and the mailbox paths are reached.
    const bool mbox = size > 0 && (data[0] & 1);
    const auto it = baocao::fuzz::bytes_item(data, size, mbox ? "box.mbox" : "message.eml");
    try {
        if (mail.probe(it, it.head(4096)) > 0) baocao::fuzz::expand_all(h, mail, ctx, it, 0);
    } catch (const baocao::rejection_error&) {
    }
    return 0;
}
