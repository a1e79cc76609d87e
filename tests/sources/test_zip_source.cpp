// SPDX-License-Identifier: Apache-2.0
// The zip bundle source: names in every encoding, junk, limits, damage.
#include "source_test_support.hpp"

#include "archive_entry_names.hpp"
#include "zip_source.hpp"

#include <Poco/JSON/Object.h>
#include <catch2/catch.hpp>
#include <zip.h>

using namespace baocao;
using namespace baocao::testing;
namespace fs = std::filesystem;

BAOCAO_DECLARE_PLUGIN(source_zip);

namespace {

struct zentry {
    std::string name;
    std::string data;
    zip_flags_t flags = ZIP_FL_ENC_UTF_8;
    bool store = false;
    bool dir = false;
    bool encrypt = false;
};

/// Writes a zip with libzip and returns its bytes; false in `encrypted_ok`
/// when this libzip cannot encrypt.
std::string build_zip(const fs::path& path, const std::vector<zentry>& entries, bool* encrypted_ok = nullptr) {
    fs::create_directories(path.parent_path());
    int err = 0;
    zip_t* za = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(za);
    for (const auto& e : entries) {
        if (e.dir) {
            REQUIRE(zip_dir_add(za, e.name.c_str(), e.flags) >= 0);
            continue;
        }
        zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        REQUIRE(src);
        const zip_int64_t idx = zip_file_add(za, e.name.c_str(), src, e.flags);
        REQUIRE(idx >= 0);
        if (e.store) zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
        if (e.encrypt) {
            const bool ok = zip_file_set_encryption(za, static_cast<zip_uint64_t>(idx), ZIP_EM_AES_256, "secret") == 0 ||
                            zip_file_set_encryption(za, static_cast<zip_uint64_t>(idx), ZIP_EM_TRAD_PKWARE, "secret") == 0;
            if (encrypted_ok) *encrypted_ok = ok;
        }
    }
    REQUIRE(zip_close(za) == 0);
    return slurp(path);
}

/// A scratch folder for the archives of this file, removed at exit.
struct zip_scratch {
    fs::path dir = temp_dir("zip");
    ~zip_scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

fs::path zip_dir() {
    static const zip_scratch scratch;
    return scratch.dir;
}

error_code rejection_of(const source_fixture& fx, const source& src, const item& it) {
    try {
        fx.expand(src, it);
    } catch (const rejection_error& e) {
        return e.code();
    }
    FAIL("expected a rejection");
    return error_code::plugin_failed;
}

}  // namespace

TEST_CASE("source-zip: UTF-8 and CP437 names, nested folders, junk left unread and named, sorted", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    const fs::path p = zip_dir() / "bundle.zip";
    build_zip(p, {
                     {"Báo cáo/", "", ZIP_FL_ENC_UTF_8, false, true},
                     {"Báo cáo/can-loc.docx", "PK can loc"},
                     {"Huyện/Xã Thạch Xuân/thach-xuan.docx", "PK thach xuan"},
                     {"R\x82sum\x82.docx", "PK cp437", ZIP_FL_ENC_CP437},
                     {"Ba\xCC\x81o ca\xCC\x81o NFD.docx", "PK nfd"},
                     {"__MACOSX/Báo cáo/._can-loc.docx", "apple"},
                     {"Báo cáo/.DS_Store", "junk"},
                     {"Báo cáo/~$n-loc.docx", "lock"},
                     {"a.docx", "PK a"},
                 });
    const item it = file_item(p, "inbox/bundle.zip");
    CHECK(src.probe(it, head_of(it)) == 60);
    const auto out = fx.expand(src, it);
    CHECK(out.names() == std::vector<std::string>{"Báo cáo NFD.docx", "Báo cáo/can-loc.docx",
                                                  "Huyện/Xã Thạch Xuân/thach-xuan.docx", "Résumé.docx", "a.docx"});
    // The junk is left unread, each entry named with its reason.
    std::vector<std::pair<std::string, error_code>> skipped;
    for (const auto& r : out.rejected) skipped.emplace_back(r.name, r.code);
    CHECK(skipped == std::vector<std::pair<std::string, error_code>>{{"Báo cáo/.DS_Store", error_code::os_metadata},
                                                                     {"Báo cáo/~$n-loc.docx", error_code::office_lock_file},
                                                                     {"__MACOSX/Báo cáo/._can-loc.docx", error_code::appledouble}});
    CHECK(*out.named("Báo cáo/can-loc.docx").bytes == "PK can loc");
    CHECK(*out.named("Résumé.docx").bytes == "PK cp437");
    for (const auto& c : out.items) {
        CHECK(c.source.empty());
        CHECK(c.in_memory());
    }
}

TEST_CASE("source-zip: an in-memory zip (attached to a mail) passes its envelope on", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    const std::string bytes = build_zip(zip_dir() / "mem.zip", {{"x.docx", "PK x"}});
    envelope env;
    env.message_key = "mail-1";
    env.received_at = 1380907800;
    const item it = memory_item("bao-cao.zip", bytes, env);
    CHECK(src.probe(it, bytes.substr(0, 4096)) == 60);
    const auto out = fx.expand(src, it);
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].env.message_key == "mail-1");
    CHECK(out.items[0].env.received_at == 1380907800);
    // A zip that is not named .zip is still a bundle.
    CHECK(src.probe(memory_item("attachment-2", bytes), bytes) == 50);
}

