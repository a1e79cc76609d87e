// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The Compound File Binary container (OLE2, [MS-CFB]) that a Word 97-2003
/// .doc and an Outlook .msg live in: its storages and streams, read from bytes
/// held in memory. Every chain and every sibling tree is followed once at
/// most, so a looping FAT or directory ends the walk.

#include <baocao/sdk/error.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::plugins {

/// True when `head` starts with the OLE2 signature D0 CF 11 E0 A1 B1 1A E1.
bool is_compound_file(std::string_view head);

class compound_file {
public:
    /// Reads the header, the FAT, the directory and the mini FAT of `bytes`, which must
    /// outlive the object; throws rejection_error(`damaged_code`) when they are damaged.
    /// Every rejection this object throws for damage carries `damaged_code` (corrupt_doc
    /// for a .doc, corrupt_mime for a message).
    compound_file(std::string_view bytes, std::uint64_t max_stream_bytes, error_code damaged_code = error_code::corrupt_doc);

    /// True when a stream sits at `path`: names from the root joined by '/'
    /// ("WordDocument", "__attach_version1.0_#00000000/__substg1.0_37010102").
    /// Names compare without regard to case, as the format says.
    bool has(std::string_view path) const;
    /// The stream's bytes at `path`, nullopt when absent; a chain shorter than the size
    /// recorded gives the bytes it has; throws rejection_error(damaged code) on a
    /// chain that loops or leaves the file, or too_large past the stream limit.
    std::optional<std::string> read(std::string_view path) const;
    /// True when a storage sits at `path` ("" is the root).
    bool has_storage(std::string_view path) const;
    /// The names of the storages directly inside the storage at `path` ("" the
    /// root), sorted; empty when there is no such storage.
    std::vector<std::string> storages(std::string_view path) const;

private:
    struct entry {
        std::string name;
        std::uint8_t type = 0;   ///< 1 storage, 2 stream, 5 root
        std::uint32_t left = 0, right = 0, child = 0;
        std::uint32_t start = 0;
        std::uint64_t size = 0;
    };
    [[noreturn]] void damaged(const std::string& what) const;
    std::vector<std::uint32_t> chain(std::uint32_t start, const std::vector<std::uint32_t>& fat,
                                     std::uint64_t sector_count, std::uint64_t max_sectors) const;
    std::string read_chain(const std::vector<std::uint32_t>& sectors, std::uint64_t size) const;
    std::string read_mini(std::uint32_t start, std::uint64_t size) const;
    /// Lists every storage's children, walking the tree once from the root.
    void index_children();
    /// The entry at `path`, nullptr when absent.
    const entry* find(std::string_view path) const;

    std::string_view bytes_;
    std::uint64_t max_stream_bytes_ = 0;
    error_code damaged_code_ = error_code::corrupt_doc;
    std::uint32_t sector_size_ = 512;
    std::uint64_t sector_count_ = 0;
    std::uint32_t mini_cutoff_ = 4096;
    std::vector<std::uint32_t> fat_;
    std::vector<std::uint32_t> mini_fat_;
    std::string mini_stream_;
    std::vector<entry> entries_;
    /// Per entry, for the root and each storage reached from it: its children's
    /// names upper-cased ([MS-CFB] compares names so) and entry numbers, sorted by name,
    /// so that a look-up costs a search, whatever the number of siblings.
    std::vector<std::vector<std::pair<std::string, std::uint32_t>>> children_;
};

}  // namespace baocao::plugins
