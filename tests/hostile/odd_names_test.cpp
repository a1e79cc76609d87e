// SPDX-License-Identifier: Apache-2.0
// Files with odd names in a folder (Word lock files, AppleDouble companions,
// OS metadata, a Maildir's tmp/) are left unread, but none vanishes: each is
// listed in result.json's "skipped" with its reason, and the summary's counts
// add up to the files the folder holds.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

#include "process_runner.hpp"
#include "raw_zip.hpp"
#include "test_files.hpp"
#include "test_paths.hpp"

#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using namespace baocao::testing;

TEST_CASE("lock files, AppleDouble and OS metadata are listed as skipped, and the counts add up", "[hostile][odd-names]") {
    const auto dir = temp_dir("odd-names");
    const auto in = dir / "in";
    const std::string report = baocao::hostile::minimal_docx(
        baocao::hostile::paragraph_xml("HUYỆN ỦY CAN LỘC") +
        baocao::hostile::paragraph_xml("Can Lộc, ngày 28 tháng 9 năm 2013") + baocao::hostile::paragraph_xml("BÁO CÁO") +
        baocao::hostile::paragraph_xml("I. KẾT QUẢ") + baocao::hostile::paragraph_xml("Đã quán triệt Chỉ thị 32-CT/TU."));
    write_file_bytes(in / "Báo cáo.docx", report);
    // What Word, macOS, Windows and a mail client leave beside it.
    write_file_bytes(in / "~$o cáo.docx", std::string("\x0Bnguyen van a", 13) + std::string(149, ' '));
    write_file_bytes(in / "._Báo cáo.docx", std::string("\x00\x05\x16\x07\x00\x02\x00\x00", 8) + std::string(500, '\0'));
    write_file_bytes(in / ".DS_Store", std::string("\x00\x00\x00\x01" "Bud1", 8));
    write_file_bytes(in / "sub" / "Thumbs.db", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    write_file_bytes(in / "sub" / "desktop.ini", "[.ShellClassInfo]\r\n");
    for (const char* s : {"cur", "new", "tmp"}) fs::create_directories(in / "mail" / s);
    write_file_bytes(in / "mail" / "tmp" / "1380333600.M9P9.host", "From: half a message");
    write_file_bytes(in / "mail" / "cur" / "1380333601.M1P1.host:2,S", "From: a@b.vn\r\nSubject: hi\r\n\r\nno attachment\r\n");
    const std::size_t files_seen = 8;

    const auto r = run_process({(bin_dir() / "baocao").string(), "run", "--quiet", "--plan",
                                (data_dir() / "hostile" / "plan.txt").string(), "--roster",
                                (data_dir() / "hostile" / "roster.json").string(), "--out", (dir / "out").string(),
                                "--now", "2013-10-20T09:00:00+07:00", in.string()},
                               120);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Poco::JSON::Parser parser;
    const auto json = parser.parse(read_file_bytes(dir / "out" / "result.json")).extract<Poco::JSON::Object::Ptr>();

    const auto skipped = json->getArray("skipped");
    REQUIRE(skipped);
    std::map<std::string, std::string> reasons;
    for (std::size_t i = 0; i < skipped->size(); ++i) {
        const auto s = skipped->getObject(static_cast<unsigned>(i));
        reasons[s->getValue<std::string>("source")] = s->getValue<std::string>("reason");
    }
    const std::string base = in.string() + "/";
    CHECK(reasons == std::map<std::string, std::string>{
                         {base + "~$o cáo.docx", "office_lock_file"},
                         {base + "._Báo cáo.docx", "appledouble"},
                         {base + ".DS_Store", "os_metadata"},
                         {base + "sub/Thumbs.db", "os_metadata"},
                         {base + "sub/desktop.ini", "os_metadata"},
                         {base + "mail/tmp/1380333600.M9P9.host", "maildir_delivery"},
                     });
    // The report is read, and its lock file and resource fork are not rejected under its name.
    const auto subs = json->getArray("submissions");
    REQUIRE(subs->size() == 1);
    CHECK(subs->getObject(0)->getValue<std::string>("source") == base + "Báo cáo.docx");
    const auto rejected = json->getArray("rejected");
    for (std::size_t i = 0; i < rejected->size(); ++i)
        CHECK(rejected->getObject(static_cast<unsigned>(i))->getValue<std::string>("source") ==
              base + "mail/cur/1380333601.M1P1.host:2,S");

    const auto summary = json->getObject("summary");
    CHECK(summary->getValue<std::size_t>("skipped") == skipped->size());
    CHECK(summary->getValue<std::size_t>("submissions") + summary->getValue<std::size_t>("rejected") +
              summary->getValue<std::size_t>("skipped") ==
          files_seen);
    CHECK_THAT(r.err, Catch::Contains("6 left unread on purpose (skipped)"));
}

TEST_CASE("a file named bundle.zip#r.docx beside bundle.zip gets a source of its own", "[hostile][odd-names]") {
    const auto dir = temp_dir("hash-names");
    const auto in = dir / "in";
    const std::string report = baocao::hostile::minimal_docx(
        baocao::hostile::paragraph_xml("HUYỆN ỦY CAN LỘC") +
        baocao::hostile::paragraph_xml("Can Lộc, ngày 28 tháng 9 năm 2013") + baocao::hostile::paragraph_xml("BÁO CÁO") +
        baocao::hostile::paragraph_xml("I. KẾT QUẢ") + baocao::hostile::paragraph_xml("Đã quán triệt Chỉ thị 32-CT/TU."));
    baocao::hostile::raw_zip bundle;
    bundle.add("r.docx", report);
    write_file_bytes(in / "bundle.zip", bundle.finish());
    write_file_bytes(in / "bundle.zip#r.docx", report);

    const auto r = run_process({(bin_dir() / "baocao").string(), "run", "--quiet", "--plan",
                                (data_dir() / "hostile" / "plan.txt").string(), "--roster",
                                (data_dir() / "hostile" / "roster.json").string(), "--out", (dir / "out").string(),
                                "--now", "2013-10-20T09:00:00+07:00", in.string()},
                               120);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Poco::JSON::Parser parser;
    const auto json = parser.parse(read_file_bytes(dir / "out" / "result.json")).extract<Poco::JSON::Object::Ptr>();
    const auto subs = json->getArray("submissions");
    REQUIRE(subs->size() == 2);
    const auto a = subs->getObject(0);
    const auto b = subs->getObject(1);
    // Input order: the archive's entry first, keeping its name; the file beside it marked.
    CHECK(a->getValue<std::string>("source") == in.string() + "/bundle.zip#r.docx");
    CHECK(b->getValue<std::string>("source") == in.string() + "/bundle.zip#r.docx (2)");
    for (const auto& s : {a, b})
        if (!s->isNull("superseded_by"))
            CHECK(s->getValue<std::string>("superseded_by") != s->getValue<std::string>("source"));
}
