// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The Compound File Binary container (OLE2, [MS-CFB]) a .doc lives in: the
/// streams at its root, read from bytes held in memory. Every chain is
/// followed once at most, so a looping FAT or directory ends the walk.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::doc {

/// True when `head` starts with the OLE2 signature D0 CF 11 E0 A1 B1 1A E1.
bool is_compound_file(std::string_view head);

/// True when `head` starts like a Word for Windows 2.0 file (no OLE2 container, wIdent 0xA5DB).
bool is_word2_file(std::string_view head);

class compound_file {
public:
    /// Reads the header, the FAT, the directory and the mini FAT of `bytes`, which must
    /// outlive the object; throws rejection_error(corrupt_doc) when they are damaged.
    compound_file(std::string_view bytes, std::uint64_t max_stream_bytes);

    /// True when a stream of that name sits at the root of the container.
    bool has(std::string_view name) const;
    /// A root stream's bytes, nullopt when absent; a chain shorter than the size
    /// recorded gives the bytes it has; throws rejection_error(corrupt_doc) on a
    /// chain that loops or leaves the file, or too_large past the stream limit.
    std::optional<std::string> read(std::string_view name) const;

private:
    struct entry {
        std::string name;
        std::uint8_t type = 0;
        std::uint32_t left = 0, right = 0, child = 0;
        std::uint32_t start = 0;
        std::uint64_t size = 0;
    };
    std::vector<std::uint32_t> chain(std::uint32_t start, const std::vector<std::uint32_t>& fat,
                                     std::uint64_t sector_count, std::uint64_t max_sectors) const;
    std::string read_chain(const std::vector<std::uint32_t>& sectors, std::uint64_t size) const;
    std::string read_mini(std::uint32_t start, std::uint64_t size) const;
    const entry* find(std::string_view name) const;

    std::string_view bytes_;
    std::uint64_t max_stream_bytes_ = 0;
    std::uint32_t sector_size_ = 512;
    std::uint64_t sector_count_ = 0;
    std::uint32_t mini_cutoff_ = 4096;
    std::vector<std::uint32_t> fat_;
    std::vector<std::uint32_t> mini_fat_;
    std::string mini_stream_;
    std::vector<entry> entries_;
    std::vector<std::uint32_t> root_children_;
};

}  // namespace baocao::doc
