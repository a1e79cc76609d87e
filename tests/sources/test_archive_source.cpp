// SPDX-License-Identifier: Apache-2.0
// The archive source: RAR 4 and 5, 7-Zip, tar and compressed files; names,
// junk, encryption, damage and the limits.
#include "source_test_support.hpp"

#include "archive_kinds.hpp"
#include "archive_source.hpp"
#include "rar_blocks.hpp"
#include "rar_writing.hpp"
#include "utf8_locale_scope.hpp"

#include <Poco/JSON/Object.h>
#include <archive.h>
#include <archive_entry.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <functional>

using namespace baocao;
using namespace baocao::testing;
namespace fs = std::filesystem;

BAOCAO_DECLARE_PLUGIN(source_archive);

namespace {

struct written_file {
    std::string name;
    std::string data;
    bool symlink = false;
};

/// An archive written with libarchive: `format` one of ARCHIVE_FORMAT_*'s
/// writers (7zip, pax …), `filter` a compression for a tar (or none).
std::string libarchive_bytes(const std::vector<written_file>& files, int (*set_format)(archive*),
                             int (*add_filter)(archive*) = nullptr) {
    const plugins::utf8_locale_scope names_in_utf8;   // libarchive writes names through the locale
    archive* a = archive_write_new();
    REQUIRE(set_format(a) == ARCHIVE_OK);
    if (add_filter) REQUIRE(add_filter(a) == ARCHIVE_OK);
    std::vector<char> buffer(16u << 20);
    std::size_t used = 0;
    REQUIRE(archive_write_open_memory(a, buffer.data(), buffer.size(), &used) == ARCHIVE_OK);
    for (const auto& f : files) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname_utf8(e, f.name.c_str());
        if (f.symlink) {
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, f.data.c_str());
            archive_entry_set_size(e, 0);
        } else {
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, static_cast<la_int64_t>(f.data.size()));
        }
        archive_entry_set_perm(e, 0644);
        archive_entry_set_mtime(e, 1379473200, 0);
        REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
        if (!f.symlink) REQUIRE(archive_write_data(a, f.data.data(), f.data.size()) == static_cast<la_ssize_t>(f.data.size()));
        archive_entry_free(e);
    }
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
    return std::string(buffer.data(), used);
}

/// A ustar archive of one file, its name's bytes as given (no conversion of any kind).
std::string ustar_bytes(const std::string& name, const std::string& data) {
    std::string header(512, '\0');
    auto put = [&](std::size_t at, const std::string& s) { header.replace(at, s.size(), s); };
    auto octal = [](std::uint64_t v, int width) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%0*llo", width - 1, static_cast<unsigned long long>(v));
        return std::string(buffer);
    };
    put(0, name.substr(0, 100));
    put(100, octal(0644, 8));
    put(108, octal(0, 8));
    put(116, octal(0, 8));
    put(124, octal(data.size(), 12));
    put(136, octal(1379473200, 12));
    put(148, std::string(8, ' '));
    header[156] = '0';
    put(257, std::string("ustar\0" "00", 8));
    unsigned sum = 0;
    for (const char c : header) sum += static_cast<unsigned char>(c);
    put(148, octal(sum, 7));
    std::string out = header + data;
    out.resize((out.size() + 511) / 512 * 512, '\0');
    return out + std::string(1024, '\0');
}

/// One file gzip-compressed, no archive around it.
std::string gzip_bytes(const std::string& data) {
    archive* a = archive_write_new();
    REQUIRE(archive_write_set_format_raw(a) == ARCHIVE_OK);
    REQUIRE(archive_write_add_filter_gzip(a) == ARCHIVE_OK);
    std::vector<char> buffer(data.size() + (1u << 16));
    std::size_t used = 0;
    REQUIRE(archive_write_open_memory(a, buffer.data(), buffer.size(), &used) == ARCHIVE_OK);
    archive_entry* e = archive_entry_new();
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_pathname(e, "data");
    REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
    REQUIRE(archive_write_data(a, data.data(), data.size()) == static_cast<la_ssize_t>(data.size()));
    archive_entry_free(e);
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
    return std::string(buffer.data(), used);
}

