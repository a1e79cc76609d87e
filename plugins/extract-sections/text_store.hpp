// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Storage for the texts of a report's lines: a few blocks for the whole
/// report instead of a string per line. A text handed out stays where it is
/// for the store's life, the store's moves included.

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <vector>

namespace baocao::sections {

class text_store {
public:
    /// `n` bytes to fill, contiguous.
    char* room(std::size_t n) {
        if (n > left_ || next_ == nullptr) [[unlikely]] grow(n);
        char* p = next_;
        next_ += n;
        left_ -= n;
        return p;
    }

    /// A copy of the pieces, one after the other.
    std::string_view join(std::initializer_list<std::string_view> pieces) {
        std::size_t size = 0;
        for (std::string_view s : pieces) size += s.size();
        char* const p = room(size);
        char* o = p;
        for (std::string_view s : pieces) {
            if (!s.empty()) std::memcpy(o, s.data(), s.size());
            o += s.size();
        }
        return {p, size};
    }

private:
    /// The first block's bytes; each next one is twice the last, so that a report takes a few.
    static constexpr std::size_t first_block = 4096;

    [[gnu::noinline]] void grow(std::size_t n) {
        block_size_ = blocks_.empty() ? first_block : 2 * block_size_;
        const std::size_t size = std::max(n, block_size_);
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
        next_ = blocks_.back().get();
        left_ = size;
    }

    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;
    std::size_t left_ = 0;
    std::size_t block_size_ = 0;
};

}  // namespace baocao::sections
