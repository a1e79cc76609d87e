// SPDX-License-Identifier: Apache-2.0
// A 2 MiB block on a 2 MiB boundary: mapped twice that size, then the parts
// before and after the aligned block unmapped.
#include "huge_page_block.hpp"

#include <sys/mman.h>

#include <cstdint>
#include <new>

namespace baocao::detail {

huge_page_block::huge_page_block() {
    const std::size_t mapped = 2 * size;
    void* p = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(p);
    const std::uintptr_t aligned = (start + size - 1) & ~static_cast<std::uintptr_t>(size - 1);
    if (aligned > start) ::munmap(p, aligned - start);
    if (const std::uintptr_t end = aligned + size; end < start + mapped)
        ::munmap(reinterpret_cast<void*>(end), start + mapped - end);
    data_ = reinterpret_cast<char*>(aligned);
#ifdef MADV_HUGEPAGE
    // Advice only: a kernel without transparent huge pages, or with them
    // switched off, maps 4 KiB pages as for any memory.
    ::madvise(data_, size, MADV_HUGEPAGE);
#endif
}

huge_page_block::~huge_page_block() { ::munmap(data_, size); }

}  // namespace baocao::detail
