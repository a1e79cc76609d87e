#include "dovecot_server.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
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

    const std::string command = std::string(dovecot_binary) + " -c '" + (root_ / "dovecot.conf").string() + "'" +
                                " > '" + (root_ / "log" / "start.log").string() + "' 2>&1";
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("dovecot did not start: " + read_file(root_ / "log" / "start.log") + log());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!(accepts(pop3_port_) && accepts(pop3s_port_))) {
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("dovecot does not accept connections: " + log());
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    master_pid_ = std::atoi(read_file(root_ / "run" / "master.pid").c_str());
}

dovecot_server::~dovecot_server() {
    if (master_pid_ <= 0) return;
    ::kill(master_pid_, SIGTERM);
    // The master is not our child (it daemonised): poll until it is gone.
    for (int i = 0; i < 200 && ::kill(master_pid_, 0) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
}

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
