// SPDX-License-Identifier: Apache-2.0
#include "zip_package.hpp"

#include "whole_inflate.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>

#include <unistd.h>

#include <zip.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <vector>

namespace baocao::plugins {

namespace {

// Ratios are only meaningful once a part is big: a 20 KB run of spaces that
// deflates to 60 bytes is harmless, a 2 GB one is the attack.
constexpr std::uint64_t ratio_floor = 1ull << 20;
constexpr std::size_t chunk_size = 64 * 1024;
// Deflated parts up to this size are inflated whole (whole_inflate.hpp); larger
// ones stream through libzip, so that memory never holds a big part at once.
constexpr std::uint64_t whole_part_limit = 8ull << 20;

std::string zip_message(int code) {
    zip_error_t err;
    zip_error_init_with_code(&err, code);
    std::string msg = zip_error_strerror(&err);
    zip_error_fini(&err);
    return msg;
}

[[noreturn]] void fail_open(int code, const item& it) {
    // The input is already open (its bytes in memory, or its descriptor handed to libzip):
    // libzip's "no such file" or "can't open" is about the archive's directory, not the file.
    if (code == ZIP_ER_READ) throw rejection_error(error_code::unreadable, "cannot read " + it.name + ": " + zip_message(code));
    if (code == ZIP_ER_MEMORY)
        throw rejection_error(error_code::too_large, "not enough memory to open the package");
    throw rejection_error(error_code::corrupt_zip, "not a readable zip archive: " + zip_message(code));
}

std::uint32_t le32(const unsigned char* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}
std::uint16_t le16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }

/// The bytes [offset, offset + n) of a file on disk, "" when out of range.
std::string read_file_range(const item& it, std::uint64_t offset, std::uint64_t n) {
    std::ifstream in(it.path, std::ios::binary);
    if (!in) return {};
    in.seekg(static_cast<std::streamoff>(offset));
    std::string out(static_cast<std::size_t>(n), '\0');
    in.read(out.data(), static_cast<std::streamsize>(n));
    out.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return out;
}

/// The bytes [offset, offset + n) of the item, "" when out of range: a view
/// into the item when it is in memory, else read into `storage`.
std::string_view read_range(const item& it, std::uint64_t offset, std::uint64_t n, std::string& storage) {
    if (it.in_memory()) {
        const std::string_view b = *it.bytes;
        if (offset > b.size()) return {};
        return b.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(std::min<std::uint64_t>(n, b.size() - offset)));
    }
    storage = read_file_range(it, offset, n);
    return storage;
}

/// Info-ZIP Unicode Path fields (0x7075) give an entry a second name. libzip
/// may go by either, other readers by the other: an ASCII name needs no
/// Unicode alias, and an alias that differs from it is the name-confusion
/// trick (one reader sees the decoy, another the real part), so it is refused.
void check_name_aliases(const item& it, std::uint64_t size) {
    const std::uint64_t tail = std::min<std::uint64_t>(size, 65535 + 22);
    std::string end_storage, cd_storage;
    const std::string_view end = read_range(it, size - tail, tail, end_storage);
    const auto eocd = end.rfind(std::string("PK\x05\x06", 4));
    if (eocd == std::string::npos || end.size() - eocd < 22) return;
    const auto* e = reinterpret_cast<const unsigned char*>(end.data() + eocd);
    const std::uint32_t cd_size = le32(e + 12);
    const std::uint32_t cd_offset = le32(e + 16);
    if (cd_offset == 0xFFFFFFFFu || cd_size == 0xFFFFFFFFu || cd_size > (64u << 20)) return;
    const std::string_view cd = read_range(it, cd_offset, cd_size, cd_storage);
    std::size_t pos = 0;
    while (pos + 46 <= cd.size() && cd.compare(pos, 4, "PK\x01\x02", 4) == 0) {
        const auto* h = reinterpret_cast<const unsigned char*>(cd.data() + pos);
        const std::size_t name_len = le16(h + 28), extra_len = le16(h + 30), comment_len = le16(h + 32);
        if (pos + 46 + name_len + extra_len > cd.size()) return;
        const std::string_view name(cd.data() + pos + 46, name_len);
        const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        std::size_t x = pos + 46 + name_len;
        const std::size_t x_end = x + extra_len;
        while (x + 4 <= x_end) {
            const std::uint16_t id = le16(reinterpret_cast<const unsigned char*>(cd.data() + x));
            const std::uint16_t len = le16(reinterpret_cast<const unsigned char*>(cd.data() + x + 2));
            if (x + 4 + len > x_end) break;
            if (id == 0x7075 && len > 5 && ascii) {
                const std::string_view alias(cd.data() + x + 4 + 5, len - 5u);
                if (alias != name)
                    throw rejection_error(error_code::corrupt_zip, "the zip entry " + std::string(name) +
                                                                       " also claims the name " + std::string(alias));
            }
            x += 4u + len;
        }
        pos += 46 + name_len + extra_len + comment_len;
    }
}

