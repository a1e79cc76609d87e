// SPDX-License-Identifier: Apache-2.0
// The fetch loop: list, skip what the ledger knows, store, record, delete.
#include "fetch_mailbox.hpp"

#include "fetch_archive.hpp"
#include "fetch_ledger.hpp"
#include "fetch_pop3.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <unistd.h>
#include <vector>

namespace baocao::cli {

namespace {

/// BAOCAO_FETCH_FAIL_AFTER="N" or "N:recorded": a test hook that ends the
/// process abruptly after the Nth message of this run is stored (before its
/// ledger row) or after its row, as a crash or a kill would.
struct fault_hook {
    long after = 0;
    bool after_record = false;

    static fault_hook from_environment() {
        fault_hook h;
        const char* v = std::getenv("BAOCAO_FETCH_FAIL_AFTER");
        if (!v || !*v) return h;
        char* end = nullptr;
        h.after = std::strtol(v, &end, 10);
        h.after_record = end && std::string(end) == ":recorded";
        return h;
    }
    void at(long stored, bool recorded) const {
        if (after > 0 && stored == after && recorded == after_record) {
            std::fflush(nullptr);
            ::_exit(9);
        }
    }
};

std::string megabytes(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

/// Progress lines on stderr, at most one a second.
class progress {
public:
    progress(bool quiet, std::size_t messages, std::uint64_t bytes) : quiet_(quiet), messages_(messages), bytes_(bytes) {}

    void update(std::size_t done, std::uint64_t bytes_done, bool force = false) {
        if (quiet_) return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - last_ < std::chrono::seconds(1)) return;
        last_ = now;
        std::cerr << "baocao fetch: " << done << "/" << messages_ << " messages, " << megabytes(bytes_done) << " of "
                  << megabytes(bytes_) << '\n';
    }

private:
    bool quiet_;
    std::size_t messages_;
    std::uint64_t bytes_;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

fetch_summary fetch_mailbox(const fetch_request& request) {
    const fault_hook hook = fault_hook::from_environment();
    maildir_archive archive(request.archive);
    fetch_ledger ledger(ledger_path(request.archive));
    const std::string account = request.url.account();
    auto known = ledger.rows(account);

    pop3_session session(open_connection(request.url, request.tls, request.timeout));
    session.login(request.url.user, request.password);
    const std::vector<server_message> listed = session.list_messages();

    fetch_summary summary;
    summary.on_server = listed.size();
    std::vector<const server_message*> wanted;
    std::uint64_t wanted_bytes = 0;
    for (const auto& m : listed) {
        if (known.count(m.uidl)) {
            ++summary.already;
        } else {
            wanted.push_back(&m);
            wanted_bytes += m.size;
        }
    }
    if (!request.quiet)
        std::cerr << "baocao fetch: " << listed.size() << " message" << (listed.size() == 1 ? "" : "s") << " on "
                  << request.url.display() << ", " << wanted.size() << " to fetch (" << megabytes(wanted_bytes) << ")\n";

    progress meter(request.quiet, wanted.size(), wanted_bytes);
    long stored_count = 0;
    std::size_t done = 0;
    for (const server_message* m : wanted) {
        try {
            auto incoming = archive.begin();
            session.retrieve(m->number, [&](std::string_view bytes) {
                incoming.append(bytes);
                summary.bytes += bytes.size();
                meter.update(done, summary.bytes);
            });
            const stored_message stored = archive.commit(std::move(incoming));
            hook.at(++stored_count, false);
            ledger_row row{m->uidl, stored.message_id, stored.sha256, stored.size, utc_now_iso(), stored.path, ""};
            ledger.record(account, row);
            known[m->uidl] = row;
            hook.at(stored_count, true);
            ++(stored.already_present ? summary.recovered : summary.fetched);
        } catch (const server_refusal& e) {
            ++summary.failed;
            std::cerr << "baocao fetch: warning: " << e.what() << '\n';
        } catch (const fetch_error& e) {
            summary.stopped = e;
            break;
        }
        meter.update(++done, summary.bytes);
    }
    if (!wanted.empty() && !summary.stopped) meter.update(done, summary.bytes, true);

    if (summary.stopped) {
        ++summary.failed;
        session.abandon();
        return summary;
    }

    std::vector<std::string> deleting;
    try {
        if (request.delete_stored) {
            for (const auto& m : listed) {
                auto it = known.find(m.uidl);
                if (it == known.end()) continue;
                // Deleting is only safe while the archive still holds the bytes.
                if (!archive.locate(it->second.sha256, it->second.path)) {
                    std::cerr << "baocao fetch: warning: message " << m.uidl << " is in the ledger but its file "
                              << it->second.path << " is gone from the archive; left on the server\n";
                    continue;
                }
                session.mark_deleted(m.number);
                deleting.push_back(m.uidl);
            }
        }
        session.quit();
    } catch (const fetch_error& e) {
        // Without a confirmed QUIT the server keeps every message: nothing was deleted.
        session.abandon();
        summary.stopped = e;
        return summary;
    }
    ledger.mark_deleted(account, deleting, utc_now_iso());
    summary.deleted = deleting.size();
    return summary;
}

}  // namespace baocao::cli
