// SPDX-License-Identifier: Apache-2.0
#pragma once
// A real Dovecot POP3 server for the tests, run from a temporary folder on
// free loopback ports: plain POP3 and POP3S (self-signed certificate).

#include <filesystem>
#include <string>
#include <vector>

namespace baocao::testing {

/// True when Dovecot is installed here.
bool dovecot_available();

/// One running Dovecot with one mailbox, run in the foreground as this
/// process's child; the destructor stops it and waits until it and its helper
/// processes are gone.
class dovecot_server {
public:
    /// Starts Dovecot under `root` (a fresh folder) with user `user`/`password`.
    /// Throws std::runtime_error with Dovecot's log when it does not come up.
    dovecot_server(const std::filesystem::path& root, std::string user, std::string password);
    ~dovecot_server();
    dovecot_server(const dovecot_server&) = delete;
    dovecot_server& operator=(const dovecot_server&) = delete;

    /// The plain POP3 port.
    int pop3_port() const { return pop3_port_; }
    /// The POP3S port.
    int pop3s_port() const { return pop3s_port_; }
    /// The server certificate (its own CA), PEM.
    const std::filesystem::path& certificate() const { return cert_; }
    /// The mailbox's Maildir on the server side.
    const std::filesystem::path& maildir() const { return maildir_; }

    /// Delivers a message into the mailbox (tmp/ then new/, as an MTA does).
    void deliver(const std::string& name, const std::string& message);
    /// The messages now in the mailbox (new/ and cur/), by file content.
    std::vector<std::string> messages() const;
    /// Dovecot's log, for failure messages.
    std::string log() const;

private:
    void stop() noexcept;
    void hand_over(const std::filesystem::path& p) const;

    std::filesystem::path root_, cert_, maildir_;
    std::string user_, password_;
    int pop3_port_ = 0, pop3s_port_ = 0;
    int mail_uid_ = -1, mail_gid_ = -1;
    int master_pid_ = 0;
};

/// A free TCP port on 127.0.0.1 (bound then released).
int free_loopback_port();

}  // namespace baocao::testing
