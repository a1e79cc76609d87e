// SPDX-License-Identifier: Apache-2.0
// The sources on real report files: every real .docx is a document, not a
// bundle, and survives a mail → zip → docx round trip byte for byte.
#include "source_test_support.hpp"

#include "mail_source.hpp"
#include "zip_source.hpp"

#include <catch2/catch.hpp>
#include <zip.h>

#include <Poco/Base64Encoder.h>

#include <sstream>

using namespace baocao;
using namespace baocao::testing;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> corpus_docx(const fs::path& shared) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(shared / "corpus"))
        if (e.is_regular_file() && e.path().extension() == ".docx") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string base64(const std::string& bytes) {
    std::ostringstream s;
    Poco::Base64Encoder enc(s);
    enc.rdbuf()->setLineLength(76);
    enc << bytes;
    enc.close();
    return s.str();
}

}  // namespace

TEST_CASE("source-zip: no real .docx is taken for a bundle, whatever its name", "[sources][zip][corpus]") {
    BAOCAO_REQUIRE_SHARED(shared);
    plugins::zip_source src;
    const auto files = corpus_docx(shared);
    REQUIRE(files.size() > 10);
    for (const auto& f : files) {
        const std::string bytes = slurp(f);
        INFO(f.string());
        CHECK(src.probe(memory_item("attachment-2", bytes), bytes.substr(0, 4096)) == 0);
        CHECK(src.probe(file_item(f), head_of(file_item(f))) == 0);
    }
}

TEST_CASE("sources: a real report in a zip in a mail comes out byte for byte", "[sources][mail][zip][corpus]") {
    BAOCAO_REQUIRE_SHARED(shared);
    const auto files = corpus_docx(shared);
    REQUIRE_FALSE(files.empty());
    const std::string report = slurp(files.front());

    // The zip a district office would attach.
    const fs::path zpath = temp_dir("real-zip") / "bao-cao.zip";
    {
        int err = 0;
        zip_t* za = zip_open(zpath.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
        REQUIRE(za);
        zip_source_t* s = zip_source_buffer(za, report.data(), report.size(), 0);
        REQUIRE(zip_file_add(za, "Báo cáo/Huyện ủy Can Lộc.docx", s, ZIP_FL_ENC_UTF_8) >= 0);
        REQUIRE(zip_close(za) == 0);
    }
    const std::string zipped = slurp(zpath);
    const std::string mail = "Received: from a by mx; Tue, 1 Oct 2013 01:15:00 +0000\r\n"
                             "From: Can Loc <hu.canloc@example.vn>\r\nSubject: bao cao\r\n"
                             "Message-ID: <real-1@example.vn>\r\nMIME-Version: 1.0\r\n"
                             "Content-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n"
                             "--zz\r\nContent-Type: text/plain\r\n\r\nGui bao cao\r\n"
                             "--zz\r\nContent-Type: application/x-zip-compressed; name=\"bao-cao.zip\"\r\n"
                             "Content-Transfer-Encoding: base64\r\n\r\n" + base64(zipped) + "\r\n--zz--\r\n";

    source_fixture fx;
    plugins::mail_source mail_src;
    plugins::zip_source zip_src;
    const auto attachments = fx.expand(mail_src, memory_item("can-loc.eml", mail));
    REQUIRE(attachments.items.size() == 1);
    const item& z = attachments.items[0];
    CHECK(z.name == "bao-cao.zip");
    CHECK(*z.bytes == zipped);
    CHECK(mail_src.probe(z, z.bytes->substr(0, 4096)) == 0);
    CHECK(zip_src.probe(z, z.bytes->substr(0, 4096)) == 60);

    const auto inside = fx.expand(zip_src, z);
    REQUIRE(inside.items.size() == 1);
    CHECK(inside.items[0].name == "Báo cáo/Huyện ủy Can Lộc.docx");
    CHECK(*inside.items[0].bytes == report);
    CHECK(inside.items[0].env.message_key == "real-1@example.vn");
    CHECK(inside.items[0].env.sender == "hu.canloc@example.vn");
    CHECK(inside.items[0].env.attachment_name == "bao-cao.zip");
    fs::remove_all(zpath.parent_path());
}
