// SPDX-License-Identifier: Apache-2.0
// The parts of baocao fetch that need no server: the mailbox address, the
// password sources, the Maildir writer and the ledger.
#include <catch2/catch.hpp>

#include "cli_args.hpp"
#include "fetch_archive.hpp"
#include "fetch_error.hpp"
#include "fetch_ledger.hpp"
#include "fetch_password.hpp"
#include "fetch_url.hpp"
#include "mail_fixture.hpp"
#include "test_paths.hpp"

#include <cstdlib>
#include <fstream>
#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace baocao::cli;

namespace {

void write_file(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

std::size_t files_in(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

stored_message store(maildir_archive& archive, const std::string& bytes) {
    auto in = archive.begin();
    in.append(bytes.substr(0, bytes.size() / 2));
    in.append(bytes.substr(bytes.size() / 2));
    return archive.commit(std::move(in));
}

}  // namespace

TEST_CASE("mailbox addresses: scheme, percent-encoded user, port, IPv6", "[fetch]") {
    const auto a = parse_mailbox_url("pop3s://ban.tonghop%40tinhuy.vn@mail.tinhuy.vn");
    CHECK(a.tls);
    CHECK(a.user == "ban.tonghop@tinhuy.vn");
    CHECK(a.host == "mail.tinhuy.vn");
    CHECK(a.port == 995);
    CHECK(a.account() == "ban.tonghop@tinhuy.vn@mail.tinhuy.vn");
    CHECK_FALSE(a.is_loopback());
    CHECK(a.display() == "pop3s://ban.tonghop%40tinhuy.vn@mail.tinhuy.vn:995");

    const auto b = parse_mailbox_url("POP3://tester@LocalHost:2110/");
    CHECK_FALSE(b.tls);
    CHECK(b.port == 2110);
    CHECK(b.is_loopback());
    CHECK(b.account() == "tester@localhost");
    CHECK(b.display() == "pop3://tester@LocalHost:2110");

    const auto c = parse_mailbox_url("pop3s://u@[::1]:1995");
    CHECK(c.host == "::1");
    CHECK(c.port == 1995);
    CHECK(c.display() == "pop3s://u@[::1]:1995");

    // An unencoded '@' in the user still works: the host follows the last one.
    CHECK(parse_mailbox_url("pop3s://a@b.vn@mx.b.vn").user == "a@b.vn");
    CHECK(parse_mailbox_url("pop3://u@127.0.0.1").port == 110);
}

TEST_CASE("mailbox addresses: what is refused", "[fetch]") {
    for (const char* bad : {"imap://u@h", "pop3s://h", "pop3s://@h", "pop3s://u:secret@h", "pop3s://u@h:0",
                            "pop3s://u@h:70000", "pop3s://u@h:", "pop3s://u@h/INBOX", "pop3s://u%4@h",
                            "pop3s://u@", "pop3s://u@h h", "pop3s://u@[::1"}) {
        INFO(bad);
        CHECK_THROWS_AS(parse_mailbox_url(bad), usage_error);
    }
    try {
        parse_mailbox_url("pop3s://u:secret@h");
    } catch (const usage_error& e) {
        CHECK(std::string(e.what()).find("secret") == std::string::npos);
    }
}

TEST_CASE("the password: environment, private file, refused shared file", "[fetch]") {
    const auto dir = baocao::testing::temp_dir("fetch-password");
    ::setenv("BAOCAO_MAIL_PASSWORD", "from-env", 1);
    CHECK(load_mail_password("") == "from-env");

    const auto file = dir / "pw";
    write_file(file, "from-file\r\nsecond line ignored\n");
    ::chmod(file.c_str(), 0600);
    CHECK(load_mail_password(file.string()) == "from-file");

    ::chmod(file.c_str(), 0640);
    CHECK_THROWS_WITH(load_mail_password(file.string()), Catch::Contains("chmod 600"));
    ::chmod(file.c_str(), 0604);
    CHECK_THROWS_AS(load_mail_password(file.string()), usage_error);

    write_file(dir / "empty", "\n");
    ::chmod((dir / "empty").c_str(), 0600);
    CHECK_THROWS_AS(load_mail_password((dir / "empty").string()), usage_error);
    CHECK_THROWS_AS(load_mail_password((dir / "missing").string()), usage_error);

    ::unsetenv("BAOCAO_MAIL_PASSWORD");
    CHECK_THROWS_WITH(load_mail_password(""), Catch::Contains("BAOCAO_MAIL_PASSWORD"));
    fs::remove_all(dir);
}

TEST_CASE("the Maildir writer: content names, same bytes stored once, moved files found", "[fetch]") {
    const auto dir = baocao::testing::temp_dir("fetch-archive") / "archive";
    const std::string m1 = baocao::testing::make_report_message(1);
    const std::string m2 = baocao::testing::make_report_message(2);
    std::string name1;
    {
        maildir_archive archive(dir);
        for (const char* sub : {"tmp", "new", "cur"}) CHECK(fs::is_directory(dir / sub));
        const auto s1 = store(archive, m1);
        CHECK_FALSE(s1.already_present);
        CHECK(s1.size == m1.size());
        CHECK(s1.sha256 == file_sha256(dir / s1.path));
        CHECK(s1.message_id == "<report-1@units.test>");
        // Named by the Date header (2 Oct 2013 08:11 +0700) and the digest.
        CHECK(s1.path == "new/1380676260." + s1.sha256.substr(0, 32) + ".baocao");
        name1 = fs::path(s1.path).filename().string();

        const auto again = store(archive, m1);
        CHECK(again.already_present);
        CHECK(again.path == s1.path);
        store(archive, m2);
        CHECK(files_in(dir / "new") == 2);
        CHECK(files_in(dir / "tmp") == 0);

        // A second writer on the same archive is turned away while this one works.
        CHECK_THROWS_WITH(maildir_archive(dir), Catch::Contains("another baocao fetch"));
        // An abandoned message leaves nothing in tmp/.
        {
            auto in = archive.begin();
            in.append("From: x\r\n");
        }
        CHECK(files_in(dir / "tmp") == 0);
    }
    // A mail program moved a message to cur/ with flags; a leftover temp file from a kill.
    fs::rename(dir / "new" / name1, dir / "cur" / (name1 + ":2,S"));
    write_file(dir / "tmp" / "123.4.baocao.part", "half a mess");
    write_file(dir / "tmp" / "someone-else", "not ours");
    maildir_archive archive(dir);
    CHECK_FALSE(fs::exists(dir / "tmp" / "123.4.baocao.part"));
    CHECK(fs::exists(dir / "tmp" / "someone-else"));
    const auto sha1 = file_sha256(dir / "cur" / (name1 + ":2,S"));
    CHECK(archive.locate(sha1, "new/" + name1) == std::optional<std::string>("cur/" + name1 + ":2,S"));
    const auto re = store(archive, m1);
    CHECK(re.already_present);
    CHECK(re.path == "cur/" + name1 + ":2,S");
    CHECK(files_in(dir / "new") == 1);
    CHECK_FALSE(archive.locate(std::string(64, '0'), "new/gone").has_value());
    fs::remove_all(dir.parent_path());
}

TEST_CASE("the Maildir writer: a damaged file under the content name is replaced", "[fetch]") {
    const auto dir = baocao::testing::temp_dir("fetch-archive-damaged");
    const std::string m = baocao::testing::make_report_message(3);
    std::string path;
    {
        maildir_archive archive(dir);
        path = store(archive, m).path;
    }
    write_file(dir / path, "truncated");
    maildir_archive archive(dir);
    const auto s = store(archive, m);
    CHECK_FALSE(s.already_present);
    CHECK(s.path == path);
    CHECK(file_sha256(dir / path) == s.sha256);
    fs::remove_all(dir);
}

TEST_CASE("the ledger: rows per mailbox, kept across openings, deletions noted", "[fetch]") {
    const auto dir = baocao::testing::temp_dir("fetch-ledger");
    const auto file = ledger_path(dir);
    {
        fetch_ledger ledger(file);
        ledger.record("a@h", {"u1", "<1@x>", std::string(64, 'a'), 100, "2024-01-01T00:00:00Z", "new/1", ""});
        ledger.record("a@h", {"u2", "", std::string(64, 'b'), 200, "2024-01-01T00:00:01Z", "new/2", ""});
        ledger.record("b@h", {"u1", "<9@x>", std::string(64, 'c'), 300, "2024-01-01T00:00:02Z", "new/3", ""});
        // A second record of the same UIDL keeps the first.
        ledger.record("a@h", {"u1", "<other>", std::string(64, 'd'), 1, "2025-01-01T00:00:00Z", "new/x", ""});
    }
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 077) == 0);
    fetch_ledger ledger(file);
    auto rows = ledger.rows("a@h");
    REQUIRE(rows.size() == 2);
    CHECK(rows["u1"].message_id == "<1@x>");
    CHECK(rows["u1"].sha256 == std::string(64, 'a'));
    CHECK(rows["u1"].size == 100);
    CHECK(rows["u2"].path == "new/2");
    CHECK(rows["u2"].deleted_at.empty());
    CHECK(ledger.rows("b@h").size() == 1);
    CHECK(ledger.rows("nobody@h").empty());
    ledger.mark_deleted("a@h", {"u2"}, "2024-02-02T00:00:00Z");
    rows = ledger.rows("a@h");
    CHECK(rows["u2"].deleted_at == "2024-02-02T00:00:00Z");
    CHECK(rows["u1"].deleted_at.empty());
    CHECK(utc_now_iso().size() == 20);
    fs::remove_all(dir);
}
