// SPDX-License-Identifier: Apache-2.0
#pragma once
// What can go wrong while fetching, each kind with its own exit code.

#include <stdexcept>
#include <string>

namespace baocao::cli {

/// Why a fetch stopped or a message failed; the value is the exit code.
enum class fetch_failure {
    other = 1,    ///< archive or ledger trouble, a server refusal of one message
    auth = 3,     ///< the server rejected the user name or password
    network = 4,  ///< connection refused, host unknown or unreachable, connection lost, timeout
    tls = 5,      ///< certificate not trusted, name mismatch, handshake failure
};

/// An error of `baocao fetch` with a message meant for the user.
class fetch_error : public std::runtime_error {
public:
    /// `message` must never hold the password.
    fetch_error(fetch_failure kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    /// The kind, which gives the exit code.
    fetch_failure kind() const { return kind_; }

private:
    fetch_failure kind_;
};

/// An "-ERR" answer about one command: the connection is still usable.
class server_refusal : public fetch_error {
public:
    /// `message` names the command and quotes the server's answer.
    explicit server_refusal(const std::string& message) : fetch_error(fetch_failure::other, message) {}
};

}  // namespace baocao::cli