struct file_closer {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

zip_package::zip_package(const item& it, const baocao::limits& lim) : limits_(lim) {
    // No ZIP_CHECKCONS: it refuses packages with gaps between entries that Word
    // and every other reader open; damage still shows as a CRC or inflate error.
    const int flags = ZIP_RDONLY;
    if (it.in_memory()) {
        const std::string& bytes = *it.bytes;
        if (bytes.size() > limits_.max_input_bytes)
            throw rejection_error(error_code::too_large, "input larger than the configured limit");
        zip_error_t err;
        zip_error_init(&err);
        zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
        if (!src) {
            const int code = zip_error_code_zip(&err);
            zip_error_fini(&err);
            fail_open(code, it);
        }
        archive_ = zip_open_from_source(src, flags, &err);
        if (!archive_) {
            zip_source_free(src);
            const int code = zip_error_code_zip(&err);
            zip_error_fini(&err);
            fail_open(code, it);
        }
        zip_error_fini(&err);
    } else {
        if (it.size() > limits_.max_input_bytes)
            throw rejection_error(error_code::too_large, "input larger than the configured limit");
        int code = 0;
        // zip_fdopen closes the descriptor once the archive is open; on failure it stays ours.
        const int fd = open_regular_file(it.path).release();
        archive_ = zip_fdopen(fd, flags, &code);
        if (!archive_) {
            ::close(fd);
            fail_open(code, it);
        }
    }
    try {
        check_name_aliases(it, it.in_memory() ? it.bytes->size() : it.size());
        index_entries();
    } catch (...) {
        zip_discard(archive_);
        archive_ = nullptr;
        throw;
    }
}

zip_package::~zip_package() {
    if (archive_) zip_discard(archive_);
}

void zip_package::index_entries() {
    const zip_int64_t n = zip_get_num_entries(archive_, 0);
    if (n < 0) throw rejection_error(error_code::corrupt_zip, "cannot read the zip directory");
    if (static_cast<std::uint64_t>(n) > limits_.max_zip_entries)
        throw rejection_error(error_code::zip_bomb, "the package has " + std::to_string(n) +
                                                        " entries, more than the limit of " +
                                                        std::to_string(limits_.max_zip_entries));
    index_.reserve(static_cast<std::size_t>(n));
    std::uint64_t declared_total = 0;
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive_, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            throw rejection_error(error_code::corrupt_zip, "unreadable entry in the zip directory");
        if (st.valid & ZIP_STAT_SIZE) {
            declared_total += st.size;
            if (declared_total > limits_.max_total_inflated)
                throw rejection_error(error_code::zip_bomb,
                                      "the entries declare more inflated bytes than the limit allows");
        }
        std::string_view name = st.name;
        while (!name.empty() && name.front() == '/') name.remove_prefix(1);
        if (name.empty() || name.back() == '/') continue;   // directory entries
        // OPC part names are case-insensitive and unique; two entries that
        // answer to one name make the package ambiguous, a known confusion attack.
        if (!index_.emplace(ascii_lower(name), static_cast<std::uint64_t>(i)).second)
            throw rejection_error(error_code::corrupt_zip,
                                  "two zip entries are named " + std::string(name));
    }
}

std::optional<std::uint64_t> zip_package::find_entry(std::string_view part_name) const {
    while (!part_name.empty() && part_name.front() == '/') part_name.remove_prefix(1);
    const auto found = index_.find(ascii_lower(part_name));
    if (found == index_.end()) return std::nullopt;
    return found->second;
}

bool zip_package::has(std::string_view part_name) const { return find_entry(part_name).has_value(); }

std::string zip_package::fingerprint(std::string_view part_name, std::size_t max_stored) {
    const auto entry = find_entry(part_name);
    if (!entry) return {};
    zip_stat_t st;
    zip_stat_init(&st);
    constexpr zip_uint64_t needed = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD;
    if (zip_stat_index(archive_, *entry, 0, &st) != 0 || (st.valid & needed) != needed) return {};
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) return {};
    if (st.comp_size > max_stored) return {};
    std::string key;
    key.reserve(24 + static_cast<std::size_t>(st.comp_size));
    key.append(std::to_string(st.comp_method)).append(":").append(std::to_string(st.crc)).append(":");
    key.append(std::to_string(st.size)).append(":");
    const std::size_t header = key.size();
    key.resize(header + static_cast<std::size_t>(st.comp_size));
    if (!read_stored(*entry, st.comp_size, key.data() + header)) return {};
    return key;
}

