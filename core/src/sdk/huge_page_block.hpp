// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Memory for a buffer that fills once and is read many times (the text
/// store's memory side): one 2 MiB block, aligned to 2 MiB and marked for
/// transparent huge pages, so that filling it costs one page fault instead of
/// 512. Where the kernel gives no huge pages it behaves as ordinary memory.

#include <cstddef>

namespace baocao::detail {

class huge_page_block {
public:
    static constexpr std::size_t size = std::size_t{2} << 20;

    /// Maps the block; throws std::bad_alloc when the address space is exhausted.
    huge_page_block();
    ~huge_page_block();
    huge_page_block(const huge_page_block&) = delete;
    huge_page_block& operator=(const huge_page_block&) = delete;

    char* data() const { return data_; }

private:
    char* data_;
};

}  // namespace baocao::detail
