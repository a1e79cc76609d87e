// SPDX-License-Identifier: Apache-2.0
// The ledger through Poco::Data's SQLite connector.
#include "fetch_ledger.hpp"

#include "fetch_error.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Statement.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Exception.h>
#include <Poco/Timestamp.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Poco::Data::Keywords;

namespace baocao::cli {

namespace {

[[noreturn]] void ledger_failure(const std::filesystem::path& file, const std::string& doing, const Poco::Exception& e) {
    throw fetch_error(fetch_failure::other, "ledger " + file.string() + ": cannot " + doing + ": " + e.displayText());
}

}  // namespace

std::filesystem::path ledger_path(const std::filesystem::path& archive) { return archive / ".baocao-ledger.sqlite"; }

std::string utc_now_iso() { return Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y-%m-%dT%H:%M:%SZ"); }

fetch_ledger::fetch_ledger(const std::filesystem::path& file) : file_(file) {
    // Created private before SQLite opens it: it lists who wrote to the mailbox.
    if (const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600); fd >= 0) ::close(fd);
    try {
        Poco::Data::SQLite::Connector::registerConnector();
        session_ = std::make_unique<Poco::Data::Session>("SQLite", file.string());
        auto& s = *session_;
        // FULL: a committed row survives a power cut, the point of the ledger.
        s << "PRAGMA synchronous = FULL", now;
        s << "PRAGMA busy_timeout = 5000", now;
        s << "CREATE TABLE IF NOT EXISTS messages ("
             " account TEXT NOT NULL,"
             " uidl TEXT NOT NULL,"
             " message_id TEXT NOT NULL DEFAULT '',"
             " sha256 TEXT NOT NULL,"
             " size INTEGER NOT NULL,"
             " fetched_at TEXT NOT NULL,"
             " path TEXT NOT NULL,"
             " deleted_at TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (account, uidl))",
            now;
        s << "CREATE INDEX IF NOT EXISTS messages_sha256 ON messages (sha256)", now;
        s << "CREATE TABLE IF NOT EXISTS ledger_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)", now;
        s << "INSERT OR IGNORE INTO ledger_info (key, value) VALUES ('schema', 'baocao.fetch-ledger/1')", now;
    } catch (const Poco::Exception& e) {
        ledger_failure(file, "open it", e);
    }
}

fetch_ledger::~fetch_ledger() = default;

std::map<std::string, ledger_row> fetch_ledger::rows(const std::string& account) {
    std::map<std::string, ledger_row> out;
    try {
        std::vector<std::string> uidl, message_id, sha256, fetched_at, path, deleted_at;
        std::vector<Poco::Int64> size;
        std::string acc = account;
        *session_ << "SELECT uidl, message_id, sha256, size, fetched_at, path, deleted_at FROM messages"
                     " WHERE account = ?",
            use(acc), into(uidl), into(message_id), into(sha256), into(size), into(fetched_at), into(path),
            into(deleted_at), now;
        for (std::size_t i = 0; i < uidl.size(); ++i)
            out[uidl[i]] = ledger_row{uidl[i], message_id[i], sha256[i], static_cast<std::uint64_t>(size[i]),
                                      fetched_at[i], path[i], deleted_at[i]};
    } catch (const Poco::Exception& e) {
        ledger_failure(file_, "read it", e);
    }
    return out;
}

void fetch_ledger::record(const std::string& account, const ledger_row& row) {
    try {
        std::string acc = account, uidl = row.uidl, message_id = row.message_id, sha = row.sha256,
                    fetched = row.fetched_at, path = row.path;
        Poco::Int64 size = static_cast<Poco::Int64>(row.size);
        *session_ << "INSERT OR IGNORE INTO messages (account, uidl, message_id, sha256, size, fetched_at, path)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
            use(acc), use(uidl), use(message_id), use(sha), use(size), use(fetched), use(path), now;
    } catch (const Poco::Exception& e) {
        ledger_failure(file_, "record message " + row.uidl, e);
    }
}

void fetch_ledger::mark_deleted(const std::string& account, const std::vector<std::string>& uidls,
                                const std::string& when) {
    if (uidls.empty()) return;
    try {
        session_->begin();
        for (const auto& u : uidls) {
            std::string acc = account, uidl = u, at = when;
            *session_ << "UPDATE messages SET deleted_at = ? WHERE account = ? AND uidl = ?", use(at), use(acc),
                use(uidl), now;
        }
        session_->commit();
    } catch (const Poco::Exception& e) {
        ledger_failure(file_, "note the deletions", e);
    }
}

}  // namespace baocao::cli
