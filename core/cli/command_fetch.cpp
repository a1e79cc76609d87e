// SPDX-License-Identifier: Apache-2.0
// baocao fetch: new messages from a POP3 mailbox into a Maildir archive.
#include "commands.hpp"

#include "cli_args.hpp"
#include "fetch_mailbox.hpp"
#include "fetch_password.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace baocao::cli {

namespace {

const char* const help_text =
    "usage: baocao fetch pop3s://USER@HOST[:PORT] --archive DIR [options]\n"
    "       baocao fetch pop3s://USER@HOST --archive DIR --run --plan PLAN --roster ROSTER --out OUTDIR\n"
    "\n"
    "Downloads the messages of a POP3 mailbox that the archive does not hold yet into\n"
    "DIR, a Maildir (DIR/new/), and records each in DIR/.baocao-ledger.sqlite (UIDL,\n"
    "Message-ID, SHA-256, size, time, file). Each message is on disk before it is\n"
    "recorded, and recorded before it may be deleted: a fetch stopped at any point\n"
    "loses nothing and a rerun stores nothing twice. `baocao run` reads DIR like any Maildir.\n"
    "\n"
    "USER holding '@' is written percent-encoded: pop3s://ban.tuyen%40tinhuy.vn@mail.tinhuy.vn\n"
    "pop3s:// is TLS on port 995 by default; pop3:// (port 110, unencrypted) is for a\n"
    "server on this machine, elsewhere only with --insecure.\n"
    "\n"
    "The password comes from the environment variable BAOCAO_MAIL_PASSWORD or from\n"
    "--password-file, never from the command line.\n"
    "\n"
    "options:\n"
    "  --archive DIR         the Maildir to fill, created when missing\n"
    "  --password-file FILE  read the password from the first line of FILE, which only\n"
    "                        its owner may access (chmod 600)\n"
    "  --ca-file FILE        also trust the CA certificate(s) in FILE (PEM); the system's\n"
    "                        CAs are always trusted\n"
    "  --insecure            accept any server certificate, and allow pop3:// to a remote host\n"
    "  --delete              remove from the server the messages the archive holds (after\n"
    "                        they are stored and recorded); without it nothing is removed\n"
    "  --timeout SECONDS     give up on a silent server after this long (default 60)\n"
    "  --quiet               no progress lines, only warnings and the summary\n"
    "  --run                 then run `baocao run` on the archive with --plan, --roster,\n"
    "                        --out and, when given, -j, --now, --template, --config, --plugin-path\n"
    "\n"
    "Exit status: 0 done; 1 archive or ledger trouble, or messages the server refused;\n"
    "2 bad usage; 3 login rejected; 4 server unreachable, connection refused or lost;\n"
    "5 TLS failure (certificate not trusted or not for this host). With --run, when the\n"
    "fetch succeeded, the exit status of the run.\n";

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

void print_summary(const fetch_summary& s, const std::filesystem::path& archive) {
    std::cerr << "baocao fetch: " << s.fetched << " new, " << s.already << " already stored";
    if (s.recovered) std::cerr << ", " << s.recovered << " already in the archive and recorded now";
    std::cerr << ", " << s.deleted << " deleted, " << s.failed << " failed; " << plural(s.on_server, "message")
              << " on the server; archive " << archive.string() << '\n';
}

std::vector<std::string> run_arguments(const parsed_args& a, const std::filesystem::path& archive) {
    std::vector<std::string> args;
    for (const char* name : {"--plan", "--roster", "--out", "--jobs", "--now", "--template", "--config"})
        if (a.has(name)) {
            args.push_back(name);
            args.push_back(a.get(name));
        }
    for (const auto& p : a.all("--plugin-path")) {
        args.push_back("--plugin-path");
        args.push_back(p);
    }
    if (a.has("--quiet")) args.push_back("--quiet");
    args.push_back("--");
    // The archive as any Maildir: the folder source skips its tmp/ and the ledger.
    args.push_back(archive.string());
    return args;
}

}  // namespace

int command_fetch(const std::vector<std::string>& args) {
    auto a = parse_args(args, {{"--archive", "", true, false},
                               {"--password-file", "", true, false},
                               {"--ca-file", "", true, false},
                               {"--insecure", "", false, false},
                               {"--delete", "", false, false},
                               {"--timeout", "", true, false},
                               {"--quiet", "-q", false, false},
                               {"--run", "", false, false},
                               {"--plan", "", true, false},
                               {"--roster", "", true, false},
                               {"--out", "-o", true, false},
                               {"--jobs", "-j", true, false},
                               {"--now", "", true, false},
                               {"--template", "", true, false}});
    if (a.help) {
        std::cout << help_text;
        return 0;
    }
    if (a.positional.size() != 1)
        throw usage_error(a.positional.empty() ? "no mailbox given: baocao fetch pop3s://USER@HOST --archive DIR"
                                               : "give one mailbox address, not " + std::to_string(a.positional.size()));
    if (!a.has("--archive")) throw usage_error("missing --archive DIR: the Maildir folder to fill");
    if (a.has("--run")) {
        for (const char* required : {"--plan", "--roster", "--out"})
            if (!a.has(required)) throw usage_error(std::string("--run needs ") + required);
    } else {
        for (const char* run_only : {"--plan", "--roster", "--out", "--jobs", "--now", "--template"})
            if (a.has(run_only)) throw usage_error(std::string(run_only) + " is for --run");
    }

    fetch_request request;
    request.url = parse_mailbox_url(a.positional.front());
    request.archive = a.get("--archive");
    request.tls.insecure = a.has("--insecure");
    request.tls.ca_file = a.get("--ca-file");
    request.delete_stored = a.has("--delete");
    request.quiet = a.has("--quiet");
    if (a.has("--timeout")) {
        const std::string t = a.get("--timeout");
        char* end = nullptr;
        const long v = std::strtol(t.c_str(), &end, 10);
        if (!end || *end != '\0' || v < 1 || v > 3600)
            throw usage_error("--timeout needs a number of seconds from 1 to 3600, not '" + t + "'");
        request.timeout = Poco::Timespan(v, 0);
    }
    if (!request.url.tls && !request.url.is_loopback() && !request.tls.insecure)
        throw usage_error("pop3:// would send the password unencrypted to " + request.url.host +
                          "; use pop3s://, or add --insecure if this network is trusted");
    if (!request.url.tls && !request.url.is_loopback())
        std::cerr << "baocao fetch: warning: the password goes unencrypted to " << request.url.host << '\n';
    if (request.tls.insecure && request.url.tls)
        std::cerr << "baocao fetch: warning: --insecure: the server's certificate is not checked\n";
    request.password = load_mail_password(a.get("--password-file"));

    ssl_library ssl;
    fetch_summary summary;
    try {
        summary = fetch_mailbox(request);
    } catch (const fetch_error& e) {
        std::cerr << "baocao fetch: " << e.what() << '\n';
        return static_cast<int>(e.kind());
    }
    if (summary.stopped) std::cerr << "baocao fetch: " << summary.stopped->what() << '\n';
    print_summary(summary, request.archive);
    if (summary.stopped) {
        std::cerr << "baocao fetch: what was stored is recorded; run the same command again to fetch the rest\n";
        return static_cast<int>(summary.stopped->kind());
    }
    if (summary.failed) return static_cast<int>(fetch_failure::other);
    if (!a.has("--run")) return 0;
    return command_run(run_arguments(a, request.archive));
}

}  // namespace baocao::cli
