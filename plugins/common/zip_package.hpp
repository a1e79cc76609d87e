// SPDX-License-Identifier: Apache-2.0
#pragma once
/// A zip package (.docx, .odt): opened with libzip, read part by part in
/// inflated chunks while every resource limit is enforced.

#include <baocao/sdk/context.hpp>
#include <baocao/sdk/item.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct zip;
struct zip_stat;

namespace baocao::plugins {

/// Receives the inflated bytes of a part, chunk by chunk.
using chunk_sink = std::function<void(const char* data, std::size_t size)>;

/// An open package. Not thread-safe: one per parse.
class zip_package {
public:
    /// Opens the item as a zip; throws rejection_error(corrupt_zip, zip_bomb, too_large, unreadable).
    zip_package(const item& it, const baocao::limits& lim);
    ~zip_package();
    zip_package(const zip_package&) = delete;
    zip_package& operator=(const zip_package&) = delete;

    /// True when a part of that name exists (OPC names compare case-insensitively, no leading '/').
    bool has(std::string_view part_name) const;
    /// Streams the inflated part into `sink` in chunks of at most 64 KiB; throws
    /// rejection_error(zip_bomb) past the limits and (corrupt_zip) on damaged data.
    void read(std::string_view part_name, const chunk_sink& sink);
    /// Bytes inflated so far over all parts read.
    std::uint64_t total_inflated() const { return total_inflated_; }

    /// What identifies the part's content exactly without inflating it: its
    /// compression method, CRC-32, size and stored (compressed) bytes. Empty
    /// when the part is missing, encrypted, or stores more than `max_stored` bytes.
    std::string fingerprint(std::string_view part_name, std::size_t max_stored);

private:
    void index_entries();
    /// The entry index of a part, nullopt when the package has none of that name.
    std::optional<std::uint64_t> find_entry(std::string_view part_name) const;
    /// Reads a deflated part of modest size whole and inflates it in one call;
    /// false when the part is not one or does not inflate cleanly, and read()
    /// then streams it (and reports what is wrong).
    bool read_whole(std::uint64_t entry, const struct zip_stat& st, const chunk_sink& sink);
    /// Reads the `size` stored (still compressed) bytes of an entry into
    /// `into`; false when they cannot all be read.
    bool read_stored(std::uint64_t entry, std::uint64_t size, char* into);

    ::zip* archive_ = nullptr;
    baocao::limits limits_;
    std::unordered_map<std::string, std::uint64_t> index_;   ///< lower-case name → entry
    std::uint64_t total_inflated_ = 0;
    std::string deflated_;   ///< read_whole()'s buffers, kept for the package's next part
    std::string inflated_;
};

/// Lower-cases ASCII letters.
std::string ascii_lower(std::string_view s);

}  // namespace baocao::plugins
