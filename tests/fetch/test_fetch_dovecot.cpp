// SPDX-License-Identifier: Apache-2.0
// baocao fetch end to end: the real binary against a real Dovecot.
#include <catch2/catch.hpp>

#include "cutting_proxy.hpp"
#include "dovecot_server.hpp"
#include "fetch_archive.hpp"
#include "fetch_ledger.hpp"
#include "fetch_process.hpp"
#include "mail_fixture.hpp"
#include "test_paths.hpp"

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <netdb.h>
#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace baocao::testing;

#define REQUIRE_DOVECOT()                                                                      \
    if (!dovecot_available()) {                                                                \
        WARN("skipped: /usr/sbin/dovecot is absent (apt-get install dovecot-pop3d to run it)"); \
        return;                                                                                \
    }

/// The TLS tests connect to "localhost", the name the test certificate is
/// issued for. Every installed Debian (and every container runtime) maps it in
/// /etc/hosts; a root made by debootstrap alone has no /etc/hosts, and then
/// the name resolves nowhere. Say so plainly instead of failing on the fetch.
#define REQUIRE_LOCALHOST_RESOLVES()                                                            \
    do {                                                                                        \
        addrinfo* found = nullptr;                                                              \
        const int rc = ::getaddrinfo("localhost", nullptr, nullptr, &found);                    \
        if (found) ::freeaddrinfo(found);                                                       \
        INFO("this machine does not resolve the name 'localhost' (is /etc/hosts missing?)");    \
        REQUIRE(rc == 0);                                                                       \
    } while (false)

namespace {

const std::string mail_user = "tonghop@tinhuy.test";
const std::string mail_password = "mật-khẩu 7!";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// One test's world: a server, an archive folder, and the fetch command.
struct fixture {
    fs::path root;
    std::unique_ptr<dovecot_server> server;
    fs::path archive;
    std::vector<std::string> delivered;

    explicit fixture(const std::string& name) : root(temp_dir("fetch-" + name)) {
        server = std::make_unique<dovecot_server>(root / "server", mail_user, mail_password);
        archive = root / "archive";
    }
    ~fixture() {
        server.reset();
        std::error_code ec;
        fs::remove_all(root, ec);
    }

    void deliver(int n, std::size_t filler = 0) {
        const std::string m = make_report_message(n, filler);
        server->deliver("1380000000.M" + std::to_string(n) + ".units.test", m);
        delivered.push_back(m);
    }

    std::string plain_url(int port = 0) const {
        return "pop3://tonghop%40tinhuy.test@127.0.0.1:" + std::to_string(port ? port : server->pop3_port());
    }
    std::string tls_url() const {
        return "pop3s://tonghop%40tinhuy.test@localhost:" + std::to_string(server->pop3s_port());
    }

    process_result fetch(std::vector<std::string> args, std::map<std::string, std::string> env = {}) const {
        if (!env.count("BAOCAO_MAIL_PASSWORD")) env["BAOCAO_MAIL_PASSWORD"] = mail_password;
        args.insert(args.begin(), "fetch");
        args.push_back("--archive");
        args.push_back(archive.string());
        auto r = run_process(bin_dir() / "baocao", args, env);
        // Whatever happened, the password is never shown.
        CHECK(r.err.find(mail_password) == std::string::npos);
        CHECK(r.out.find(mail_password) == std::string::npos);
        return r;
    }

    /// The archived messages (new/ and cur/), as LF text, sorted.
    std::vector<std::string> archived() const {
        std::vector<std::string> out;
        for (const char* sub : {"new", "cur"})
            if (fs::is_directory(archive / sub))
                for (const auto& e : fs::directory_iterator(archive / sub)) out.push_back(to_lf(slurp(e.path())));
        std::sort(out.begin(), out.end());
        return out;
    }

    std::vector<std::string> delivered_sorted(std::size_t first = 0, std::size_t count = std::string::npos) const {
        std::vector<std::string> d(delivered.begin() + static_cast<long>(first),
                                   count == std::string::npos ? delivered.end()
                                                              : delivered.begin() + static_cast<long>(first + count));
        std::sort(d.begin(), d.end());
        return d;
    }

