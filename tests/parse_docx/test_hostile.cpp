// SPDX-License-Identifier: Apache-2.0
// Hostile and broken inputs: each is rejected with its own code, quickly,
// and nothing in it is ever expanded, fetched or read from the disk.

#include "docx_fixture.hpp"

#include <baocao/sdk/error.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstring>
#include <fstream>
#include <iterator>

using namespace baocao;
using namespace baocao::testing;

namespace {

/// The rejection code parsing these bytes gives; fails when parsing succeeds.
error_code rejection_of(const std::string& bytes, const std::string& name = "x.docx", const parse_options& opts = {}) {
    const auto file = fixture_path("hostile");
    {
        std::ofstream out(file, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    item it;
    it.path = file;
    it.name = name;
    auto ctx = make_context(opts);
    const auto started = std::chrono::steady_clock::now();
    try {
        docx_parser().parse(it, *ctx);
    } catch (const rejection_error& e) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        INFO("message: " << e.what());
        CHECK(seconds < 5.0);
        CHECK(std::string(e.what()).find("root:") == std::string::npos);
        // The in-memory path must agree with the file path.
        item mem;
        mem.bytes = std::make_shared<const std::string>(bytes);
        mem.name = name;
        try {
            docx_parser().parse(mem, *ctx);
            FAIL("the in-memory copy was accepted");
        } catch (const rejection_error& m) {
            CHECK(m.code() == e.code());
        }
        return e.code();
    }
    FAIL("accepted a hostile input");
    return error_code::plugin_failed;
}

std::string with_document(const std::string& document_xml) {
    docx_fixture f;
    f.part("word/document.xml", document_xml);
    return f.bytes();
}

void put_le32(std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
/// Calls `patch` with the place of one field of entry `name` in its local
/// header (at `local_field` from the header's start) and in the central
/// directory (at `central_field`); returns how many headers it found.
template <typename Patch>
int patch_entry_headers(std::string& bytes, const std::string& name, std::size_t local_field, std::size_t central_field,
                        Patch patch) {
    int patched = 0;
    for (std::size_t pos = 0; (pos = bytes.find(name, pos)) != std::string::npos; pos += name.size()) {
        if (pos >= 30 && bytes.compare(pos - 30, 4, "PK\x03\x04", 4) == 0) {
            patch(pos - 30 + local_field);
            ++patched;
        } else if (pos >= 46 && bytes.compare(pos - 46, 4, "PK\x01\x02", 4) == 0) {
            patch(pos - 46 + central_field);
            ++patched;
        }
    }
    return patched;
}

void put_le16(std::string& s, std::size_t at, std::uint16_t v) {
    s[at] = static_cast<char>(v & 0xFF);
    s[at + 1] = static_cast<char>(v >> 8);
}

/// A minimal Compound File Binary container whose directory holds the given stream names.
std::string ole2_with_streams(const std::vector<std::string>& names) {
    std::string file(512 * 3, '\0');
    const unsigned char sig[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    std::memcpy(file.data(), sig, 8);
    put_le16(file, 0x18, 0x3E);
    put_le16(file, 0x1A, 3);
    put_le16(file, 0x1C, 0xFFFE);
    put_le16(file, 0x1E, 9);
    put_le16(file, 0x20, 6);
    put_le32(file, 0x2C, 1);            // one FAT sector
    put_le32(file, 0x30, 1);            // directory starts at sector 1
    put_le32(file, 0x38, 4096);
    put_le32(file, 0x3C, 0xFFFFFFFE);
    put_le32(file, 0x44, 0xFFFFFFFE);
    put_le32(file, 0x4C, 0);            // FAT in sector 0
    for (int i = 1; i < 109; ++i) put_le32(file, 0x4C + 4 * static_cast<std::size_t>(i), 0xFFFFFFFF);
    const std::size_t fat = 512;        // sector 0
    for (std::size_t i = 0; i < 128; ++i) put_le32(file, fat + 4 * i, 0xFFFFFFFF);
    put_le32(file, fat, 0xFFFFFFFD);    // sector 0 holds the FAT
    put_le32(file, fat + 4, 0xFFFFFFFE);
    const std::size_t dir = 1024;       // sector 1
    std::vector<std::string> all = {"Root Entry"};
    all.insert(all.end(), names.begin(), names.end());
    for (std::size_t i = 0; i < all.size() && i < 4; ++i) {
        const std::size_t e = dir + 128 * i;
        for (std::size_t c = 0; c < all[i].size(); ++c) file[e + 2 * c] = all[i][c];
        put_le16(file, e + 0x40, static_cast<std::uint16_t>(2 * (all[i].size() + 1)));
        file[e + 0x42] = static_cast<char>(i == 0 ? 5 : 2);
    }
    return file;
}

}  // namespace

TEST_CASE("hostile: a file that is not a zip is corrupt_zip") {
    CHECK(rejection_of("This is plain text, saved with a .docx name.\n") == error_code::corrupt_zip);
    CHECK(rejection_of("") == error_code::corrupt_zip);
    CHECK(rejection_of(std::string("PK\x03\x04", 4) + std::string(100, 'z')) == error_code::corrupt_zip);
}

TEST_CASE("hostile: a truncated package is corrupt_zip") {
    docx_fixture f;
    f.body("<w:p><w:r><w:t>" + std::string(5000, 'x') + "</w:t></w:r></w:p>");
    const std::string bytes = f.bytes();
    CHECK(rejection_of(bytes.substr(0, bytes.size() / 2)) == error_code::corrupt_zip);
    CHECK(rejection_of(bytes.substr(0, bytes.size() - 10)) == error_code::corrupt_zip);
}

TEST_CASE("hostile: a central directory entry whose size says zip64 without the extra field is corrupt_zip") {
    // libzip reports "No such file" for it; the file was there, its directory is not sound.
    docx_fixture f;
    f.body("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
    std::string bytes = f.bytes();
    const std::size_t entry = bytes.find(std::string("PK\x01\x02", 4));
    REQUIRE(entry != std::string::npos);
    bytes.replace(entry + 20, 4, std::string(4, '\xFF'));   // compressed size 0xFFFFFFFF
    CHECK(rejection_of(bytes) == error_code::corrupt_zip);
}

TEST_CASE("hostile: a part whose CRC does not match is corrupt_zip") {
    docx_fixture f;
    f.body("<w:p><w:r><w:t>MARKER text</w:t></w:r></w:p>").store("word/document.xml");
    std::string bytes = f.bytes();
    const auto at = bytes.find("MARKER");
    REQUIRE(at != std::string::npos);
    bytes[at + 5] = 'S';
    CHECK(rejection_of(bytes) == error_code::corrupt_zip);
}

TEST_CASE("hostile: a deflated part whose CRC does not match is corrupt_zip") {
    docx_fixture f;
    f.body("<w:p><w:r><w:t>" + std::string(3000, 'x') + "</w:t></w:r></w:p>");
    std::string bytes = f.bytes();
    // The CRC-32 in the local header and in the central directory, both changed.
    const int patched = patch_entry_headers(bytes, "word/document.xml", 14, 16, [&](std::size_t at) {
        bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    });
    REQUIRE(patched == 2);
    CHECK(rejection_of(bytes) == error_code::corrupt_zip);
}

TEST_CASE("hostile: a part with a huge compression ratio is zip_bomb") {
    docx_fixture f;
    f.body("<w:p><w:r><w:t>" + std::string(30u << 20, 'a') + "</w:t></w:r></w:p>");
    CHECK(rejection_of(f.bytes()) == error_code::zip_bomb);
}

TEST_CASE("hostile: a part that inflates past its declared size is zip_bomb") {
    docx_fixture f;
    std::string text;
    for (int i = 0; i < 40000; ++i) text += "word" + std::to_string(i) + " ";
    f.body("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>");
    std::string bytes = f.bytes();
    // Rewrite the uncompressed size in the local header and the central directory.
    const int patched =
        patch_entry_headers(bytes, "word/document.xml", 22, 24, [&](std::size_t at) { put_le32(bytes, at, 2000); });
    REQUIRE(patched == 2);
    CHECK(rejection_of(bytes) == error_code::zip_bomb);
}

TEST_CASE("hostile: more entries than the limit is zip_bomb") {
    docx_fixture f;
    for (int i = 0; i < 40; ++i) f.part("word/media/pad" + std::to_string(i) + ".bin", "x");
    parse_options opts;
    opts.limits.max_zip_entries = 30;
    CHECK(rejection_of(f.bytes(), "x.docx", opts) == error_code::zip_bomb);
}

TEST_CASE("hostile: billion laughs never expands") {
    std::string dtd = "<!DOCTYPE w:document [<!ENTITY lol \"lol\">";
    for (int i = 1; i <= 9; ++i) {
        dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k) dtd += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
        dtd += "\">";
    }
    dtd += "]>";
    const std::string xml = "<?xml version=\"1.0\"?>" + dtd + "<w:document " + w_namespaces +
                            "><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
    CHECK(rejection_of(with_document(xml)) == error_code::xml_error);
}

TEST_CASE("hostile: an external entity naming /etc/passwd is never read") {
    const std::string xml = std::string("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>") +
                            "<w:document " + w_namespaces + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    CHECK(rejection_of(with_document(xml)) == error_code::xml_error);
    // The same through a parameter entity and an external subset.
    const std::string xml2 = std::string("<?xml version=\"1.0\"?><!DOCTYPE w:document SYSTEM \"file:///etc/passwd\">") +
                             "<w:document " + w_namespaces + "><w:body/></w:document>";
    CHECK(rejection_of(with_document(xml2)) == error_code::xml_error);
}

TEST_CASE("hostile: 100 000 nested elements are xml_error") {
    std::string deep;
    deep.reserve(100000 * 7);
    for (int i = 0; i < 100000; ++i) deep += "<w:sdt>";
    const std::string xml = std::string("<w:document ") + w_namespaces + "><w:body>" + deep;
    CHECK(rejection_of(with_document(xml)) == error_code::xml_error);
}

TEST_CASE("hostile: malformed XML names the part and the line") {
    const std::string xml = std::string("<w:document ") + w_namespaces + ">\n<w:body>\n<w:p></w:r></w:body></w:document>";
    const std::string bytes = with_document(xml);
    CHECK(rejection_of(bytes) == error_code::xml_error);
    try {
        parse_bytes(bytes, "x.docx");
    } catch (const rejection_error& e) {
        CHECK(std::string(e.what()).find("word/document.xml: line 3") != std::string::npos);
    }
}

TEST_CASE("hostile: text that does not convert from its declared encoding is refused saying so") {
    // libxml2 reports a failed conversion on its generic channel, which would print on stderr, naming no file.
    const std::string xml = std::string("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><w:document ") + w_namespaces +
                            "><w:body><w:p><w:r><w:t>" + std::string(4, '\xAC') + "\x81\xFF" + "</w:t></w:r></w:p></w:body></w:document>";
    const std::string bytes = with_document(xml);
    std::string message;
    try {
        parse_bytes(bytes, "x.docx");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::xml_error);
        message = e.what();
    }
    CHECK(message.find("word/document.xml") != std::string::npos);
    CHECK(message.find("conversion failed") != std::string::npos);
}

TEST_CASE("hostile: a package without a Word main part is not_docx") {
    docx_fixture f;
    f.remove("word/document.xml");
    CHECK(rejection_of(f.bytes()) == error_code::not_docx);
    docx_fixture g;
    g.parts.clear();
    g.part("hello.txt", "hello");
    CHECK(rejection_of(g.bytes()) == error_code::not_docx);
    docx_fixture h;   // an officeDocument that is a spreadsheet
    h.part("word/document.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
    CHECK(rejection_of(h.bytes()) == error_code::not_docx);
}

TEST_CASE("hostile: an encrypted OOXML package in OLE2 is encrypted; a legacy .doc is unsupported_format") {
    CHECK(rejection_of(ole2_with_streams({"EncryptionInfo", "EncryptedPackage"})) == error_code::encrypted);
    CHECK(rejection_of(ole2_with_streams({"WordDocument", "1Table"}), "old.doc") == error_code::unsupported_format);
    // A damaged directory still gives the right answer from the stream names.
    std::string broken = ole2_with_streams({"EncryptedPackage"});
    put_le32(broken, 0x30, 0x00FFFFFF);
    CHECK(rejection_of(broken) == error_code::encrypted);
}

TEST_CASE("hostile: a libxml2 message of two lines becomes one, so every stderr line names its file") {
    // libxml2 writes "Input is not proper UTF-8, indicate encoding !\nBytes: 0xFF 0xFE …".
    const std::string xml = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + w_namespaces +
                            "><w:body><w:p><w:r><w:t>\xFF\xFE</w:t></w:r></w:p></w:body></w:document>";
    const auto file = fixture_path("two-line-message");
    {
        const std::string bytes = with_document(xml);
        std::ofstream out(file, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    item it;
    it.path = file;
    it.name = "x.docx";
    auto ctx = make_context({});
    try {
        docx_parser().parse(it, *ctx);
        FAIL("ill-formed UTF-8 was read");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::xml_error);
        const std::string message = e.what();
        CHECK_THAT(message, Catch::Contains("word/document.xml") && Catch::Contains("Bytes: 0xFF"));
        CHECK(message.find('\n') == std::string::npos);
    }
}

TEST_CASE("hostile: names and numbering text a style gives every paragraph and run are bounded where they are read") {
    // A 5 KB package: one style with a 100 KB name and font, one list level
    // with a 100 KB label, and 2 000 paragraphs using both. Copied whole into
    // every paragraph and run, that is 600 MB.
    const std::string huge(100000, 'x');
    docx_fixture f;
    f.styles("<w:style w:type=\"paragraph\" w:styleId=\"S\"><w:name w:val=\"" + huge + "\"/><w:rPr><w:rFonts w:ascii=\"" + huge +
             "\" w:hAnsi=\"" + huge + "\"/></w:rPr></w:style>");
    f.numbering("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                "<w:lvlText w:val=\"" + huge + "%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    std::string body;
    for (int i = 0; i < 2000; ++i)
        body += "<w:p><w:pPr><w:pStyle w:val=\"S\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                "<w:r><w:t>mục</w:t></w:r></w:p>";
    f.body(body);
    const auto doc = parse_bytes(f.bytes(), "amplified.docx");
    std::size_t bytes = 0;
    for_each_paragraph(doc.body, [&](const paragraph& p) {
        bytes += p.style_name.size() + p.numbering_label.size();
        for (const auto& r : p.runs) bytes += r.font.size();
    });
    CHECK(bytes < 2000 * 600);
    CHECK(texts(doc.body).size() == 2000);
}
