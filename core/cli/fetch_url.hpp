// SPDX-License-Identifier: Apache-2.0
#pragma once
// The mailbox address `baocao fetch` takes: pop3s://USER@HOST[:PORT] or pop3://...

#include <cstdint>
#include <string>

namespace baocao::cli {

/// A parsed mailbox address.
struct mailbox_url {
    bool tls = true;         ///< pop3s (TLS from the first byte) or pop3 (plain)
    std::string user;        ///< percent-decoded: "user%40example.vn" is "user@example.vn"
    std::string host;        ///< host name or address, without IPv6 brackets
    std::uint16_t port = 0;  ///< 995 for pop3s and 110 for pop3 unless given

    /// "pop3s://user@host:port" for messages (never holds a password).
    std::string display() const;
    /// The ledger's name for this mailbox: "user@host", lowercase host.
    std::string account() const;
    /// True when the host is a loopback name or address.
    bool is_loopback() const;
};

/// Parses a pop3:// or pop3s:// address. Throws usage_error on anything else,
/// and on a password given in the address (it would land in shell history).
mailbox_url parse_mailbox_url(const std::string& text);

}  // namespace baocao::cli