error_code rejection_of(const source_fixture& fx, const source& src, const item& it, std::string* message = nullptr,
                        expansion* kept = nullptr) {
    expansion out;
    try {
        const auto ctx = fx.context(src.name());
        src.expand(
            it, ctx, [&](item child) { out.items.push_back(std::move(child)); },
            [&](const std::string& n, error_code c, const std::string& m) { out.rejected.push_back({n, c, m}); });
    } catch (const rejection_error& e) {
        if (message) *message = e.what();
        if (kept) *kept = std::move(out);
        return e.code();
    } catch (const std::exception& e) {
        FAIL("expected a rejection, not: " << e.what());
    }
    FAIL("expected a rejection; read: " << out.names().size() << " files, " << out.rejected.size() << " rejected");
    return error_code::plugin_failed;
}

std::vector<std::pair<std::string, error_code>> rejections(const expansion& out) {
    std::vector<std::pair<std::string, error_code>> r;
    for (const auto& x : out.rejected) r.emplace_back(x.name, x.code);
    return r;
}

}  // namespace

TEST_CASE("source-archive: RAR 5 and RAR 4 open into their files, named as stored, junk left unread", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    const std::vector<rar_file> files{{"Báo cáo/Huyện ủy Can Lộc.docx", "PK can loc"},
                                      {"Báo cáo/Thumbs.db", "junk"},
                                      {"../../etc/ra ngoài.docx", "PK escaped"},
                                      {"Phụ lục.xlsx", "PK appendix"}};
    for (const std::string& bytes : {rar5_archive(files), rar4_archive(files)}) {
        const item it = memory_item("BC CT32.rar", bytes);
        CHECK(src.probe(it, head_of(it)) == probe_scale::content_and_name);
        const auto out = fx.expand(src, it);
        CHECK(out.names() == std::vector<std::string>{"Báo cáo/Huyện ủy Can Lộc.docx", "etc/ra ngoài.docx", "Phụ lục.xlsx"});
        CHECK(*out.named("Báo cáo/Huyện ủy Can Lộc.docx").bytes == "PK can loc");
        CHECK(*out.named("Phụ lục.xlsx").bytes == "PK appendix");
        CHECK(rejections(out) == std::vector<std::pair<std::string, error_code>>{{"Báo cáo/Thumbs.db", error_code::os_metadata}});
        for (const auto& c : out.items) CHECK(c.depth == it.depth + 1);
    }
}

TEST_CASE("source-archive: a RAR sent under a Word name is opened; zips, packages and text are not its", "[sources][archive]") {
    plugins::archive_source src;
    const std::string rar = rar5_archive({{"a.docx", "PK a"}});
    CHECK(src.probe(memory_item("Báo cáo.docx", rar), rar) == probe_scale::content);
    CHECK(src.probe(memory_item("attachment-1", rar), rar) == probe_scale::content);
    CHECK(src.probe(memory_item("x.zip", "PK\x03\x04rest"), "PK\x03\x04rest") == 0);
    CHECK(src.probe(memory_item("x.rar", "Rar! but no"), "Rar! but no") == 0);
    CHECK(src.probe(memory_item("a.txt", "hello"), "hello") == 0);
    CHECK(plugins::archive_kind_of(std::string("7z\xBC\xAF\x27\x1C\x00\x04", 8)) == plugins::archive_kind::seven_zip);
    CHECK(plugins::uncompressed_name("Báo cáo.docx.gz") == "Báo cáo.docx");
    CHECK(plugins::uncompressed_name("bc.tgz") == "bc.tar");
    CHECK(plugins::uncompressed_name("bc") == "bc.out");
}

TEST_CASE("source-archive: 7-Zip and tar (plain and gzip-compressed) archives open into their files", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    const std::vector<written_file> files{{"Báo cáo/Hương Khê.docx", "PK huong khe"}, {"Ghi chú.txt", "note"}};
    const std::vector<std::pair<std::string, std::string>> archives{
        {"bc.7z", libarchive_bytes(files, archive_write_set_format_7zip)},
        {"bc.tar", libarchive_bytes(files, archive_write_set_format_pax_restricted)},
        {"bc.tar.gz", libarchive_bytes(files, archive_write_set_format_pax_restricted, archive_write_add_filter_gzip)},
        {"bc.tar.xz", libarchive_bytes(files, archive_write_set_format_gnutar, archive_write_add_filter_xz)},
    };
    for (const auto& [name, bytes] : archives) {
        INFO(name);
        const item it = memory_item(name, bytes);
        CHECK(src.probe(it, head_of(it)) == probe_scale::content_and_name);
        const auto out = fx.expand(src, it);
        CHECK(out.names() == std::vector<std::string>{"Báo cáo/Hương Khê.docx", "Ghi chú.txt"});
        CHECK(*out.named("Báo cáo/Hương Khê.docx").bytes == "PK huong khe");
        CHECK(out.rejected.empty());
    }
}

