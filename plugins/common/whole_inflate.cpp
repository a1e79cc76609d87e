// SPDX-License-Identifier: Apache-2.0
#include "whole_inflate.hpp"

#include <libdeflate.h>

#include <memory>

namespace baocao::plugins {

namespace {

struct decompressor_free {
    void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};

/// One decompressor per thread: it is not shared-safe, and making one costs
/// more than inflating a small part.
libdeflate_decompressor* thread_decompressor() {
    thread_local std::unique_ptr<libdeflate_decompressor, decompressor_free> d(libdeflate_alloc_decompressor());
    return d.get();
}

}  // namespace

bool inflate_whole(std::string_view deflated, std::uint64_t size, std::uint32_t crc, std::string& out) {
    libdeflate_decompressor* d = thread_decompressor();
    if (!d || size > out.max_size()) return false;
    out.resize(static_cast<std::size_t>(size));
    std::size_t written = 0;
    // The output buffer is the declared size: data that would inflate past it
    // stops with LIBDEFLATE_INSUFFICIENT_SPACE, so a lying size costs nothing.
    const libdeflate_result r =
        libdeflate_deflate_decompress(d, deflated.data(), deflated.size(), out.data(), out.size(), &written);
    return r == LIBDEFLATE_SUCCESS && written == out.size() && libdeflate_crc32(0, out.data(), out.size()) == crc;
}

}  // namespace baocao::plugins