    std::map<std::string, baocao::cli::ledger_row> ledger(const std::string& host = "127.0.0.1") const {
        baocao::cli::fetch_ledger l(baocao::cli::ledger_path(archive));
        return l.rows(mail_user + "@" + host);
    }

    std::size_t temp_files() const {
        std::size_t n = 0;
        if (fs::is_directory(archive / "tmp"))
            for ([[maybe_unused]] const auto& e : fs::directory_iterator(archive / "tmp")) ++n;
        return n;
    }

    /// Every ledger row names a file holding exactly the recorded bytes.
    void check_ledger_matches_files() const {
        for (const auto& [uidl, row] : ledger()) {
            INFO(uidl << " " << row.path);
            CHECK(baocao::cli::file_sha256(archive / row.path) == row.sha256);
            CHECK(fs::file_size(archive / row.path) == row.size);
            CHECK(row.message_id.rfind("<report-", 0) == 0);
        }
    }
};

}  // namespace

TEST_CASE("fetch: the first run stores everything, the next only what arrived since", "[fetch][dovecot]") {
    REQUIRE_DOVECOT();
    fixture f("incremental");
    for (int n = 1; n <= 3; ++n) f.deliver(n);

    auto r = f.fetch({f.plain_url()});
    INFO(r.err << f.server->log());
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("3 new, 0 already stored, 0 deleted, 0 failed"));
    // Byte for byte what was delivered (Dovecot sends CRLF, undoes nothing else):
    // the lines starting with "." came back unstuffed.
    CHECK(f.archived() == f.delivered_sorted());
    CHECK(f.ledger().size() == 3);
    f.check_ledger_matches_files();
    CHECK(f.temp_files() == 0);

    r = f.fetch({f.plain_url()});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("0 new, 3 already stored"));
    CHECK(f.archived().size() == 3);

    f.deliver(4);
    f.deliver(5);
    r = f.fetch({f.plain_url(), "--quiet"});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("2 new, 3 already stored"));
    CHECK_THAT(r.err, !Catch::Contains("messages, "));  // --quiet: no progress lines
    CHECK(f.archived() == f.delivered_sorted());
    CHECK(f.ledger().size() == 5);
    f.check_ledger_matches_files();
    // Without --delete the server keeps everything.
    CHECK(f.server->messages().size() == 5);
}

TEST_CASE("fetch: POP3S with the server's CA, and refused without it", "[fetch][dovecot]") {
    REQUIRE_DOVECOT();
    REQUIRE_LOCALHOST_RESOLVES();
    fixture f("tls");
    f.deliver(1);
    f.deliver(2);

    auto r = f.fetch({f.tls_url()});
    CHECK(r.exit_code == 5);
    CHECK_THAT(r.err, Catch::Contains("not trusted") && Catch::Contains("--ca-file"));
    CHECK(f.archived().empty());

    r = f.fetch({f.tls_url(), "--ca-file", f.server->certificate().string()});
    INFO(r.err << f.server->log());
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("2 new"));
    CHECK(f.archived() == f.delivered_sorted());
    CHECK(f.ledger("localhost").size() == 2);

    // --insecure is accepted, and says what it costs.
    f.deliver(3);
    r = f.fetch({f.tls_url(), "--insecure"});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("not checked") && Catch::Contains("1 new, 2 already stored"));

    // TLS spoken to the plain port fails as TLS, not as a crash.
    r = f.fetch({"pop3s://tonghop%40tinhuy.test@localhost:" + std::to_string(f.server->pop3_port()), "--ca-file",
                 f.server->certificate().string(), "--timeout", "5"});
    CHECK(r.exit_code == 5);
}

