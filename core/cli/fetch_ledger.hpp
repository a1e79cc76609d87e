// SPDX-License-Identifier: Apache-2.0
#pragma once
// The fetch ledger: an SQLite file in the archive recording, per mailbox, each
// message stored (its UIDL, Message-ID, SHA-256, size, when, where).

#include <Poco/Data/Session.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace baocao::cli {

/// One recorded message.
struct ledger_row {
    std::string uidl;
    std::string message_id;
    std::string sha256;
    std::uint64_t size = 0;
    std::string fetched_at;  ///< ISO 8601 UTC, wall clock (operational metadata)
    std::string path;        ///< relative to the archive, "new/NAME"
    std::string deleted_at;  ///< when it was removed from the server, or ""
};

/// The ledger file, opened for the time of one fetch.
class fetch_ledger {
public:
    /// Opens or creates the ledger at `file`. Throws fetch_error.
    explicit fetch_ledger(const std::filesystem::path& file);
    ~fetch_ledger();
    fetch_ledger(const fetch_ledger&) = delete;
    fetch_ledger& operator=(const fetch_ledger&) = delete;

    /// The rows of one mailbox ("user@host"), by UIDL.
    std::map<std::string, ledger_row> rows(const std::string& account);

    /// Records a stored message, durably (its own committed transaction). A
    /// row already there for the same UIDL is kept.
    void record(const std::string& account, const ledger_row& row);

    /// Notes that these messages were removed from the server at `when`.
    void mark_deleted(const std::string& account, const std::vector<std::string>& uidls, const std::string& when);

private:
    std::unique_ptr<Poco::Data::Session> session_;
    std::filesystem::path file_;
};

/// The ledger's place in an archive folder.
std::filesystem::path ledger_path(const std::filesystem::path& archive);

/// The current UTC time as ISO 8601, for the ledger.
std::string utc_now_iso();

}  // namespace baocao::cli
