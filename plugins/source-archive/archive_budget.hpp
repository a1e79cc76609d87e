// SPDX-License-Identifier: Apache-2.0
#pragma once
// The run's limits as one archive read as a stream uses them up: entries,
// bytes per file, bytes in all, and the ratio to the archive's size.

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/error.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace baocao::plugins {

// Below this many bytes inflated a high ratio is harmless (a page of spaces
// compresses 1000:1); above it the archive's ratio limit applies.
constexpr std::uint64_t ratio_floor_bytes = 1ull << 20;

/// The limits one archive is read under, and what it has used of them.
class archive_budget {
public:
    archive_budget(const limits& lim, std::uint64_t archive_size)
        : lim_(lim), ratio_total_(std::max(ratio_floor_bytes, times_ratio(archive_size, lim.max_compression_ratio))) {}

    /// Counts one more entry; the message when there are too many.
    std::optional<std::string> count_entry() {
        if (++entries_ <= lim_.max_zip_entries) return std::nullopt;
        return "the archive has more than max_zip_entries (" + std::to_string(lim_.max_zip_entries) + ") entries";
    }

    /// The most bytes the next file may inflate to.
    std::uint64_t room() const {
        return std::min({lim_.max_input_bytes, left(lim_.max_total_inflated), left(ratio_total_)});
    }

    /// Why `what` ("\"a.docx\"", "the compressed file"), stopped at room(), is refused, and the code.
    std::pair<error_code, std::string> why_full(const std::string& what) const {
        if (room() == lim_.max_input_bytes)
            return {error_code::too_large,
                    what + " inflates to more than max_input_bytes (" + std::to_string(lim_.max_input_bytes) + ")"};
        if (left(lim_.max_total_inflated) <= left(ratio_total_))
            return {error_code::zip_bomb, what + " takes the archive past max_total_inflated (" +
                                              std::to_string(lim_.max_total_inflated) + " bytes)"};
        return {error_code::zip_bomb, what + " inflates the archive more than max_compression_ratio (" +
                                          std::to_string(lim_.max_compression_ratio) + ") times its size"};
    }

    void add(std::uint64_t bytes) { total_ += bytes; }

private:
    static std::uint64_t times_ratio(std::uint64_t size, std::uint32_t ratio) {
        return ratio != 0 && size > UINT64_MAX / ratio ? UINT64_MAX : size * ratio;
    }
    std::uint64_t left(std::uint64_t cap) const { return cap > total_ ? cap - total_ : 0; }

    const limits& lim_;
    std::uint64_t ratio_total_;
    std::uint64_t total_ = 0;
    std::uint64_t entries_ = 0;
};

}  // namespace baocao::plugins