TEST_CASE("fetch: wrong password, refused connection, bad usage", "[fetch][dovecot]") {
    REQUIRE_DOVECOT();
    fixture f("errors");
    f.deliver(1);

    auto r = f.fetch({f.plain_url()}, {{"BAOCAO_MAIL_PASSWORD", "wrong password"}});
    CHECK(r.exit_code == 3);
    CHECK_THAT(r.err, Catch::Contains("rejected the login of 'tonghop@tinhuy.test'"));
    CHECK(f.archived().empty());

    r = f.fetch({f.plain_url(free_loopback_port())});
    CHECK(r.exit_code == 4);
    CHECK_THAT(r.err, Catch::Contains("connection refused"));

    // No password anywhere: bad usage, and nothing is contacted.
    r = f.fetch({f.plain_url()}, {{"BAOCAO_MAIL_PASSWORD", ""}});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("BAOCAO_MAIL_PASSWORD"));

    // A password file others can read is refused; a private one works.
    const auto pw = f.root / "password";
    {
        std::ofstream out(pw);
        out << mail_password << "\n";
    }
    ::chmod(pw.c_str(), 0644);
    r = f.fetch({f.plain_url(), "--password-file", pw.string()}, {{"BAOCAO_MAIL_PASSWORD", ""}});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("chmod 600"));
    ::chmod(pw.c_str(), 0600);
    r = f.fetch({f.plain_url(), "--password-file", pw.string()}, {{"BAOCAO_MAIL_PASSWORD", "wrong"}});
    CHECK(r.exit_code == 0);
    CHECK(f.archived().size() == 1);

    // Plain POP3 to a remote host would expose the password.
    r = f.fetch({"pop3://u@mail.example.com"});
    CHECK(r.exit_code == 2);
    r = f.fetch({"pop3s://u:pw@mail.example.com"});
    CHECK(r.exit_code == 2);
    r = f.fetch({f.plain_url(), "--plan", "p"});
    CHECK(r.exit_code == 2);
}

TEST_CASE("fetch: killed after storing a message, before or after recording it", "[fetch][dovecot]") {
    REQUIRE_DOVECOT();
    for (const std::string point : {"2", "3:recorded"}) {
        SECTION(point) {
            fixture f("kill");
            for (int n = 1; n <= 5; ++n) f.deliver(n);
            auto r = f.fetch({f.plain_url()}, {{"BAOCAO_FETCH_FAIL_AFTER", point}});
            REQUIRE(r.exit_code == 9);
            const bool recorded = point.find("recorded") != std::string::npos;
            const std::size_t stored = recorded ? 3 : 2;
            CHECK(f.archived().size() == stored);
            CHECK(f.ledger().size() == (recorded ? 3u : 1u));
            CHECK(f.server->messages().size() == 5);

            r = f.fetch({f.plain_url()});
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
            if (recorded)
                CHECK_THAT(r.err, Catch::Contains("2 new, 3 already stored, 0 deleted"));
            else
                CHECK_THAT(r.err, Catch::Contains("3 new, 1 already stored, 1 already in the archive and recorded now"));
            // Every message exactly once, in the archive and in the ledger.
            CHECK(f.archived() == f.delivered_sorted());
            CHECK(f.ledger().size() == 5);
            f.check_ledger_matches_files();
            CHECK(f.temp_files() == 0);
        }
    }
}

