// SPDX-License-Identifier: Apache-2.0
#include "compound_file.hpp"

#include "little_endian.hpp"

#include <baocao/sdk/error.hpp>

#include <algorithm>
#include <cstring>

namespace baocao::plugins {

namespace {

constexpr unsigned char signature[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
constexpr std::uint32_t end_of_chain = 0xFFFFFFFEu;
constexpr std::uint32_t free_sector = 0xFFFFFFFFu;
constexpr std::uint32_t max_regular_sector = 0xFFFFFFFAu;
constexpr std::uint32_t no_stream = 0xFFFFFFFFu;
// A Word file's root holds a dozen streams, a message a few hundred entries;
// a directory of more entries than this is not a document but an attack on the walk.
constexpr std::size_t max_directory_entries = 1u << 16;
constexpr std::uint8_t storage_type = 1, stream_type = 2, root_type = 5;

std::string entry_name(std::string_view e) {
    const std::uint16_t name_bytes = u16(e, 0x40);
    std::string out;
    if (name_bytes < 2 || name_bytes > 64) return out;
    for (std::size_t i = 0; i + 2 <= static_cast<std::size_t>(name_bytes - 2); i += 2) {
        const std::uint16_t c = u16(e, i);
        if (c == 0) break;
        // Stream names are ASCII, but for "\x05SummaryInformation"; others only need to differ.
        out.push_back(c < 0x80 ? static_cast<char>(c) : '?');
    }
    return out;
}

/// A name as compound files compare it: without regard to (ASCII) case ([MS-CFB] 2.6.4);
/// some writers store names in lower case.
std::string folded(std::string_view name) {
    std::string out(name);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return out;
}

}  // namespace

bool is_compound_file(std::string_view head) {
    return head.size() >= 8 && std::memcmp(head.data(), signature, 8) == 0;
}

compound_file::compound_file(std::string_view bytes, std::uint64_t max_stream_bytes, error_code damaged_code)
    : bytes_(bytes), max_stream_bytes_(max_stream_bytes), damaged_code_(damaged_code) {
    if (bytes.size() < 512 || !is_compound_file(bytes)) damaged("no OLE2 header");
    const std::uint16_t shift = u16(bytes, 0x1E);
    if (shift != 9 && shift != 12) damaged("sector size 2^" + std::to_string(shift));
    sector_size_ = 1u << shift;
    const std::uint16_t mini_shift = u16(bytes, 0x20);
    if (mini_shift != 6) damaged("mini sector size 2^" + std::to_string(mini_shift));
    mini_cutoff_ = u32(bytes, 0x38);
    if (mini_cutoff_ != 4096) mini_cutoff_ = 4096;   // the only value the format allows
    if (bytes.size() <= sector_size_) damaged("no sectors after the header");
    // A truncated last sector still counts: its missing bytes read as absent.
    sector_count_ = (bytes.size() - sector_size_ + sector_size_ - 1) / sector_size_;
    const std::uint32_t per_sector = sector_size_ / 4;

    // The DIFAT: 109 FAT sector numbers in the header, then a chain of DIFAT sectors.
    std::vector<std::uint32_t> fat_sectors;
    for (int i = 0; i < 109; ++i) {
        const std::uint32_t s = u32(bytes, 0x4C + 4 * i);
        if (s <= max_regular_sector) fat_sectors.push_back(s);
    }
    std::vector<bool> seen_difat(sector_count_, false);
    for (std::uint32_t difat = u32(bytes, 0x44); difat <= max_regular_sector;) {
        if (difat >= sector_count_ || seen_difat[difat]) damaged("DIFAT chain loops or leaves the file");
        seen_difat[difat] = true;
        const std::string_view sec = slice(bytes, (std::uint64_t(difat) + 1) * sector_size_, sector_size_);
        for (std::uint32_t i = 0; i + 1 < per_sector; ++i) {
            const std::uint32_t s = u32(sec, 4 * i);
            if (s <= max_regular_sector) fat_sectors.push_back(s);
        }
        difat = u32(sec, 4 * (per_sector - 1));
    }
    // Each FAT sector maps per_sector sectors: more FAT sectors than the file needs are junk.
    const std::uint64_t needed = (sector_count_ + per_sector - 1) / per_sector;
    if (fat_sectors.size() > needed) fat_sectors.resize(static_cast<std::size_t>(needed));
    fat_.assign(fat_sectors.size() * per_sector, free_sector);
    for (std::size_t f = 0; f < fat_sectors.size(); ++f) {
        if (fat_sectors[f] >= sector_count_) damaged("FAT sector outside the file");
        const std::string_view sec = slice(bytes, (std::uint64_t(fat_sectors[f]) + 1) * sector_size_, sector_size_);
        for (std::uint32_t i = 0; i < per_sector && 4 * i + 4 <= sec.size(); ++i) fat_[f * per_sector + i] = u32(sec, 4 * i);
    }

    // The directory.
    const auto dir_sectors = chain(u32(bytes, 0x30), fat_, sector_count_, sector_count_);
    if (dir_sectors.empty()) damaged("no directory");
    const std::string dir = read_chain(dir_sectors, std::uint64_t(dir_sectors.size()) * sector_size_);
    for (std::size_t off = 0; off + 128 <= dir.size() && entries_.size() < max_directory_entries; off += 128) {
        const std::string_view e(dir.data() + off, 128);
        entry en;
        en.name = entry_name(e);
        en.type = u8(e, 0x42);
        en.left = u32(e, 0x44);
        en.right = u32(e, 0x48);
        en.child = u32(e, 0x4C);
        en.start = u32(e, 0x74);
        en.size = u32(e, 0x78);
        // Version 3 files may leave junk in the high half of the size.
        if (sector_size_ == 4096) en.size |= std::uint64_t(u32(e, 0x7C)) << 32;
        entries_.push_back(std::move(en));
    }
    if (entries_.empty() || entries_[0].type != root_type) damaged("no root entry");
    index_children();

    // The mini stream (held by the root entry) and its FAT.
    const entry& root = entries_[0];
    if (root.size > 0 && root.start <= max_regular_sector) {
        if (root.size > max_stream_bytes_) throw rejection_error(error_code::too_large, "mini stream over the limit");
        mini_stream_ = read_chain(chain(root.start, fat_, sector_count_, root.size / sector_size_ + 1), root.size);
        const std::uint32_t mini_fat_count = u32(bytes, 0x40);
        const auto mini_fat_sectors = chain(u32(bytes, 0x3C), fat_, sector_count_, std::min<std::uint64_t>(mini_fat_count, sector_count_));
        const std::string mf = read_chain(mini_fat_sectors, std::uint64_t(mini_fat_sectors.size()) * sector_size_);
        mini_fat_.resize(mf.size() / 4);
        for (std::size_t i = 0; i < mini_fat_.size(); ++i) mini_fat_[i] = u32(mf, 4 * i);
    }
}

std::vector<std::uint32_t> compound_file::chain(std::uint32_t start, const std::vector<std::uint32_t>& fat,
                                                std::uint64_t sector_count, std::uint64_t max_sectors) const {
    std::vector<std::uint32_t> out;
    if (start > max_regular_sector) return out;
    std::vector<bool> seen(sector_count, false);
    for (std::uint32_t s = start; s != end_of_chain;) {
        if (s >= sector_count) damaged("a chain leaves the file");
        if (seen[s]) damaged("a sector chain loops");
        seen[s] = true;
        out.push_back(s);
        if (out.size() >= max_sectors) break;
        if (s >= fat.size()) break;   // the FAT does not cover it: the chain ends here
        s = fat[s];
        if (s == free_sector) break;
    }
    return out;
}

std::string compound_file::read_chain(const std::vector<std::uint32_t>& sectors, std::uint64_t size) const {
    std::string out;
    out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(size, std::uint64_t(sectors.size()) * sector_size_)));
    for (const std::uint32_t s : sectors) {
        if (out.size() >= size) break;
        const std::string_view sec = slice(bytes_, (std::uint64_t(s) + 1) * sector_size_, sector_size_);
        out.append(sec.substr(0, static_cast<std::size_t>(std::min<std::uint64_t>(sec.size(), size - out.size()))));
        if (sec.size() < sector_size_) break;   // the file ends inside this sector
    }
    return out;
}