bool zip_package::read_stored(std::uint64_t entry, std::uint64_t size, char* into) {
    std::unique_ptr<zip_file_t, file_closer> file(zip_fopen_index(archive_, entry, ZIP_FL_COMPRESSED));
    if (!file) return false;
    const zip_int64_t got = zip_fread(file.get(), into, size);
    return got >= 0 && static_cast<zip_uint64_t>(got) == size;
}

void zip_package::read(std::string_view part_name, const chunk_sink& sink) {
    while (!part_name.empty() && part_name.front() == '/') part_name.remove_prefix(1);
    const auto entry = find_entry(part_name);
    if (!entry) throw rejection_error(error_code::not_docx, "missing part " + std::string(part_name));
    const zip_uint64_t idx = *entry;
    const std::string name(part_name);

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive_, idx, 0, &st) != 0)
        throw rejection_error(error_code::corrupt_zip, "cannot read the zip entry " + name);
    const bool has_size = (st.valid & ZIP_STAT_SIZE) != 0;
    const std::uint64_t comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw rejection_error(error_code::encrypted, "the zip entry " + name + " is encrypted");
    if (has_size) {
        if (st.size > limits_.max_part_bytes)
            throw rejection_error(error_code::zip_bomb, name + " declares " + std::to_string(st.size) +
                                                            " bytes, more than the part limit");
        if (st.size > ratio_floor && st.size / (comp ? comp : 1) > limits_.max_compression_ratio)
            throw rejection_error(error_code::zip_bomb, name + " declares a compression ratio above " +
                                                            std::to_string(limits_.max_compression_ratio));
    }

    if (read_whole(idx, st, sink)) return;

    std::unique_ptr<zip_file_t, file_closer> file(zip_fopen_index(archive_, idx, 0));
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive_));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            throw rejection_error(error_code::encrypted, "the zip entry " + name + " is encrypted");
        throw rejection_error(error_code::corrupt_zip, "cannot open the zip entry " + name + ": " + zip_message(code));
    }

    // Uninitialized: zeroing 64 KiB for each of a package's parts shows in the profile.
    const std::unique_ptr<char[]> buffer(new char[chunk_size]);
    std::uint64_t inflated = 0;
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), buffer.get(), chunk_size);
        if (got < 0) {
            const int code = zip_error_code_zip(zip_file_get_error(file.get()));
            throw rejection_error(error_code::corrupt_zip, "damaged data in " + name + ": " + zip_message(code));
        }
        if (got == 0) break;
        inflated += static_cast<std::uint64_t>(got);
        total_inflated_ += static_cast<std::uint64_t>(got);
        // The central directory can lie: what counts is what inflates.
        if (has_size && inflated > st.size)
            throw rejection_error(error_code::zip_bomb, name + " inflates past its declared size");
        if (inflated > limits_.max_part_bytes)
            throw rejection_error(error_code::zip_bomb, name + " inflates past the part limit");
        if (total_inflated_ > limits_.max_total_inflated)
            throw rejection_error(error_code::zip_bomb, "the package inflates past the total limit");
        if (inflated > ratio_floor && inflated / (comp ? comp : 1) > limits_.max_compression_ratio)
            throw rejection_error(error_code::zip_bomb, name + " inflates with a ratio above " +
                                                            std::to_string(limits_.max_compression_ratio));
        sink(buffer.get(), static_cast<std::size_t>(got));
    }
}

bool zip_package::read_whole(std::uint64_t entry, const struct zip_stat& st, const chunk_sink& sink) {
    constexpr zip_uint64_t needed = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD;
    if ((st.valid & needed) != needed || st.comp_method != ZIP_CM_DEFLATE || st.size == 0 || st.size > whole_part_limit ||
        st.comp_size > whole_part_limit)
        return false;
    deflated_.resize(static_cast<std::size_t>(st.comp_size));
    if (!read_stored(entry, st.comp_size, deflated_.data())) return false;
    if (!inflate_whole(deflated_, st.size, st.crc, inflated_)) return false;
    // The part inflated to its declared size, which read() has checked against
    // the part limit and the ratio; the package's total is checked here.
    total_inflated_ += st.size;
    if (total_inflated_ > limits_.max_total_inflated)
        throw rejection_error(error_code::zip_bomb, "the package inflates past the total limit");
    for (std::size_t at = 0; at < inflated_.size(); at += chunk_size)
        sink(inflated_.data() + at, std::min(chunk_size, inflated_.size() - at));
    return true;
}

}  // namespace baocao::plugins
