// SPDX-License-Identifier: Apache-2.0
// Zip records are written by hand (APPNOTE 4.3.7 and 4.3.12) so tests can
// state sizes, CRCs and offsets that a real archiver would never write.
#include "raw_zip.hpp"

#include <zlib.h>

#include <fstream>
#include <stdexcept>

namespace baocao::hostile {

namespace {
void put16(std::string& out, std::uint16_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>(v >> 8);
}
void put32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

std::string local_header(const std::string& name, std::uint16_t method, std::uint32_t crc, std::uint32_t csize,
                         std::uint32_t usize, bool utf8) {
    std::string h;
    put32(h, 0x04034b50);
    put16(h, 20);
    put16(h, utf8 ? 0x0800 : 0);
    put16(h, method);
    put16(h, 0);       // time
    put16(h, 0x4721);  // date: 2015-09-01
    put32(h, crc);
    put32(h, csize);
    put32(h, usize);
    put16(h, static_cast<std::uint16_t>(name.size()));
    put16(h, 0);
    h += name;
    return h;
}
}  // namespace

void raw_zip::add(const std::string& name, const std::string& data, const entry_options& opt) {
    bool done = false;
    add_streamed(
        name,
        [&](std::string& chunk) {
            if (done) return false;
            chunk = data;
            done = true;
            return true;
        },
        opt);
}

void raw_zip::add_streamed(const std::string& name, const chunk_source& source, const entry_options& opt) {
    std::string body;
    std::uint32_t crc = static_cast<std::uint32_t>(crc32(0, nullptr, 0));
    std::uint64_t total = 0;
    z_stream zs{};
    if (opt.deflate && deflateInit2(&zs, opt.level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::string chunk;
    char out[1 << 16];
    auto pump = [&](int flush) {
        do {
            zs.next_out = reinterpret_cast<Bytef*>(out);
            zs.avail_out = sizeof out;
            deflate(&zs, flush);
            body.append(out, sizeof out - zs.avail_out);
        } while (zs.avail_out == 0);
    };
    while (source(chunk)) {
        crc = static_cast<std::uint32_t>(crc32(crc, reinterpret_cast<const Bytef*>(chunk.data()),
                                               static_cast<uInt>(chunk.size())));
        total += chunk.size();
        if (opt.deflate) {
            zs.next_in = reinterpret_cast<Bytef*>(chunk.data());
            zs.avail_in = static_cast<uInt>(chunk.size());
            pump(Z_NO_FLUSH);
        } else {
            body += chunk;
        }
    }
    if (opt.deflate) {
        zs.next_in = nullptr;
        zs.avail_in = 0;
        pump(Z_FINISH);
        deflateEnd(&zs);
    }
    record r{name,
             static_cast<std::uint16_t>(opt.deflate ? 8 : 0),
             opt.declared_crc.value_or(crc),
             static_cast<std::uint32_t>(body.size()),
             opt.declared_size.value_or(static_cast<std::uint32_t>(total)),
             static_cast<std::uint32_t>(data_.size()),
             opt.utf8_flag};
    data_ += local_header(r.name, r.method, r.crc, r.compressed, r.uncompressed, r.utf8);
    data_ += body;
    records_.push_back(r);
}

void raw_zip::alias(std::size_t index, const std::string& name) {
    record r = records_.at(index);
    r.name = name;
    records_.push_back(r);
}

std::string raw_zip::finish() const {
    std::string out = data_;
    const auto cd_start = static_cast<std::uint32_t>(out.size());
    for (const auto& r : records_) {
        put32(out, 0x02014b50);
        put16(out, 20);
        put16(out, 20);
        put16(out, r.utf8 ? 0x0800 : 0);
        put16(out, r.method);
        put16(out, 0);
        put16(out, 0x4721);
        put32(out, r.crc);
        put32(out, r.compressed);
        put32(out, r.uncompressed);
        put16(out, static_cast<std::uint16_t>(r.name.size()));
        put16(out, 0);
        put16(out, 0);
        put16(out, 0);
        put16(out, 0);
        put32(out, 0);
        put32(out, r.offset);
        out += r.name;
    }
    const auto cd_size = static_cast<std::uint32_t>(out.size() - cd_start);
    const bool zip64 = records_.size() >= 0xFFFF;
    if (zip64) {
        // More entries than 16 bits count: the ZIP64 end record and its locator (APPNOTE 4.3.14, 4.3.15).
        auto put64 = [&](std::uint64_t v) {
            put32(out, static_cast<std::uint32_t>(v));
            put32(out, static_cast<std::uint32_t>(v >> 32));
        };
        const std::uint64_t record_at = out.size();
        put32(out, 0x06064b50);
        put64(44);
        put16(out, 45);
        put16(out, 45);
        put32(out, 0);
        put32(out, 0);
        put64(records_.size());
        put64(records_.size());
        put64(cd_size);
        put64(cd_start);
        put32(out, 0x07064b50);
        put32(out, 0);
        put64(record_at);
        put32(out, 1);
    }
    const auto count = static_cast<std::uint16_t>(zip64 ? 0xFFFF : records_.size());
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, count);
    put16(out, count);
    put32(out, cd_size);
    put32(out, cd_start);
    put16(out, 0);
    return out;
}

void raw_zip::write(const std::string& path) const {
    std::ofstream(path, std::ios::binary) << finish();
}

std::string paragraph_xml(const std::string& text) {
    std::string escaped;
    for (char c : text) {
        switch (c) {
            case '&': escaped += "&amp;"; break;
            case '<': escaped += "&lt;"; break;
            case '>': escaped += "&gt;"; break;
            default: escaped += c;
        }
    }
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r></w:p>";
}

namespace {
const char* const content_types =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "</Types>";
const char* const package_rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/></Relationships>";
}  // namespace

std::string alt_chunk_docx(const std::string& part, const std::string& content_type, const std::string& bytes) {
    std::string types = content_types;
    types.insert(types.rfind("</Types>"), "<Override PartName=\"/word/" + part + "\" ContentType=\"" + content_type + "\"/>");
    raw_zip z;
    z.add("[Content_Types].xml", types);
    z.add("_rels/.rels", package_rels);
    z.add("word/_rels/document.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"altChunk1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" Target=\"" +
              part + "\"/></Relationships>");
    z.add("word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
          "<w:altChunk r:id=\"altChunk1\"/><w:sectPr/></w:body></w:document>");
    z.add("word/" + part, bytes);
    return z.finish();
}

std::string minimal_docx(const std::string& body_xml) {
    raw_zip z;
    z.add("[Content_Types].xml", content_types);
    z.add("_rels/.rels", package_rels);
    z.add("word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
              body_xml + "</w:body></w:document>");
    return z.finish();
}

}  // namespace baocao::hostile
