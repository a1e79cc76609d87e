// SPDX-License-Identifier: Apache-2.0
#include "dovecot_server.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "test_cert.hpp"

namespace fs = std::filesystem;

namespace baocao::testing {

namespace {

const char* const dovecot_binary = "/usr/sbin/dovecot";

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + p.string());
}

bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

std::string user_name(uid_t uid) {
    if (const passwd* pw = ::getpwuid(uid)) return pw->pw_name;
    throw std::runtime_error("no user name for uid " + std::to_string(uid));
}

std::string group_name(gid_t gid) {
    if (const group* gr = ::getgrgid(gid)) return gr->gr_name;
    throw std::runtime_error("no group name for gid " + std::to_string(gid));
}

/// Reaps `pid` if it has ended; true once it has.
bool reaped(pid_t pid) {
    int status = 0;
    const pid_t r = ::waitpid(pid, &status, WNOHANG);
    return r == pid || (r < 0 && errno == ECHILD);
}

/// Processes whose working folder lies under `root`: Dovecot's helpers (log,
/// anvil, config, auth...) run in its base_dir and outlive the master briefly.
std::vector<pid_t> processes_under(const fs::path& root) {
    std::vector<pid_t> found;
    std::error_code ec;
    const std::string prefix = root.string() + "/";
    for (const auto& e : fs::directory_iterator("/proc", ec)) {
        const std::string name = e.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::string cwd = fs::read_symlink(e.path() / "cwd", ec).string();
        if (ec) continue;
        if ((cwd + "/").rfind(prefix, 0) == 0) found.push_back(static_cast<pid_t>(std::stol(name)));
    }
    return found;
}

}  // namespace

bool dovecot_available() { return ::access(dovecot_binary, X_OK) == 0; }

int free_loopback_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(fd);
        throw std::runtime_error("no free port");
    }
    ::close(fd);
    return ntohs(a.sin_port);
}

dovecot_server::dovecot_server(const fs::path& root, std::string user, std::string password)
    : root_(root), user_(std::move(user)), password_(std::move(password)) {
    for (const char* d : {"run", "state", "log", "mail"}) fs::create_directories(root_ / d);
    maildir_ = root_ / "mail" / user_;
    for (const char* d : {"tmp", "new", "cur"}) fs::create_directories(maildir_ / d);
    cert_ = root_ / "server-cert.pem";
    make_self_signed_certificate(cert_, root_ / "server-key.pem", "localhost");
    fs::permissions(root_ / "server-key.pem", fs::perms::owner_read | fs::perms::owner_write);

    // Dovecot refuses to run its login and mail processes as root, and a
    // non-root Dovecot cannot switch users at all: as root everything
    // unprivileged runs as "nobody" (and the mailbox belongs to it), otherwise
    // everything runs as the current user.
    const bool root_user = ::geteuid() == 0;
    std::string service_user, service_group;
    if (root_user) {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody) throw std::runtime_error("running as root needs a 'nobody' user for Dovecot");
        mail_uid_ = static_cast<int>(nobody->pw_uid);
        mail_gid_ = static_cast<int>(nobody->pw_gid);
        service_user = "nobody";
        service_group = group_name(nobody->pw_gid);
        // The unprivileged processes must reach the configuration and sockets.
        fs::permissions(root_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                   fs::perms::others_read | fs::perms::others_exec);
    } else {
        mail_uid_ = static_cast<int>(::getuid());
        mail_gid_ = static_cast<int>(::getgid());
        service_user = user_name(::getuid());
        service_group = group_name(::getgid());
    }
    hand_over(root_ / "mail");

    pop3_port_ = free_loopback_port();
    pop3s_port_ = free_loopback_port();
    while (pop3s_port_ == pop3_port_) pop3s_port_ = free_loopback_port();

    write_file(root_ / "users", user_ + ":{PLAIN}" + password_ + ":" + std::to_string(mail_uid_) + ":" +
                                    std::to_string(mail_gid_) + "::" + maildir_.string() + "\n");
    const std::string r = root_.string();
    std::ostringstream conf;
    conf << "base_dir = " << r << "/run\n"
         << "state_dir = " << r << "/state\n"
         << "log_path = " << r << "/log/dovecot.log\n"
         << "info_log_path = " << r << "/log/dovecot.log\n"
         << "protocols = pop3\n"
         << "listen = 127.0.0.1\n"
         << "default_login_user = " << service_user << "\n"
         << "default_internal_user = " << service_user << "\n"
         << "default_internal_group = " << service_group << "\n"
         << "first_valid_uid = " << mail_uid_ << "\n"
         << "last_valid_uid = " << mail_uid_ << "\n"
         << "disable_plaintext_auth = no\n"
         << "login_trusted_networks = 127.0.0.0/8\n"
         << "auth_mechanisms = plain\n"
         << "auth_failure_delay = 0\n"
         << "ssl = yes\n"
         << "ssl_cert = <" << cert_.string() << "\n"
         << "ssl_key = <" << (root_ / "server-key.pem").string() << "\n"
         << "mail_location = maildir:~\n"
         << "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN " << r << "/users\n}\n"
         << "userdb {\n  driver = passwd-file\n  args = " << r << "/users\n}\n"
         << "service pop3-login {\n  chroot =\n"
         << "  inet_listener pop3 {\n    port = " << pop3_port_ << "\n  }\n"
         << "  inet_listener pop3s {\n    port = " << pop3s_port_ << "\n    ssl = yes\n  }\n}\n"
         << "service imap-login {\n  chroot =\n}\n"
         // No growing delay after the wrong-password test: the penalty socket is disabled.
         << "service anvil {\n  chroot =\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}\n";
    if (!root_user)
        conf << "service auth {\n  user = " << service_user << "\n}\n"
             << "service auth-worker {\n  user = " << service_user << "\n}\n";
    write_file(root_ / "dovecot.conf", conf.str());

    // In the foreground (-F) the master is our own child: its pid is known at
    // once and waitpid reaps it. Daemonised, its pid came from master.pid,
    // which Dovecot writes only after its listeners already accept, so the
    // pid was read too early, as 0, and the server outlived the test.
    const std::string conf_path = (root_ / "dovecot.conf").string();
    const std::string start_log = (root_ / "log" / "start.log").string();
    std::vector<std::string> argv_text{dovecot_binary, "-F", "-c", conf_path};
    std::vector<char*> argv;
    for (auto& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string("cannot start dovecot: ") + std::strerror(errno));
    if (pid == 0) {
        // Should the test process die without running its destructors, the
        // server dies with it.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(start_log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0) ::_exit(126);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(out, 2);
        ::execv(dovecot_binary, argv.data());
        ::_exit(127);
    }
    master_pid_ = pid;
    try {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!(accepts(pop3_port_) && accepts(pop3s_port_))) {
            if (reaped(master_pid_)) {
                master_pid_ = 0;
                throw std::runtime_error("dovecot did not start: " + read_file(start_log) + log());
            }
            if (std::chrono::steady_clock::now() > deadline)
                throw std::runtime_error("dovecot does not accept connections: " + log());
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    } catch (...) {
        stop();
        throw;
    }
}