TEST_CASE("source-archive: one compressed file is that file, named without the compression's extension", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    const std::string docx = "PK\x03\x04 a report, gzip-compressed on its own";
    const item it = memory_item("Báo cáo Can Lộc.docx.gz", gzip_bytes(docx));
    CHECK(src.probe(it, head_of(it)) == probe_scale::content_and_name);
    const auto out = fx.expand(src, it);
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].name == "Báo cáo Can Lộc.docx");
    CHECK(*out.items[0].bytes == docx);
}

TEST_CASE("source-archive: names a RAR 4 stores in the Windows code page are decoded, the code page a setting", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    // "Báo cáo.docx" in windows-1258, as an old WinRAR wrote a name without its Unicode form.
    const item it = memory_item("cp.rar", rar4_archive({{"B\xE1o c\xE1o.docx", "PK"}, {"plain.docx", "PK"}}));
    CHECK(fx.expand(src, it).names() == std::vector<std::string>{"Báo cáo.docx", "plain.docx"});
    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object;
    settings->set("legacy_name_charset", "ibm-437");
    fx.state->settings["source-archive"] = settings;
    CHECK(fx.expand(src, it).names() == std::vector<std::string>{"Bßo cßo.docx", "plain.docx"});
}

TEST_CASE("source-archive: a password-protected file is rejected encrypted, the others read", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    // RAR 4 flags the file; RAR 5 gives it an encryption record, which libarchive 3.6 reads past.
    const std::vector<rar_file> files{{"Mật/secret.docx", "xxxx", true}, {"open.docx", "PK open"}};
    for (const std::string& bytes : {rar4_archive(files), rar5_archive(files)}) {
        const auto out = fx.expand(src, memory_item("enc.rar", bytes));
        CHECK(out.names() == std::vector<std::string>{"open.docx"});
        CHECK(rejections(out) == std::vector<std::pair<std::string, error_code>>{{"Mật/secret.docx", error_code::encrypted}});
    }
    const std::string rar5 = rar5_archive(files);
    CHECK(plugins::rar5_encrypted_files([&](std::uint64_t at, std::size_t n) { return at < rar5.size() ? rar5.substr(at, n) : std::string(); },
                                        rar5.size()) == std::set<std::string>{"Mật/secret.docx"});
}