std::string compound_file::read_mini(std::uint32_t start, std::uint64_t size) const {
    const std::uint64_t mini_count = mini_stream_.size() / 64;
    const auto sectors = chain(start, mini_fat_, mini_count, size / 64 + 1);
    std::string out;
    out.reserve(static_cast<std::size_t>(size));
    for (const std::uint32_t s : sectors) {
        if (out.size() >= size) break;
        out.append(mini_stream_, std::size_t(s) * 64, static_cast<std::size_t>(std::min<std::uint64_t>(64, size - out.size())));
    }
    return out;
}

void compound_file::damaged(const std::string& what) const {
    throw rejection_error(damaged_code_, "damaged compound file: " + what);
}

void compound_file::index_children() {
    // Each storage's children form a tree of siblings. Every entry is visited
    // once in the whole walk, so an entry listed in two trees, or a loop, counts once.
    children_.assign(entries_.size(), {});
    std::vector<bool> visited(entries_.size(), false);
    visited[0] = true;
    std::vector<std::uint32_t> storages{0};
    while (!storages.empty()) {
        const std::uint32_t storage = storages.back();
        storages.pop_back();
        auto& listed = children_[storage];
        std::vector<std::uint32_t> pending{entries_[storage].child};
        while (!pending.empty()) {
            const std::uint32_t id = pending.back();
            pending.pop_back();
            if (id == no_stream || id >= entries_.size() || visited[id]) continue;
            visited[id] = true;
            listed.emplace_back(folded(entries_[id].name), id);
            pending.push_back(entries_[id].left);
            pending.push_back(entries_[id].right);
            if (entries_[id].type == storage_type) storages.push_back(id);
        }
        std::sort(listed.begin(), listed.end());
    }
}