TEST_CASE("source-zip: legacy code page for unflagged names is a setting", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    const fs::path p = zip_dir() / "cp1258.zip";
    build_zip(p, {{"B\xE1o c\xE1o.docx", "PK", ZIP_FL_ENC_CP437}, {"utf8 Báo.docx", "PK"}});
    CHECK(fx.expand(src, file_item(p)).names() == std::vector<std::string>{"Bßo cßo.docx", "utf8 Báo.docx"});
    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object;
    settings->set("legacy_name_charset", "windows-1258");
    fx.state->settings["source-zip"] = settings;
    CHECK(fx.expand(src, file_item(p)).names() == std::vector<std::string>{"Báo cáo.docx", "utf8 Báo.docx"});
}

TEST_CASE("source-zip: path traversal and absolute names are only names, sanitized", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    const fs::path p = zip_dir() / "evil.zip";
    build_zip(p, {{"../../etc/passwd.docx", "1"}, {"/abs/x.docx", "2"}, {"a/./b/../c.docx", "3"},
                  {"win\\dir\\d.docx", "4"}});
    CHECK(fx.expand(src, file_item(p)).names() ==
          std::vector<std::string>{"a/c.docx", "abs/x.docx", "etc/passwd.docx", "win/dir/d.docx"});

    using plugins::clean_entry_name;
    CHECK(clean_entry_name("C:\\Users\\a.docx") == "Users/a.docx");
    CHECK(clean_entry_name("..") == "");
    CHECK(clean_entry_name(std::string("a\0b.docx", 8)) == "ab.docx");
    CHECK(clean_entry_name("bad\xFF.docx") == "bad\xEF\xBF\xBD.docx");
}

