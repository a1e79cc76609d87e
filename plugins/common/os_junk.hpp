// SPDX-License-Identifier: Apache-2.0
#pragma once
// Files operating systems, office and mail programs leave beside real documents.
// source-fs skips them in folders, source-zip and source-archive the same names inside archives.

#include <baocao/sdk/error.hpp>

#include <algorithm>
#include <optional>
#include <cctype>
#include <string_view>

namespace baocao::plugins {

/// Why a file name is OS or editor junk, left unread and listed as skipped:
/// os_metadata for ".DS_Store", "Thumbs.db", "desktop.ini", the files
/// Thunderbird keeps beside its mailboxes (each folder's ".msf" summary,
/// "msgFilterRules.dat", "popstate.dat", "filterlog.html") and those a mail
/// server keeps in a Maildir ("dovecot*", "courierimap*", "maildirfolder",
/// "subscriptions") or beside an Apple Mail export's "mbox" ("table_of_contents",
/// "Info.plist") or in Apple Mail's own store (".mboxCache.plist", "Envelope Index"
/// and its "-shm", "-wal"), any case;
/// appledouble for "._*" companions, office_lock_file for "~$*"; nullopt for
/// any other name. `file_name` is the last path segment.
inline std::optional<error_code> os_junk_reason(std::string_view file_name) {
    auto equals_nocase = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
               });
    };
    if (equals_nocase(file_name, ".ds_store") || equals_nocase(file_name, "thumbs.db") ||
        equals_nocase(file_name, "desktop.ini"))
        return error_code::os_metadata;
    // A Thunderbird mail folder is an mbox file beside its summary "Inbox.msf";
    // the account's folder also holds its filter rules and POP3 state.
    if ((file_name.size() > 4 && equals_nocase(file_name.substr(file_name.size() - 4), ".msf")) ||
        equals_nocase(file_name, "msgfilterrules.dat") || equals_nocase(file_name, "popstate.dat") ||
        equals_nocase(file_name, "filterlog.html"))
        return error_code::os_metadata;
    // Dovecot's and Courier's indexes, UID lists, keywords and ACLs, and the
    // marker and subscription list of a Maildir++ folder.
    const auto starts_nocase = [&](std::string_view prefix) {
        return file_name.size() >= prefix.size() && equals_nocase(file_name.substr(0, prefix.size()), prefix);
    };
    if (starts_nocase("dovecot.") || starts_nocase("dovecot-") || starts_nocase("courierimap") ||
        equals_nocase(file_name, "maildirfolder") || equals_nocase(file_name, "subscriptions"))
        return error_code::os_metadata;
    // Apple Mail exports a mailbox as a folder "X.mbox" holding the messages in
    // "mbox", its index in "table_of_contents" and the bundle's "Info.plist".
    if (equals_nocase(file_name, "table_of_contents") || equals_nocase(file_name, "info.plist"))
        return error_code::os_metadata;
    // Apple Mail's own store (~/Library/Mail/V*): each mailbox's ".mboxCache.plist" beside
    // its messages (.emlx, read), and the "Envelope Index" database (with its -shm, -wal).
    if (equals_nocase(file_name, ".mboxcache.plist") || equals_nocase(file_name, "envelope index") ||
        equals_nocase(file_name, "envelope index-shm") || equals_nocase(file_name, "envelope index-wal"))
        return error_code::os_metadata;
    // "._x.docx" holds macOS metadata of x.docx, not a document; "~$x.docx" is
    // the lock file Word keeps while x.docx is open (it holds a user name only).
    if (file_name.starts_with("._")) return error_code::appledouble;
    if (file_name.starts_with("~$")) return error_code::office_lock_file;
    return std::nullopt;
}

/// True for a file name os_junk_reason() gives a reason for.
inline bool is_os_junk(std::string_view file_name) { return os_junk_reason(file_name).has_value(); }

}  // namespace baocao::plugins
