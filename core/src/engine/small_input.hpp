// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Reading a small input file into memory once, so that sniffing, hashing
/// and parsing do not each open and read it again.

#include <baocao/sdk/item.hpp>

#include <cstdint>

namespace baocao::engine {

/// Files up to this size are read whole; larger ones (mailboxes, archives)
/// stay on disk and are streamed by their readers.
inline constexpr std::uint64_t small_input_bytes = 4u << 20;

/// When `it` is a regular file on disk of at most `max_bytes`, replaces its
/// path with its bytes and returns true. Leaves the item untouched otherwise,
/// including when the file cannot be read: the reader that follows reports that.
bool load_small_input(item& it, std::uint64_t max_bytes = small_input_bytes);

}  // namespace baocao::engine