TEST_CASE("source-zip: a docx (or any OOXML/ODF package) is not a bundle", "[sources][zip]") {
    plugins::zip_source src;
    const std::string docx = build_zip(zip_dir() / "r.docx",
                                       {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
    CHECK(src.probe(memory_item("r.docx", docx), docx) == 0);
    CHECK(src.probe(memory_item("r.zip", docx), docx) == 0);  // misnamed: still a package
    // [Content_Types].xml not first: found in the central directory.
    const std::string late = build_zip(zip_dir() / "late.bin",
                                       {{"word/document.xml", "<w:document/>"}, {"[Content_Types].xml", "<Types/>"}});
    CHECK(src.probe(memory_item("attachment-3", late), late) == 0);
    const std::string odt = build_zip(zip_dir() / "r.odt", {{"mimetype", "application/vnd.oasis.opendocument.text"}});
    CHECK(src.probe(memory_item("r.bin", odt), odt) == 0);
    const std::string plain = build_zip(zip_dir() / "p.zip", {{"a.docx", "x"}});
    CHECK(src.probe(memory_item("sheet.xlsx", plain), plain) == 0);
    CHECK(src.probe(memory_item("a.txt", "hello"), "hello") == 0);
}

TEST_CASE("source-zip: a bad central directory is corrupt_zip for the whole archive", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    const std::string good = build_zip(zip_dir() / "t.zip", {{"a.docx", std::string(500, 'a')}});
    const item truncated = memory_item("t.zip", good.substr(0, good.size() - 30));
    CHECK(src.probe(truncated, *truncated.bytes) == 40);
    CHECK(rejection_of(fx, src, truncated) == error_code::corrupt_zip);
    const item garbage = memory_item("g.zip", std::string("PK\x03\x04garbage garbage garbage", 27));
    CHECK(rejection_of(fx, src, garbage) == error_code::corrupt_zip);
    CHECK(src.probe(memory_item("g.bin", *garbage.bytes), *garbage.bytes) == 0);
}

TEST_CASE("source-zip: damaged entry data rejects that entry only", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    std::string bytes = build_zip(zip_dir() / "crc.zip", {{"bad.docx", std::string(100, 'Q'), ZIP_FL_ENC_UTF_8, true},
                                                          {"good.docx", "PK good"}});
    const auto at = bytes.find(std::string(100, 'Q'));
    REQUIRE(at != std::string::npos);
    bytes[at + 50] = 'R';
    const auto out = fx.expand(src, memory_item("crc.zip", bytes));
    CHECK(out.names() == std::vector<std::string>{"good.docx"});
    REQUIRE(out.rejected.size() == 1);
    CHECK(out.rejected[0].name == "bad.docx");
    CHECK(out.rejected[0].code == error_code::corrupt_zip);
}

TEST_CASE("source-zip: limits — ratio, entry size, total, entry count", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    const fs::path p = zip_dir() / "bomb.zip";
    build_zip(p, {{"bomb.docx", std::string(3u << 20, '\0')}, {"ok.docx", "PK ok"}});
    const auto out = fx.expand(src, file_item(p));
    CHECK(out.names() == std::vector<std::string>{"ok.docx"});
    REQUIRE(out.rejected.size() == 1);
    CHECK(out.rejected[0].name == "bomb.docx");
    CHECK(out.rejected[0].code == error_code::zip_bomb);

    source_fixture small;
    small.state->limits.max_input_bytes = 1000;
    const fs::path q = zip_dir() / "sizes.zip";
    build_zip(q, {{"big.docx", std::string(2000, 'b')}, {"small.docx", "s"}});
    const auto sized = small.expand(src, file_item(q));
    CHECK(sized.names() == std::vector<std::string>{"small.docx"});
    REQUIRE(sized.rejected.size() == 1);
    CHECK(sized.rejected[0].code == error_code::too_large);

    source_fixture total;
    total.state->limits.max_total_inflated = 3000;
    const fs::path r = zip_dir() / "total.zip";
    build_zip(r, {{"1.docx", std::string(2000, '1')}, {"2.docx", std::string(2000, '2')}, {"3.docx", "3"}});
    const auto summed = total.expand(src, file_item(r));
    CHECK(summed.names() == std::vector<std::string>{"1.docx", "3.docx"});
    REQUIRE(summed.rejected.size() == 1);
    CHECK(summed.rejected[0].name == "2.docx");
    CHECK(summed.rejected[0].code == error_code::zip_bomb);

    source_fixture few;
    few.state->limits.max_zip_entries = 2;
    CHECK(rejection_of(few, src, file_item(r)) == error_code::zip_bomb);
}

TEST_CASE("source-zip: encrypted entries are rejected encrypted", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    bool can_encrypt = false;
    const fs::path p = zip_dir() / "enc.zip";
    build_zip(p, {{"secret.docx", "PK secret", ZIP_FL_ENC_UTF_8, false, false, true}, {"open.docx", "PK open"}},
              &can_encrypt);
    if (!can_encrypt) {
        WARN("skipped: this libzip cannot write encrypted entries");
        return;
    }
    const auto out = fx.expand(src, file_item(p));
    CHECK(out.names() == std::vector<std::string>{"open.docx"});
    REQUIRE(out.rejected.size() == 1);
    CHECK(out.rejected[0].name == "secret.docx");
    CHECK(out.rejected[0].code == error_code::encrypted);
}

TEST_CASE("source-zip: duplicate entry names get distinct child names", "[sources][zip]") {
    source_fixture fx;
    plugins::zip_source src;
    // "a/../x.docx" and "x.docx" clean to the same name.
    build_zip(zip_dir() / "dup.zip", {{"x.docx", "1"}, {"a/../x.docx", "2"}});
    CHECK(fx.expand(src, file_item(zip_dir() / "dup.zip")).names() == std::vector<std::string>{"x.docx", "x (2).docx"});
}

TEST_CASE("source-zip registers one source named source-zip", "[sources][zip]") {
    const baocao_plugin_info* info = baocao_plugin_info_source_zip();
    CHECK(std::string(info->name) == "source-zip");
    recording_registry reg;
    info->register_stages(reg);
    REQUIRE(reg.sources.size() == 1);
    CHECK(reg.sources[0]->name() == "source-zip");
}
