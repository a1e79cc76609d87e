// SPDX-License-Identifier: Apache-2.0
#include "compound_file_writer.hpp"

#include "byte_writer.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <stdexcept>
#include <vector>

namespace baocao::samplegen {

namespace {

constexpr std::uint32_t sector_size = 512;
constexpr std::uint32_t entries_per_fat_sector = sector_size / 4;
constexpr std::uint32_t entries_per_directory_sector = sector_size / 128;
constexpr std::uint32_t header_fat_slots = 109;   // DIFAT entries the header holds
constexpr std::uint32_t mini_stream_cutoff = 4096;
constexpr std::uint32_t end_of_chain = 0xFFFFFFFE, fat_sector = 0xFFFFFFFD, free_sector = 0xFFFFFFFF, no_stream = 0xFFFFFFFF;

/// A directory entry: the root (index 0), a storage or a stream.
struct directory_node {
    std::string name;
    std::uint8_t type = 2;               // 1 storage, 2 stream, 5 root
    std::uint32_t start = end_of_chain;
    std::uint32_t size = 0;
    std::vector<std::size_t> children;   // storages and the root only
    std::uint32_t right = no_stream, child = no_stream;
};

/// [MS-CFB] orders siblings by name length, then by upper-cased name.
bool cfb_less(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return a.size() < b.size();
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto ua = static_cast<unsigned char>(a[i] >= 'a' && a[i] <= 'z' ? a[i] - 32 : a[i]);
        const auto ub = static_cast<unsigned char>(b[i] >= 'a' && b[i] <= 'z' ? b[i] - 32 : b[i]);
        if (ua != ub) return ua < ub;
    }
    return false;
}

void write_entry(std::string& dir, std::size_t index, const std::string& name, std::uint8_t type, std::uint32_t left,
                 std::uint32_t right, std::uint32_t child, std::uint32_t start, std::uint32_t size) {
    const std::size_t at = index * 128;
    for (std::size_t i = 0; i < name.size(); ++i) put16(dir, at + 2 * i, static_cast<unsigned char>(name[i]));
    put16(dir, at + 0x40, static_cast<std::uint16_t>(2 * (name.size() + 1)));
    dir[at + 0x42] = static_cast<char>(type);
    put32(dir, at + 0x44, left);
    put32(dir, at + 0x48, right);
    put32(dir, at + 0x4C, child);
    put32(dir, at + 0x74, start);
    put32(dir, at + 0x78, size);
}

}  // namespace