TEST_CASE("fetch: a connection dropped in the middle of a message", "[fetch][dovecot]") {
    REQUIRE_DOVECOT();
    fixture f("dropped");
    const std::size_t filler = 60000;
    for (int n = 1; n <= 4; ++n) f.deliver(n, filler);
    // On the wire each LF becomes CRLF; cut halfway through the third message.
    std::size_t cut = 600;  // greeting, login, LIST and UIDL
    for (int i = 0; i < 2; ++i)
        cut += f.delivered[static_cast<std::size_t>(i)].size() +
               static_cast<std::size_t>(std::count(f.delivered[static_cast<std::size_t>(i)].begin(),
                                                   f.delivered[static_cast<std::size_t>(i)].end(), '\n')) +
               40;
    cut += f.delivered[2].size() / 2;
    {
        cutting_proxy proxy(f.server->pop3_port(), cut);
        auto r = f.fetch({f.plain_url(proxy.port()), "--timeout", "10"});
        CHECK(proxy.cut());
        INFO(r.err);
        CHECK(r.exit_code == 4);
        CHECK_THAT(r.err, Catch::Contains("middle of message 3") && Catch::Contains("run the same command again"));
        CHECK_THAT(r.err, Catch::Contains("2 new"));
        CHECK(f.archived() == f.delivered_sorted(0, 2));
        CHECK(f.ledger().size() == 2);
        CHECK(f.temp_files() == 0);
    }
    auto r = f.fetch({f.plain_url()});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("2 new, 2 already stored"));
    CHECK(f.archived() == f.delivered_sorted());
    f.check_ledger_matches_files();
}

TEST_CASE("fetch --delete removes from the server only what the archive holds", "[fetch][dovecot]") {
    REQUIRE_DOVECOT();
    fixture f("delete");
    for (int n = 1; n <= 3; ++n) f.deliver(n);
    // Killed before the end: nothing is deleted, since deletion waits for QUIT.
    auto r = f.fetch({f.plain_url(), "--delete"}, {{"BAOCAO_FETCH_FAIL_AFTER", "2:recorded"}});
    REQUIRE(r.exit_code == 9);
    CHECK(f.server->messages().size() == 3);

    r = f.fetch({f.plain_url()});
    REQUIRE(r.exit_code == 0);
    REQUIRE(f.archived().size() == 3);
    // Someone removes message 2 from the archive; then message 4 arrives.
    std::string removed_uidl;
    for (const auto& [uidl, row] : f.ledger())
        if (row.message_id == "<report-2@units.test>") {
            fs::remove(f.archive / row.path);
            removed_uidl = uidl;
        }
    REQUIRE_FALSE(removed_uidl.empty());
    f.deliver(4);

    r = f.fetch({f.plain_url(), "--delete"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("1 new, 3 already stored, 3 deleted, 0 failed"));
    CHECK_THAT(r.err, Catch::Contains("gone from the archive; left on the server"));
    const auto left = f.server->messages();
    REQUIRE(left.size() == 1);
    CHECK_THAT(left.front(), Catch::Contains("<report-2@units.test>"));
    for (const auto& [uidl, row] : f.ledger()) CHECK(row.deleted_at.empty() == (uidl == removed_uidl));

    r = f.fetch({f.plain_url(), "--delete"});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("0 new, 1 already stored, 0 deleted"));
    CHECK(f.server->messages().size() == 1);
}

TEST_CASE("fetch --run reads the archive like any Maildir", "[fetch][dovecot]") {
    REQUIRE_DOVECOT();
    fixture f("run");
    f.deliver(1);
    f.deliver(2);
    const auto data = data_dir() / "fetch";
    const auto out = f.root / "out";
    auto r = f.fetch({f.plain_url(), "--run", "--plan", (data / "plan.txt").string(), "--roster",
                      (data / "roster.json").string(), "--out", out.string(), "-j", "2"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    REQUIRE(fs::exists(out / "result.json"));
    const auto result = Poco::JSON::Parser().parse(slurp(out / "result.json")).extract<Poco::JSON::Object::Ptr>();
    std::set<std::string> seen;
    for (const char* list : {"submissions", "rejected"})
        if (auto a = result->getArray(list))
            for (std::size_t i = 0; i < a->size(); ++i) {
                const std::string source = a->getObject(static_cast<unsigned>(i))->getValue<std::string>("source");
                CHECK(source.find(f.archive.string()) == 0);
                for (int n = 1; n <= 2; ++n)
                    if (source.find("bao-cao-" + std::to_string(n) + ".docx") != std::string::npos)
                        seen.insert(std::to_string(n));
            }
    CHECK(seen == std::set<std::string>{"1", "2"});
    CHECK(result->getArray("submissions")->size() == 2);
}