TEST_CASE("source-archive: a damaged archive is corrupt_zip, with the files read before the damage kept", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    std::string message;
    // A byte changed in compressed data: 7-Zip's and gzip's checks see it.
    for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
             {"bc.7z", libarchive_bytes({{"a.docx", std::string(3000, 'Q')}}, archive_write_set_format_7zip)},
             {"bc.tgz", libarchive_bytes({{"a.docx", std::string(3000, 'Q')}}, archive_write_set_format_pax_restricted,
                                         archive_write_add_filter_gzip)}}) {
        INFO(name);
        std::string damaged = bytes;
        damaged[damaged.size() / 3] ^= 0x55;
        CHECK(rejection_of(fx, src, memory_item(name, damaged), &message) == error_code::corrupt_zip);
        CHECK(!message.empty());
    }

    // Cut short inside its list of files: the first file is read, the archive rejected after it.
    const std::string whole = rar5_archive({{"a.docx", std::string(300, 'a')}, {"b.docx", std::string(300, 'b')}});
    const item cut = memory_item("cut.rar", whole.substr(0, whole.size() - 320));
    CHECK(src.probe(cut, *cut.bytes) == probe_scale::content_and_name);
    expansion before_cut;
    CHECK(rejection_of(fx, src, cut, &message, &before_cut) == error_code::corrupt_zip);
    CHECK(before_cut.names() == std::vector<std::string>{"a.docx"});

    // One volume of a multi-volume set, whatever its files.
    for (const std::string& volume : {rar5_archive({{"a.docx", "PK a", false, true}}, true)}) {
        CHECK(rejection_of(fx, src, memory_item("bc.part1.rar", volume), &message) == error_code::unsupported_format);
        CHECK(message.find("multi-volume") != std::string::npos);
    }
    CHECK(plugins::rar_head_is_volume(std::string("Rar!\x1A\x07\x00\xCF\x90\x73\x01\x00\x0D\x00", 14)));
    CHECK_FALSE(plugins::rar_head_is_volume(rar4_archive({{"a.docx", "PK a"}})));
    CHECK_FALSE(plugins::rar_head_is_volume(rar5_archive({{"a.docx", "PK a"}})));

    // A solid RAR 4, which libarchive 3.6 reads up to the first file only: said so, not "damaged".
    const rar_file second{"b.docx", "PK b", false, false, true};
    expansion first_only;
    CHECK(rejection_of(fx, src, memory_item("solid.rar", rar4_archive({{"a.docx", "PK a"}, second})), &message, &first_only) ==
          error_code::unsupported_format);
    CHECK(message.find("solid") != std::string::npos);
    CHECK(first_only.names() == std::vector<std::string>{"a.docx"});

    // The signature and nothing after it.
    CHECK(rejection_of(fx, src, memory_item("empty.7z", std::string("7z\xBC\xAF\x27\x1C", 6))) == error_code::corrupt_zip);
}

TEST_CASE("source-archive: links and devices in a tar are rejected by name, not followed", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    const std::string tar = libarchive_bytes({{"link.docx", "/etc/passwd", true}, {"real.docx", "PK real"}},
                                             archive_write_set_format_pax_restricted);
    const auto out = fx.expand(src, memory_item("l.tar", tar));
    CHECK(out.names() == std::vector<std::string>{"real.docx"});
    CHECK(rejections(out) == std::vector<std::pair<std::string, error_code>>{{"link.docx", error_code::unsupported_format}});
}

TEST_CASE("source-archive: limits stop the archive with what was read kept: size, total, ratio, entries", "[sources][archive]") {
    plugins::archive_source src;
    std::string message;
    expansion kept;

    source_fixture small;
    small.state->limits.max_input_bytes = 1000;
    const item sized = memory_item("s.7z", libarchive_bytes({{"a.docx", "PK a"}, {"big.docx", std::string(2000, 'b')}},
                                                             archive_write_set_format_7zip));
    CHECK(rejection_of(small, src, sized, &message, &kept) == error_code::too_large);
    CHECK(kept.names() == std::vector<std::string>{"a.docx"});
    CHECK(message.find("big.docx") != std::string::npos);
    CHECK(message.find("after \"big.docx\"") == std::string::npos);

    source_fixture total;
    total.state->limits.max_total_inflated = 3000;
    const item summed = memory_item("t.rar", rar5_archive({{"1.docx", std::string(2000, '1')}, {"2.docx", std::string(2000, '2')}, {"3.docx", "3"}}));
    CHECK(rejection_of(total, src, summed, &message, &kept) == error_code::zip_bomb);
    CHECK(kept.names() == std::vector<std::string>{"1.docx"});
    CHECK(message.find("max_total_inflated") != std::string::npos);

    // 8 MiB of zeros gzip to some 8 KB: a thousand times, over the ratio of 200.
    source_fixture fx;
    const item bomb = memory_item("zeros.docx.gz", gzip_bytes(std::string(8u << 20, '\0')));
    CHECK(rejection_of(fx, src, bomb, &message) == error_code::zip_bomb);
    CHECK(message.find("max_compression_ratio") != std::string::npos);
    const item tar_bomb = memory_item("zeros.tgz", libarchive_bytes({{"zeros.docx", std::string(8u << 20, '\0')}},
                                                                      archive_write_set_format_pax_restricted,
                                                                      archive_write_add_filter_gzip));
    CHECK(rejection_of(fx, src, tar_bomb) == error_code::zip_bomb);

    source_fixture few;
    few.state->limits.max_zip_entries = 2;
    CHECK(rejection_of(few, src, summed, &message, &kept) == error_code::zip_bomb);
    CHECK(kept.names() == std::vector<std::string>{"1.docx", "2.docx"});
    CHECK(message.find("after \"2.docx\"") != std::string::npos);
}

