// SPDX-License-Identifier: Apache-2.0
// The RAR layouts read here: RAR 4 (the RAR 2.9 format: blocks of a CRC16, a
// type byte, flags and a size) and RAR 5 (blocks of a CRC32 and variable-length
// integers: header size, type, flags, then the type's fields).
#include "rar_blocks.hpp"

namespace baocao::plugins {

namespace {

constexpr std::size_t rar5_signature_size = 8;
constexpr std::uint64_t rar5_max_header = 2u << 20;   // the format's own limit on a header
constexpr std::size_t rar5_max_blocks = 1u << 20;

/// Reads RAR 5's variable-length integers (seven bits a byte, low bits first) from a header.
class vint_reader {
public:
    explicit vint_reader(std::string_view bytes) : bytes_(bytes) {}

    std::uint64_t next() {
        std::uint64_t v = 0;
        for (unsigned shift = 0; shift < 70; shift += 7) {
            if (at_ >= bytes_.size()) {
                ok_ = false;
                return 0;
            }
            const unsigned b = static_cast<unsigned char>(bytes_[at_++]);
            if (shift < 64) v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        ok_ = false;
        return 0;
    }
    void skip(std::uint64_t n) {
        if (n > bytes_.size() - at_) ok_ = false, at_ = bytes_.size();
        else at_ += static_cast<std::size_t>(n);
    }
    std::string_view take(std::uint64_t n) {
        if (n > bytes_.size() - at_) {
            ok_ = false;
            return {};
        }
        const std::string_view s = bytes_.substr(at_, static_cast<std::size_t>(n));
        at_ += static_cast<std::size_t>(n);
        return s;
    }
    std::size_t position() const { return at_; }
    bool ok() const { return ok_; }

private:
    std::string_view bytes_;
    std::size_t at_ = 0;
    bool ok_ = true;
};

}  // namespace

bool rar_head_is_volume(std::string_view head) {
    const auto byte = [&](std::size_t i) { return i < head.size() ? static_cast<unsigned char>(head[i]) : 0u; };
    if (head.size() >= 8 && byte(6) == 0x00) {
        // RAR 4: CRC16, type 0x73 (archive header), flags (0x0001: volume).
        return byte(9) == 0x73 && (byte(10) & 0x01) != 0;
    }
    // RAR 5: CRC32, header size, type 1 (main), header flags, [extra area
    // size], [data size], archive flags (0x0001: volume).
    vint_reader r(head.size() > 12 ? head.substr(12) : std::string_view());
    r.next();
    if (r.next() != 1) return false;
    const std::uint64_t flags = r.next();
    if (flags & 0x1) r.next();
    if (flags & 0x2) r.next();
    return r.ok() && (r.next() & 0x1) != 0;
}

bool rar_tail_has_end_block(std::string_view tail) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(tail[i]); };
    // RAR 5: CRC32, then the header's size (3), type 5 (end of archive), flags, end flags.
    if (tail.size() >= 8 && byte(tail.size() - 4) == 3 && byte(tail.size() - 3) == 5) return true;
    // RAR 4: CRC16, type 0x7B, flags, then a size that reaches the end exactly (7, or more with
    // the optional archive CRC and volume number).
    for (std::size_t at = tail.size() >= 32 ? tail.size() - 32 : 0; at + 7 <= tail.size(); ++at)
        if (byte(at + 2) == 0x7B && byte(at + 5) + 256u * byte(at + 6) == tail.size() - at) return true;
    return false;
}

std::set<std::string> rar5_encrypted_files(const archive_bytes_at& read, std::uint64_t size) {
    std::set<std::string> out;
    if (read(0, rar5_signature_size) != std::string_view("Rar!\x1A\x07\x01\x00", rar5_signature_size)) return out;
    std::uint64_t at = rar5_signature_size;
    for (std::size_t block = 0; block < rar5_max_blocks && at + 5 <= size; ++block) {
        // CRC32, then the header's size as a vint of at most three bytes (2 MiB).
        const std::string lead = read(at + 4, 3);
        vint_reader sized(lead);
        const std::uint64_t header_size = sized.next();
        if (!sized.ok() || header_size == 0 || header_size > rar5_max_header) return out;
        const std::uint64_t header_at = at + 4 + sized.position();
        const std::string header = read(header_at, static_cast<std::size_t>(header_size));
        if (header.size() != header_size) return out;
        vint_reader h(header);
        const std::uint64_t type = h.next();
        const std::uint64_t flags = h.next();
        const std::uint64_t extra_size = (flags & 0x1) ? h.next() : 0;
        const std::uint64_t data_size = (flags & 0x2) ? h.next() : 0;
        if (!h.ok() || data_size > size) return out;
        if (type == 4 || type == 5) return out;   // encrypted headers follow, or the end
        if (type == 2) {
            const std::uint64_t file_flags = h.next();
            h.next();                               // unpacked size
            h.next();                               // attributes
            if (file_flags & 0x2) h.skip(4);        // modification time
            if (file_flags & 0x4) h.skip(4);        // data CRC32
            h.next();                               // compression information
            h.next();                               // host OS
            const std::string_view name = h.take(h.next());
            if (!h.ok() || extra_size > header_size - h.position()) return out;
            // The extra area: records of a size, then a type and its fields; type 1 is file encryption.
            const std::string_view area = std::string_view(header).substr(static_cast<std::size_t>(header_size - extra_size));
            for (std::size_t record = 0; record < area.size();) {
                vint_reader r(area.substr(record));
                const std::uint64_t record_size = r.next();
                const std::size_t fields_at = r.position();
                if (r.next() == 1 && r.ok()) {
                    out.emplace(name);
                    break;
                }
                if (!r.ok() || record_size == 0 || record_size > area.size() - record - fields_at) break;
                record += fields_at + static_cast<std::size_t>(record_size);
            }
        }
        const std::uint64_t next = header_at + header_size + data_size;
        if (next <= at) return out;
        at = next;
    }
    return out;
}

}  // namespace baocao::plugins