const compound_file::entry* compound_file::find(std::string_view path) const {
    std::uint32_t at = 0;   // the root
    while (!path.empty()) {
        if (entries_[at].type != storage_type && entries_[at].type != root_type) return nullptr;
        const auto slash = path.find('/');
        const std::string name = folded(path.substr(0, slash));
        path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
        const auto& listed = children_[at];
        const auto it = std::lower_bound(listed.begin(), listed.end(), name,
                                         [](const auto& child, const std::string& n) { return child.first < n; });
        if (it == listed.end() || it->first != name) return nullptr;
        at = it->second;
    }
    return &entries_[at];
}

bool compound_file::has(std::string_view path) const {
    const entry* e = find(path);
    return e != nullptr && e->type == stream_type;
}

bool compound_file::has_storage(std::string_view path) const {
    const entry* e = find(path);
    return e != nullptr && (e->type == storage_type || e->type == root_type);
}

std::vector<std::string> compound_file::storages(std::string_view path) const {
    const entry* e = find(path);
    std::vector<std::string> out;
    if (e == nullptr || (e->type != storage_type && e->type != root_type)) return out;
    for (const auto& [name, id] : children_[static_cast<std::size_t>(e - entries_.data())])
        if (entries_[id].type == storage_type) out.push_back(entries_[id].name);
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::string> compound_file::read(std::string_view path) const {
    const entry* e = find(path);
    if (e == nullptr || e->type != stream_type) return std::nullopt;
    if (e->size > max_stream_bytes_)
        throw rejection_error(error_code::too_large, "stream " + std::string(path) + " of " + std::to_string(e->size) +
                                                         " bytes is over the limit");
    if (e->size < mini_cutoff_) return read_mini(e->start, e->size);
    return read_chain(chain(e->start, fat_, sector_count_, e->size / sector_size_ + 1), e->size);
}

}  // namespace baocao::plugins