TEST_CASE("source-archive: an archive on disk reads as one in memory and passes its envelope on", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    const fs::path p = temp_dir("archive") / "bc.rar";
    const std::string bytes = rar5_archive({{"x.docx", "PK x"}});
    write_file(p, bytes);
    CHECK(fx.expand(src, file_item(p)).names() == std::vector<std::string>{"x.docx"});
    envelope env;
    env.message_key = "mail-1";
    env.received_at = 1380907800;
    const auto out = fx.expand(src, memory_item("bc.rar", bytes, env));
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].env.message_key == "mail-1");
    CHECK(out.items[0].env.received_at == 1380907800);
    fs::remove_all(p.parent_path());
}

TEST_CASE("source-archive: archives written by bsdtar, GNU tar and the RAR layouts, read from disk", "[sources][archive]") {
    source_fixture fx;
    plugins::archive_source src;
    const fs::path dir = data_dir() / "archives";
    const std::string report = slurp(data_dir() / "header-layouts" / "libreoffice-tab.docx");
    for (const std::string name : {"report.7z", "report.tar.gz", "report-rar5.rar"}) {
        INFO(name);
        const item it = file_item(dir / name);
        CHECK(src.probe(it, head_of(it)) == probe_scale::content_and_name);
        const auto out = fx.expand(src, it);
        CHECK(*out.named("Báo cáo/Huyện ủy.docx").bytes == report);
        CHECK(out.rejected.empty());
    }
    // RAR 4 with Windows separators, and a file behind a password.
    const auto old = fx.expand(src, file_item(dir / "report-rar4.rar"));
    CHECK(old.names() == std::vector<std::string>{"Bao cao/Huyen uy.docx"});
    CHECK(*old.items[0].bytes == report);
    CHECK(rejections(old) == std::vector<std::pair<std::string, error_code>>{{"secret.docx", error_code::encrypted}});
}

TEST_CASE("source-archive: a tar name written in windows-1258 is decoded from it", "[sources][archive]") {
    // "Báo cáo Hà" as a Vietnamese Windows program writes it, ending in a byte
    // that would start a UTF-8 sequence.
    source_fixture fx;
    plugins::archive_source src;
    const item it = memory_item("cp1258.tar", ustar_bytes("B\xE1o c\xE1o H\xE0", "PK report"));
    const auto out = fx.expand(src, it);
    CHECK(out.names() == std::vector<std::string>{"Báo cáo Hà"});
    CHECK(*out.items[0].bytes == "PK report");
}

TEST_CASE("source-archive: a refused allocation in one hostile archive does not end the process on the next", "[sources][archive]") {
    // Found by fuzz_archive: the first archive makes libarchive ask for 2^64 - 3
    // bytes, which it survives, leaving errno at ENOMEM; the second holds a name
    // that does not convert, after which libarchive tested the stale errno and
    // called exit(1) ("Fatal Internal Error in libarchive: No memory").
    source_fixture fx;
    plugins::archive_source src;
    std::function<void(const item&, int)> open_all = [&](const item& it, int depth) {
        try {
            const auto out = fx.expand(src, it);
            for (const auto& child : out.items)
                if (depth < 4 && src.probe(child, head_of(child)) > 0) open_all(child, depth + 1);
        } catch (const rejection_error&) {
        }
    };
    for (const char* name : {"hostile-refused-allocation.rar", "hostile-unconverted-name.tgz"}) {
        const fs::path p = data_dir() / "archives" / name;
        open_all(memory_item(name, slurp(p)), 0);
    }
    SUCCEED("the process lives on");
}

TEST_CASE("source-archive registers one source named source-archive", "[sources][archive]") {
    const baocao_plugin_info* info = baocao_plugin_info_source_archive();
    CHECK(std::string(info->name) == "source-archive");
    recording_registry reg;
    info->register_stages(reg);
    REQUIRE(reg.sources.size() == 1);
    CHECK(reg.sources[0]->name() == "source-archive");
}
