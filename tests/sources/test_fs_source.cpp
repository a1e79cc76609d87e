// SPDX-License-Identifier: Apache-2.0
// The folder source: recursive walk, order, provenance, junk, unreadable entries.
#include "source_test_support.hpp"

#include "fs_source.hpp"
#include "os_junk.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace baocao;
using namespace baocao::testing;
namespace fs = std::filesystem;

BAOCAO_DECLARE_PLUGIN(source_fs);

namespace {

// "Báo cáo.docx" as macOS writes it (NFD: a + combining acute).
const std::string nfd_name = "Ba\xCC\x81o ca\xCC\x81o.docx";

fs::path make_tree(const std::string& tag) {
    const fs::path root = temp_dir("fs-" + tag);
    write_file(root / "a.docx", "A");
    write_file(root / "sub" / "b.docx", "B");
    write_file(root / "sub" / "deeper" / "c.eml", "C");
    write_file(root / ".hidden.docx", "H");
    write_file(root / nfd_name, "N");
    write_file(root / ".DS_Store", "junk");
    write_file(root / "sub" / "Thumbs.db", "junk");
    write_file(root / "~$a.docx", "lock");
    write_file(root / "._a.docx", "appledouble");
    return root;
}

}  // namespace

TEST_CASE("source-fs probes folders only", "[sources][fs]") {
    plugins::fs_source src;
    const fs::path root = make_tree("probe");
    CHECK(src.probe(file_item(root), "") == 100);
    const item file = file_item(root / "a.docx");
    CHECK(src.probe(file, head_of(file)) == 0);
    CHECK(src.probe(memory_item("x", "data"), "data") == 0);
    fs::remove_all(root);
}

TEST_CASE("source-fs walks recursively in bytewise order and leaves only OS junk unread, each named with its reason", "[sources][fs]") {
    source_fixture fx;
    plugins::fs_source src;
    const fs::path root = make_tree("walk");
    const auto out = fx.expand(src, file_item(root, "inbox/"));

    const std::vector<std::string> expected{".hidden.docx", "a.docx", "Báo cáo.docx", "sub/b.docx",
                                            "sub/deeper/c.eml"};
    std::vector<std::string> sorted_expected = expected;
    std::sort(sorted_expected.begin(), sorted_expected.end());
    CHECK(out.names() == sorted_expected);
    // Every junk file is still handed back, with the reason it is left unread.
    std::vector<std::pair<std::string, error_code>> skipped;
    for (const auto& r : out.rejected) {
        CHECK(is_skip_reason(r.code));
        skipped.emplace_back(r.name, r.code);
    }
    CHECK(skipped == std::vector<std::pair<std::string, error_code>>{{".DS_Store", error_code::os_metadata},
                                                                     {"._a.docx", error_code::appledouble},
                                                                     {"sub/Thumbs.db", error_code::os_metadata},
                                                                     {"~$a.docx", error_code::office_lock_file}});

    const item& b = out.named("sub/b.docx");
    CHECK(b.source == "inbox/sub/b.docx");  // no doubled "/" after a folder given with one
    CHECK(b.path == root / "sub" / "b.docx");
    CHECK_FALSE(b.in_memory());
    CHECK(slurp(b.path) == "B");
    // The NFD name on disk is NFC in the provenance but still opens.
    const item& n = out.named("Báo cáo.docx");
    CHECK(n.source == "inbox/Báo cáo.docx");
    CHECK(slurp(n.path) == "N");
    fs::remove_all(root);
}

TEST_CASE("source-fs children inherit the envelope of the folder", "[sources][fs]") {
    source_fixture fx;
    plugins::fs_source src;
    const fs::path root = temp_dir("fs-env");
    write_file(root / "x.docx", "X");
    item folder = file_item(root, "in");
    folder.env.message_key = "k";
    folder.env.received_at = 42;
    const auto out = fx.expand(src, folder);
    REQUIRE(out.items.size() == 1);
    CHECK(out.items[0].env.message_key == "k");
    CHECK(out.items[0].env.received_at == 42);
    fs::remove_all(root);
}

