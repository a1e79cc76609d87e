// SPDX-License-Identifier: Apache-2.0
#pragma once
// One fetch: the new messages of a POP3 mailbox into a Maildir archive, each
// stored, then recorded in the ledger, then (when asked) deleted on the server.

#include "fetch_connect.hpp"
#include "fetch_error.hpp"
#include "fetch_url.hpp"

#include <Poco/Timespan.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace baocao::cli {

/// What to fetch and how.
struct fetch_request {
    mailbox_url url;
    std::string password;
    tls_options tls;
    std::filesystem::path archive;
    bool delete_stored = false;                   ///< DELE what the archive holds, then QUIT
    Poco::Timespan timeout = Poco::Timespan(60, 0);  ///< connecting and each read
    bool quiet = false;                           ///< no progress lines
};

/// What a fetch did.
struct fetch_summary {
    std::size_t on_server = 0;   ///< messages listed by the server
    std::size_t fetched = 0;     ///< new in the archive
    std::size_t already = 0;     ///< in the ledger before this run
    std::size_t recovered = 0;   ///< in the archive but not the ledger (a killed run): recorded now
    std::size_t deleted = 0;     ///< removed from the server (QUIT confirmed)
    std::size_t failed = 0;      ///< refused by the server or not stored
    std::uint64_t bytes = 0;     ///< downloaded
    std::optional<fetch_error> stopped;  ///< the error that ended the fetch early, if any
};

/// Runs one fetch, printing progress on stderr. Errors before any message is
/// handled (archive, ledger, connection, login) are thrown as fetch_error;
/// later ones end the fetch and are kept in `stopped`.
fetch_summary fetch_mailbox(const fetch_request& request);

}  // namespace baocao::cli