void dovecot_server::stop() noexcept {
    if (master_pid_ > 0) {
        ::kill(master_pid_, SIGTERM);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!reaped(master_pid_)) {
            if (std::chrono::steady_clock::now() > deadline) {
                ::kill(master_pid_, SIGKILL);
                ::waitpid(master_pid_, nullptr, 0);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        master_pid_ = 0;
    }
    // The helpers end when they see the master gone; the folder is removed
    // only after them, or they would keep running in a deleted folder.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    for (auto left = processes_under(root_); !left.empty(); left = processes_under(root_)) {
        if (std::chrono::steady_clock::now() > deadline) {
            for (pid_t p : left) ::kill(p, SIGKILL);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

dovecot_server::~dovecot_server() { stop(); }

void dovecot_server::hand_over(const fs::path& p) const {
    if (::geteuid() != 0) return;
    if (::chown(p.c_str(), static_cast<uid_t>(mail_uid_), static_cast<gid_t>(mail_gid_)) != 0)
        throw std::runtime_error("cannot chown " + p.string());
    if (fs::is_directory(p))
        for (const auto& e : fs::recursive_directory_iterator(p))
            if (::chown(e.path().c_str(), static_cast<uid_t>(mail_uid_), static_cast<gid_t>(mail_gid_)) != 0)
                throw std::runtime_error("cannot chown " + e.path().string());
}

void dovecot_server::deliver(const std::string& name, const std::string& message) {
    const fs::path temp = maildir_ / "tmp" / name;
    write_file(temp, message);
    hand_over(temp);
    fs::rename(temp, maildir_ / "new" / name);
}

std::vector<std::string> dovecot_server::messages() const {
    std::vector<std::string> out;
    for (const char* d : {"new", "cur"})
        for (const auto& e : fs::directory_iterator(maildir_ / d)) out.push_back(read_file(e.path()));
    return out;
}

std::string dovecot_server::log() const { return read_file(root_ / "log" / "dovecot.log"); }

}  // namespace baocao::testing