TEST_CASE("source-fs rejects link loops, broken links and special files, follows other links", "[sources][fs]") {
    source_fixture fx;
    plugins::fs_source src;
    const fs::path root = temp_dir("fs-links");
    const fs::path outside = temp_dir("fs-links-outside");
    write_file(root / "sub" / "a.docx", "A");
    write_file(outside / "real.docx", "R");
    fs::create_directory_symlink("..", root / "sub" / "loop");
    fs::create_directory_symlink(root, root / "self");
    fs::create_symlink(root / "missing.docx", root / "broken.docx");
    fs::create_symlink(outside / "real.docx", root / "linked.docx");
    fs::create_directory_symlink(outside, root / "elsewhere");
    REQUIRE(::mkfifo((root / "pipe").c_str(), 0600) == 0);

    const auto out = fx.expand(src, file_item(root, "in"));
    CHECK(out.names() == std::vector<std::string>{"elsewhere/real.docx", "linked.docx", "sub/a.docx"});
    CHECK(slurp(out.named("linked.docx").path) == "R");
    std::vector<std::string> rejected;
    for (const auto& r : out.rejected) {
        CHECK(r.code == error_code::unreadable);
        rejected.push_back(r.name);
    }
    CHECK(rejected == std::vector<std::string>{"broken.docx", "pipe", "self", "sub/loop"});
    fs::remove_all(root);
    fs::remove_all(outside);
}

TEST_CASE("source-fs lists a file it cannot open; reading it is the core's test", "[sources][fs]") {
    // The core reads each input and rejects one it cannot read as unreadable
    // (tests/core/dispatch_test.cpp); listing it here keeps it accounted for.
    source_fixture fx;
    plugins::fs_source src;
    const fs::path root = temp_dir("fs-perm");
    write_file(root / "secret.docx", "S");
    write_file(root / "open.docx", "O");
    fs::permissions(root / "secret.docx", fs::perms::none);
    const auto out = fx.expand(src, file_item(root, "in"));
    CHECK(out.names() == std::vector<std::string>{"open.docx", "secret.docx"});
    CHECK(out.rejected.empty());
    fs::permissions(root / "secret.docx", fs::perms::owner_all);
    fs::remove_all(root);
}

TEST_CASE("source-fs throws unreadable for a missing folder", "[sources][fs]") {
    source_fixture fx;
    plugins::fs_source src;
    try {
        fx.expand(src, file_item("/nonexistent/baocao-folder"));
        FAIL("expected a rejection");
    } catch (const rejection_error& e) {
        CHECK(e.code() == error_code::unreadable);
    }
}

TEST_CASE("source-fs junk list is exactly the documented one", "[sources][fs]") {
    using plugins::is_os_junk;
    CHECK(is_os_junk(".DS_Store"));
    CHECK(is_os_junk("thumbs.db"));
    CHECK(is_os_junk("Thumbs.db"));
    CHECK(is_os_junk("Desktop.ini"));
    CHECK(is_os_junk("~$o cáo.docx"));
    CHECK(is_os_junk("._Báo cáo.docx"));
    CHECK_FALSE(is_os_junk(".hidden.docx"));
    CHECK_FALSE(is_os_junk("a.docx"));
    CHECK_FALSE(is_os_junk("DS_Store"));
    // Thunderbird's own files beside the mailboxes of "Local Folders".
    CHECK(is_os_junk("Inbox.msf"));
    CHECK(is_os_junk("Báo cáo 2013.MSF"));
    CHECK(is_os_junk("msgFilterRules.dat"));
    CHECK(is_os_junk("popstate.dat"));
    CHECK(is_os_junk("filterlog.html"));
    CHECK_FALSE(is_os_junk(".msf"));
    CHECK_FALSE(is_os_junk("Inbox"));
    // What Dovecot and Courier keep in a Maildir.
    for (const char* name : {"dovecot-uidlist", "dovecot-keywords", "dovecot.index", "dovecot.index.log",
                             "dovecot.index.cache", "dovecot.list.index.log", "dovecot-uidvalidity.5f3a",
                             "courierimapuiddb", "courierimapkeywords", "maildirfolder", "subscriptions"}) {
        INFO(name);
        CHECK(is_os_junk(name));
    }
    CHECK(is_os_junk("table_of_contents"));   // Apple Mail's export of a mailbox
    CHECK(is_os_junk("Info.plist"));
    CHECK(is_os_junk(".mboxCache.plist"));     // Apple Mail's own store
    CHECK(is_os_junk("Envelope Index"));
    CHECK(is_os_junk("Envelope Index-wal"));
    CHECK_FALSE(is_os_junk("12345.emlx"));
    CHECK_FALSE(is_os_junk("dovecot"));
    CHECK_FALSE(is_os_junk("bao-cao-dovecot.docx"));
}

