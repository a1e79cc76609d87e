// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writing RAR archives for tests, with their files stored (method "store"),
// in the two layouts WinRAR writes: RAR 4 (RAR 2.9 format, WinRAR before 5.0
// and its "RAR4" option) and RAR 5. No free program writes RAR, so the
// fixtures are built here from the format's published layout: a signature,
// then blocks, each with its CRC.

#include <zlib.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace baocao::testing {

/// One file of a test archive: its name (UTF-8, "/" between folders) and bytes.
struct rar_file {
    std::string name;
    std::string data;
    bool encrypted = false;    ///< marks the file's data encrypted (RAR 4: the password flag; RAR 5: an encryption record), the bytes left as given
    bool continued = false;    ///< the file goes on in the next volume (a part of a multi-volume set)
    bool solid = false;        ///< RAR 4: the file continues the solid stream of the files before it
};

namespace rar_detail {

inline std::uint32_t crc32_of(std::string_view s) {
    return static_cast<std::uint32_t>(::crc32(0L, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

inline void put_le(std::string& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

/// RAR 5's variable-length integer: seven bits a byte, low bits first.
inline void put_vint(std::string& out, std::uint64_t v) {
    do {
        unsigned char b = v & 0x7F;
        v >>= 7;
        if (v != 0) b |= 0x80;
        out.push_back(static_cast<char>(b));
    } while (v != 0);
}

/// A RAR 5 block: CRC32 of (size + body), the body's size as a vint, the body.
inline void put_rar5_block(std::string& out, const std::string& body) {
    std::string sized;
    put_vint(sized, body.size());
    sized += body;
    put_le(out, crc32_of(sized), 4);
    out += sized;
}

}  // namespace rar_detail

/// A RAR 5 archive of `files`, each stored. `volume` marks the archive as a
/// volume of a multi-volume set.
inline std::string rar5_archive(const std::vector<rar_file>& files, bool volume = false) {
    using namespace rar_detail;
    std::string out("Rar!\x1A\x07\x01\x00", 8);
    {
        std::string main;
        put_vint(main, 1);                // header type: main archive header
        put_vint(main, 0);                // header flags
        put_vint(main, volume ? 0x1 : 0); // archive flags: 0x1 volume
        put_rar5_block(out, main);
    }
    for (const rar_file& f : files) {
        std::string extra;
        if (f.encrypted) {
            // File encryption record (type 1): version 0 (AES-256), flags 0,
            // KDF count 15, a 16-byte salt and a 16-byte IV.
            std::string record;
            put_vint(record, 1);
            put_vint(record, 0);
            put_vint(record, 0);
            record.push_back(15);
            record.append(32, '\x5A');
            put_vint(extra, record.size());
            extra += record;
        }
        std::string body;
        put_vint(body, 2);                                  // header type: file header
        put_vint(body, 0x2 | (extra.empty() ? 0 : 0x1) | (f.continued ? 0x10 : 0));  // data area (+ extra area, + continues)
        if (!extra.empty()) put_vint(body, extra.size());
        put_vint(body, f.data.size());                      // data size
        put_vint(body, 0x4);                                // file flags: CRC32 present
        put_vint(body, f.data.size());                      // unpacked size
        put_vint(body, 0x20);                               // attributes: archive
        put_le(body, crc32_of(f.data), 4);                  // data CRC32
        put_vint(body, 0);                                  // compression: version 0, store, not solid
        put_vint(body, 0);                                  // host OS: Windows
        put_vint(body, f.name.size());
        body += f.name;
        body += extra;
        put_rar5_block(out, body);
        out += f.data;
    }
    std::string end;
    put_vint(end, 5);   // end of archive
    put_vint(end, 0);
    put_vint(end, 0);
    put_rar5_block(out, end);
    return out;
}

/// A RAR 4 archive of `files`, each stored. Names are written as given
/// (RAR 4 keeps names in the writer's code page unless flagged Unicode).
inline std::string rar4_archive(const std::vector<rar_file>& files) {
    using namespace rar_detail;
    std::string out("Rar!\x1A\x07\x00", 7);
    auto put_block = [&](std::string body) {   // body from HEAD_TYPE on; the size field is filled here
        // HEAD_TYPE(1) HEAD_FLAGS(2) HEAD_SIZE(2) ...: the size counts the CRC too.
        const std::uint16_t size = static_cast<std::uint16_t>(body.size() + 2);
        body[3] = static_cast<char>(size & 0xFF);
        body[4] = static_cast<char>(size >> 8);
        put_le(out, crc32_of(body) & 0xFFFF, 2);
        out += body;
    };
    {
        std::string main;
        main.push_back(0x73);          // archive header
        put_le(main, 0, 2);            // flags
        put_le(main, 0, 2);            // size, filled in
        put_le(main, 0, 2);            // reserved
        put_le(main, 0, 4);
        put_block(main);
    }
    for (const rar_file& f : files) {
        std::string body;
        body.push_back(0x74);                                  // file header
        put_le(body, 0x8000 | (f.continued ? 0x02 : 0) | (f.encrypted ? 0x04 : 0) | (f.solid ? 0x10 : 0), 2);  // LONG_BLOCK (data follows), split after, password, solid
        put_le(body, 0, 2);                                    // size, filled in
        put_le(body, f.data.size(), 4);                        // packed size
        put_le(body, f.data.size(), 4);                        // unpacked size
        body.push_back(2);                                     // host OS: Windows
        put_le(body, crc32_of(f.data), 4);
        put_le(body, (33u << 25) | (9u << 21) | (18u << 16) | (10u << 11), 4);  // 2013-09-18 10:00, DOS time
        body.push_back(29);                                    // version needed: 2.9
        body.push_back(0x30);                                  // method: store
        put_le(body, f.name.size(), 2);
        put_le(body, 0x20, 4);                                 // attributes: archive
        body += f.name;
        put_block(body);
        out += f.data;
    }
    std::string end;
    end.push_back(0x7B);
    put_le(end, 0x4000, 2);
    put_le(end, 0, 2);
    put_block(end);
    return out;
}

}  // namespace baocao::testing