std::string write_compound_file(const std::map<std::string, std::string>& streams,
                                const std::map<std::uint32_t, std::uint32_t>& fat_patch) {
    std::uint32_t data_sectors = 0;
    for (const auto& [name, content] : streams) {
        const std::size_t size = std::max<std::size_t>(content.size(), mini_stream_cutoff);
        data_sectors += static_cast<std::uint32_t>((size + sector_size - 1) / sector_size);
    }
    // The directory: the root, each storage a path names, each stream.
    std::vector<directory_node> nodes(1);
    nodes[0].name = "Root Entry";
    nodes[0].type = 5;
    std::map<std::string, std::size_t> storage_at{{"", 0}};
    std::vector<std::size_t> stream_node;   // in `streams` order
    for (const auto& [path, content] : streams) {
        std::size_t parent = 0;
        for (std::size_t from = 0;;) {
            const auto slash = path.find('/', from);
            if (slash == std::string::npos) {
                nodes.emplace_back().name = path.substr(from);
                nodes[parent].children.push_back(nodes.size() - 1);
                stream_node.push_back(nodes.size() - 1);
                break;
            }
            const std::string storage = path.substr(0, slash);
            auto [at, made] = storage_at.emplace(storage, nodes.size());
            if (made) {
                directory_node& made_storage = nodes.emplace_back();
                made_storage.name = path.substr(from, slash - from);
                made_storage.type = 1;
                nodes[parent].children.push_back(nodes.size() - 1);
            }
            parent = at->second;
            from = slash + 1;
        }
    }
    const auto directory_sectors =
        static_cast<std::uint32_t>((nodes.size() + entries_per_directory_sector - 1) / entries_per_directory_sector);
    // The FAT describes its own sectors too.
    std::uint32_t fat_sectors = 1;
    while (fat_sectors * entries_per_fat_sector < fat_sectors + directory_sectors + data_sectors) ++fat_sectors;
    if (fat_sectors > header_fat_slots) throw std::length_error("compound file too large for a header-only DIFAT");

    std::vector<std::uint32_t> fat(std::size_t(fat_sectors) * entries_per_fat_sector, free_sector);
    for (std::uint32_t i = 0; i < fat_sectors; ++i) fat[i] = fat_sector;
    const std::uint32_t first_directory = fat_sectors;
    for (std::uint32_t i = 0; i < directory_sectors; ++i)
        fat[first_directory + i] = i + 1 < directory_sectors ? first_directory + i + 1 : end_of_chain;

    std::string data;
    std::uint32_t next = first_directory + directory_sectors;
    std::size_t stream_index = 0;
    for (const auto& [name, content] : streams) {
        std::string padded = content;
        if (padded.size() < mini_stream_cutoff) padded.resize(mini_stream_cutoff, '\0');
        padded.resize((padded.size() + sector_size - 1) / sector_size * sector_size, '\0');
        const auto count = static_cast<std::uint32_t>(padded.size() / sector_size);
        directory_node& node = nodes[stream_node[stream_index++]];
        node.start = next;
        node.size = static_cast<std::uint32_t>(std::max<std::size_t>(content.size(), mini_stream_cutoff));
        for (std::uint32_t i = 0; i < count; ++i) fat.at(next + i) = i + 1 < count ? next + i + 1 : end_of_chain;
        next += count;
        data += padded;
    }
    for (const auto& [sector, value] : fat_patch) fat.at(sector) = value;

    // Each storage's children as a chain of right siblings in [MS-CFB] order (a degenerate but valid tree).
    for (auto& storage : nodes) {
        auto order = storage.children;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return cfb_less(nodes[a].name, nodes[b].name); });
        for (std::size_t k = 0; k + 1 < order.size(); ++k) nodes[order[k]].right = static_cast<std::uint32_t>(order[k + 1]);
        if (!order.empty()) storage.child = static_cast<std::uint32_t>(order[0]);
    }

    std::string dir(std::size_t(directory_sectors) * sector_size, '\0');
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const auto& n = nodes[i];
        const std::uint32_t start = n.type == 2 ? n.start : n.type == 5 ? end_of_chain : 0;   // the root: no mini stream
        write_entry(dir, i, n.name, n.type, no_stream, n.right, n.child, start, n.size);
    }

    std::string header(sector_size, '\0');
    const unsigned char signature[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    std::memcpy(header.data(), signature, sizeof signature);
    put16(header, 0x18, 0x3E);            // minor version
    put16(header, 0x1A, 3);               // major version: 512-byte sectors
    put16(header, 0x1C, 0xFFFE);          // little-endian
    put16(header, 0x1E, 9);               // sector shift
    put16(header, 0x20, 6);               // mini sector shift
    put32(header, 0x2C, fat_sectors);
    put32(header, 0x30, first_directory);
    put32(header, 0x38, mini_stream_cutoff);
    put32(header, 0x3C, end_of_chain);    // no mini FAT
    put32(header, 0x44, end_of_chain);    // no DIFAT sectors
    for (std::uint32_t i = 0; i < header_fat_slots; ++i) put32(header, 0x4C + 4 * i, i < fat_sectors ? i : free_sector);
    std::string fat_bytes(std::size_t(fat_sectors) * sector_size, '\0');
    for (std::size_t i = 0; i < fat.size(); ++i) put32(fat_bytes, 4 * i, fat[i]);
    return header + fat_bytes + dir + data;
}

}  // namespace baocao::samplegen
