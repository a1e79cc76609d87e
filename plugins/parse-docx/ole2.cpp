// SPDX-License-Identifier: Apache-2.0
#include "ole2.hpp"

#include <cstdint>
#include <cstring>
#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace baocao::docx {

namespace {

constexpr unsigned char signature[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
constexpr std::uint32_t end_of_chain = 0xFFFFFFFEu;
constexpr std::uint32_t max_sector = 0xFFFFFFFAu;
// A Word or encrypted package directory holds a few dozen entries; these bounds
// keep a hostile FAT from making the walk long.
constexpr int max_directory_sectors = 4096;
constexpr int max_difat_sectors = 4096;

/// Random access to the item's bytes, from memory or from the file.
class byte_reader {
public:
    explicit byte_reader(const item& it) : it_(it) {
        if (!it.in_memory()) file_.open(it.path, std::ios::binary);
    }
    std::uint64_t size() {
        if (it_.in_memory()) return it_.bytes->size();
        if (!file_.is_open()) return 0;
        file_.clear();
        file_.seekg(0, std::ios::end);
        const auto end = file_.tellg();
        return end < 0 ? 0 : static_cast<std::uint64_t>(end);
    }
    bool read(std::uint64_t offset, void* out, std::size_t n) {
        if (it_.in_memory()) {
            const std::string& b = *it_.bytes;
            if (offset > b.size() || b.size() - offset < n) return false;
            std::memcpy(out, b.data() + offset, n);
            return true;
        }
        if (!file_.is_open()) return false;
        file_.clear();
        file_.seekg(static_cast<std::streamoff>(offset));
        file_.read(static_cast<char*>(out), static_cast<std::streamsize>(n));
        return file_.gcount() == static_cast<std::streamsize>(n);
    }

private:
    const item& it_;
    std::ifstream file_;
};

std::uint32_t le32(const unsigned char* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}
std::uint16_t le16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }

std::string utf16_name(const unsigned char* p, std::size_t bytes) {
    std::string out;
    for (std::size_t i = 0; i + 1 < bytes; i += 2) {
        const std::uint16_t c = le16(p + i);
        if (c == 0) break;
        out.push_back(c < 0x80 ? static_cast<char>(c) : '?');
    }
    return out;
}

struct directory_scan {
    bool encryption_info = false;
    bool encrypted_package = false;
    bool word_document = false;
    void see(const std::string& name) {
        if (name == "EncryptionInfo") encryption_info = true;
        else if (name == "EncryptedPackage") encrypted_package = true;
        else if (name == "WordDocument") word_document = true;
    }
};

/// Follows the directory chain through the FAT; nullopt when the structure is damaged.
std::optional<directory_scan> walk_directory(byte_reader& in) {
    unsigned char header[512];
    if (!in.read(0, header, sizeof header) || std::memcmp(header, signature, 8) != 0) return std::nullopt;
    const std::uint16_t shift = le16(header + 0x1E);
    if (shift != 9 && shift != 12) return std::nullopt;
    const std::uint32_t sector_size = 1u << shift;
    const std::uint32_t per_sector = sector_size / 4;
    auto sector_offset = [&](std::uint32_t s) { return (std::uint64_t(s) + 1) * sector_size; };

    // The DIFAT: 109 FAT sector numbers in the header, then a chain of DIFAT sectors.
    std::vector<std::uint32_t> fat_sectors;
    for (int i = 0; i < 109; ++i) {
        const std::uint32_t s = le32(header + 0x4C + 4 * i);
        if (s <= max_sector) fat_sectors.push_back(s);
    }
    std::uint32_t difat = le32(header + 0x44);
    std::vector<unsigned char> sector(sector_size);
    for (int n = 0; difat <= max_sector && n < max_difat_sectors; ++n) {
        if (!in.read(sector_offset(difat), sector.data(), sector_size)) return std::nullopt;
        for (std::uint32_t i = 0; i + 1 < per_sector; ++i) {
            const std::uint32_t s = le32(sector.data() + 4 * i);
            if (s <= max_sector) fat_sectors.push_back(s);
        }
        difat = le32(sector.data() + 4 * (per_sector - 1));
    }

    auto next_of = [&](std::uint32_t s) -> std::optional<std::uint32_t> {
        const std::uint32_t fat_index = s / per_sector;
        if (fat_index >= fat_sectors.size()) return std::nullopt;
        unsigned char entry[4];
        if (!in.read(sector_offset(fat_sectors[fat_index]) + 4ull * (s % per_sector), entry, 4)) return std::nullopt;
        return le32(entry);
    };

    directory_scan scan;
    std::uint32_t dir = le32(header + 0x30);
    int count = 0;
    while (dir != end_of_chain) {
        if (dir > max_sector || ++count > max_directory_sectors) return std::nullopt;
        if (!in.read(sector_offset(dir), sector.data(), sector_size)) return std::nullopt;
        for (std::uint32_t e = 0; e + 128 <= sector_size; e += 128) {
            const unsigned char* entry = sector.data() + e;
            const std::uint16_t name_bytes = le16(entry + 0x40);
            if (name_bytes == 0 || name_bytes > 64) continue;
            scan.see(utf16_name(entry, name_bytes));
        }
        const auto next = next_of(dir);
        if (!next) return std::nullopt;
        dir = *next;
    }
    return scan;
}

/// Searches the first bytes for a UTF-16LE stream name, when the directory cannot be walked.
bool contains_utf16(byte_reader& in, std::uint64_t limit, std::string_view ascii) {
    std::string needle;
    for (char c : ascii) {
        needle.push_back(c);
        needle.push_back('\0');
    }
    constexpr std::size_t block = 64 * 1024;
    const std::uint64_t end = std::min(limit, in.size());
    std::string buf;
    std::string carry;
    for (std::uint64_t off = 0; off < end; off += block) {
        const std::size_t got = static_cast<std::size_t>(std::min<std::uint64_t>(block, end - off));
        buf.assign(got, '\0');
        if (!in.read(off, buf.data(), got)) break;
        const std::string hay = carry + buf;
        if (hay.find(needle) != std::string::npos) return true;
        carry = hay.substr(hay.size() > needle.size() ? hay.size() - needle.size() : 0);
    }
    return false;
}

}  // namespace

bool is_ole2(std::string_view head) {
    return head.size() >= 8 && std::memcmp(head.data(), signature, 8) == 0;
}

ole2_kind classify_ole2(const item& it) {
    byte_reader in(it);
    if (const auto scan = walk_directory(in)) {
        if (scan->encrypted_package || scan->encryption_info) return ole2_kind::encrypted_ooxml;
        if (scan->word_document) return ole2_kind::word_binary;
        return ole2_kind::other;
    }
    constexpr std::uint64_t search_limit = 4ull << 20;
    if (contains_utf16(in, search_limit, "EncryptedPackage")) return ole2_kind::encrypted_ooxml;
    if (contains_utf16(in, search_limit, "WordDocument")) return ole2_kind::word_binary;
    return ole2_kind::other;
}

}  // namespace baocao::docx
