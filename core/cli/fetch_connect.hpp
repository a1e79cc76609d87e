// SPDX-License-Identifier: Apache-2.0
#pragma once
// Opening the connection to the mail server: TCP, then TLS with certificate checks.

#include "fetch_url.hpp"

#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>

#include <string>

namespace baocao::cli {

/// How the server's certificate is checked.
struct tls_options {
    bool insecure = false;  ///< accept any certificate (only when the user asks)
    std::string ca_file;    ///< also trust the CA certificates in this PEM file
};

/// Holds the TLS library initialised while alive.
class ssl_library {
public:
    /// Initialises Poco::NetSSL (OpenSSL).
    ssl_library();
    /// Releases it.
    ~ssl_library();
    ssl_library(const ssl_library&) = delete;
    ssl_library& operator=(const ssl_library&) = delete;
};

/// Connects to the server named by `url` (every address of the host in turn,
/// IPv4 first), then for pop3s completes the TLS handshake with the host name
/// checked against the certificate. `timeout` bounds connecting and each read.
/// Throws fetch_error (network or tls) with a message for the user.
Poco::Net::StreamSocket open_connection(const mailbox_url& url, const tls_options& tls, Poco::Timespan timeout);

/// Rethrows the exception being handled as a fetch_error of the right kind,
/// `doing` ("reading message 3") saying what was under way.
[[noreturn]] void rethrow_as_fetch_error(const std::string& doing);

}  // namespace baocao::cli