TEST_CASE("source-fs reads a Dovecot Maildir's messages and skips the server's indexes and lists", "[sources][fs]") {
    source_fixture fx;
    plugins::fs_source src;
    const fs::path dir = temp_dir("dovecot") / "Maildir";
    write_file(dir / "cur" / "1380611520.M1P2.mx:2,S", "From: a@b.vn\r\n\r\nx\r\n");
    write_file(dir / "dovecot-uidlist", "3 V1380000000 N5\n");
    write_file(dir / "dovecot.index.log", std::string(64, '\x01'));
    write_file(dir / "subscriptions", "Sent\n");
    write_file(dir / ".Sent" / "maildirfolder", "");
    write_file(dir / ".Sent" / "dovecot.index.cache", std::string(64, '\x02'));
    const auto out = fx.expand(src, file_item(dir));
    CHECK(out.names() == std::vector<std::string>{"cur/1380611520.M1P2.mx:2,S"});
    CHECK(out.rejected.size() == 5);
    for (const auto& r : out.rejected) CHECK(r.code == error_code::os_metadata);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("source-fs reads a Thunderbird folder's mailboxes and skips its summaries and state", "[sources][fs]") {
    source_fixture fx;
    plugins::fs_source src;
    const fs::path dir = temp_dir("thunderbird") / "Local Folders";
    write_file(dir / "Inbox", "From - Fri Sep 27 09:15:00 2013\r\n");
    write_file(dir / "Inbox.msf", "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
    write_file(dir / "Báo cáo.sbd" / "Huyện.msf", "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
    write_file(dir / "msgFilterRules.dat", "version=\"9\"\n");
    write_file(dir / "popstate.dat", "# POP3 State File\n");
    const auto out = fx.expand(src, file_item(dir));
    CHECK(out.names() == std::vector<std::string>{"Inbox"});
    std::vector<std::pair<std::string, error_code>> skipped;
    for (const auto& r : out.rejected) skipped.emplace_back(r.name, r.code);
    CHECK(skipped == std::vector<std::pair<std::string, error_code>>{{"Báo cáo.sbd/Huyện.msf", error_code::os_metadata},
                                                                     {"Inbox.msf", error_code::os_metadata},
                                                                     {"msgFilterRules.dat", error_code::os_metadata},
                                                                     {"popstate.dat", error_code::os_metadata}});
    fs::remove_all(dir.parent_path());
}

TEST_CASE("source-fs registers one source named source-fs", "[sources][fs]") {
    const baocao_plugin_info* info = baocao_plugin_info_source_fs();
    CHECK(info->api_version == BAOCAO_API_VERSION);
    CHECK(std::string(info->name) == "source-fs");
    recording_registry reg;
    info->register_stages(reg);
    REQUIRE(reg.sources.size() == 1);
    CHECK(reg.sources[0]->name() == "source-fs");
}

TEST_CASE("source-fs keeps names apart that differ only in normalization", "[sources][fs]") {
    source_fixture fx;
    plugins::fs_source src;
    const fs::path root = temp_dir("fs-nfc");
    write_file(root / "Báo cáo.docx", "composed");
    write_file(root / nfd_name, "decomposed");
    const auto out = fx.expand(src, file_item(root, "in"));
    REQUIRE(out.items.size() == 2);
    CHECK(out.names() == std::vector<std::string>{"Báo cáo.docx", "Báo cáo (2).docx"});
    CHECK(slurp(out.items[0].path) != slurp(out.items[1].path));
    fs::remove_all(root);
}

TEST_CASE("source-fs never reads a baocao output folder found among the inputs", "[sources][fs]") {
    source_fixture fx;
    plugins::fs_source src;
    const fs::path root = temp_dir("fs-outputs");
    write_file(root / "report.docx", "R");
    // A previous run's outputs, written into the folder it read (--out in/out).
    write_file(root / "out" / "result.json", "{\n  \"schema\": \"baocao.result/1\",\n  \"plan\": {}\n}\n");
    write_file(root / "out" / "draft.docx", "PK\x03\x04 draft");
    write_file(root / "out" / "draft.md", "# draft");
    // Someone else's result.json is just a file.
    write_file(root / "other" / "result.json", "{\"schema\": \"something.else/2\"}");
    const auto out = fx.expand(src, file_item(root, "in"));
    CHECK(out.names() == std::vector<std::string>{"other/result.json", "report.docx"});
    REQUIRE(out.rejected.size() == 1);
    CHECK(out.rejected[0].name == "out");
    CHECK(out.rejected[0].code == error_code::unsupported_format);
    CHECK(out.rejected[0].message.find("baocao output folder") != std::string::npos);
}
