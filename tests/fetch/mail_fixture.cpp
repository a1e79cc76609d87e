// SPDX-License-Identifier: Apache-2.0
#include "mail_fixture.hpp"

#include <Poco/Base64Encoder.h>

#include <array>
#include <cstdint>
#include <sstream>
#include <vector>

namespace baocao::testing {

namespace {

std::uint32_t crc32(const std::string& data) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void put16(std::string& out, std::uint16_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>(v >> 8);
}
void put32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

/// A zip with stored (uncompressed) entries.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out, central;
    for (const auto& [name, data] : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        const std::uint32_t crc = crc32(data);
        std::string common;
        put16(common, 20);  // version needed
        put16(common, 0);   // flags
        put16(common, 0);   // stored
        put16(common, 0);   // time
        put16(common, 0x21);  // date 1980-01-01
        put32(common, crc);
        put32(common, static_cast<std::uint32_t>(data.size()));
        put32(common, static_cast<std::uint32_t>(data.size()));
        put16(common, static_cast<std::uint16_t>(name.size()));
        put16(common, 0);  // extra
        put32(out, 0x04034b50);
        out += common + name + data;
        put32(central, 0x02014b50);
        put16(central, 20);  // made by
        central += common;
        put16(central, 0);  // comment
        put16(central, 0);  // disk
        put16(central, 0);  // internal attributes
        put32(central, 0);  // external attributes
        put32(central, offset);
        central += name;
    }
    const auto central_offset = static_cast<std::uint32_t>(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint16_t>(entries.size()));
    put16(out, static_cast<std::uint16_t>(entries.size()));
    put32(out, static_cast<std::uint32_t>(central.size()));
    put32(out, central_offset);
    put16(out, 0);
    return out;
}

}  // namespace

std::string make_docx(const std::string& text, std::size_t filler_bytes) {
    const std::string types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>";
    const std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    const std::string document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>";
    std::vector<std::pair<std::string, std::string>> entries{
        {"[Content_Types].xml", types}, {"_rels/.rels", rels}, {"word/document.xml", document}};
    if (filler_bytes) {
        std::string filler(filler_bytes, '\0');
        std::uint64_t x = 0x9E3779B97F4A7C15ull ^ filler_bytes ^ text.size();
        for (auto& c : filler) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            c = static_cast<char>(x & 0xFF);
        }
        entries.emplace_back("word/media/filler.bin", filler);
    }
    return make_zip(entries);
}

std::string make_report_message(int n, std::size_t filler_bytes) {
    const std::string docx = make_docx("BÁO CÁO sơ kết số " + std::to_string(n), filler_bytes + static_cast<std::size_t>(n));
    std::ostringstream b64;
    {
        Poco::Base64Encoder enc(b64);
        enc.rdbuf()->setLineLength(76);
        enc.write(docx.data(), static_cast<std::streamsize>(docx.size()));
        enc.close();
    }
    std::string encoded;
    for (char c : b64.str()) encoded += c == '\r' ? std::string{} : std::string(1, c);
    std::ostringstream m;
    m << "Return-Path: <unit" << n << "@units.test>\n"
      << "Received: from mx.units.test by mail.tinhuy.test; Tue, " << (n % 28) + 1 << " Oct 2013 08:15:00 +0700\n"
      << "From: Huyen uy " << n << " <unit" << n << "@units.test>\n"
      << "To: tonghop@tinhuy.test\n"
      << "Subject: Bao cao so ket " << n << "\n"
      << "Date: Tue, " << (n % 28) + 1 << " Oct 2013 08:1" << (n % 10) << ":00 +0700\n"
      << "Message-ID: <report-" << n << "@units.test>\n"
      << "MIME-Version: 1.0\n"
      << "Content-Type: multipart/mixed; boundary=\"b-" << n << "\"\n"
      << "\n"
      << "--b-" << n << "\n"
      << "Content-Type: text/plain; charset=utf-8\n"
      << "\n"
      << "Kinh gui Ban Thuong vu.\n"
      << ".A line that starts with a dot, stuffed by the server.\n"
      << "..\n"
      << ".\n"
      << "--b-" << n << "\n"
      << "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"bao-cao-" << n
      << ".docx\"\n"
      << "Content-Disposition: attachment; filename=\"bao-cao-" << n << ".docx\"\n"
      << "Content-Transfer-Encoding: base64\n"
      << "\n"
      << encoded << (encoded.empty() || encoded.back() == '\n' ? "" : "\n")
      << "--b-" << n << "--\n";
    return m.str();
}

std::string to_lf(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
    return out;
}

}  // namespace baocao::testing
