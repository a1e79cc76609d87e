// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The closed set of error codes of the result.json contract, and the
/// exception a plugin throws to reject an input with one of them.

#include <stdexcept>
#include <string>
#include <string_view>

namespace baocao {

/// Why an input could not be read (rejections) or what is off in one that was (problems).
enum class error_code {
    // rejections
    not_docx,
    corrupt_zip,
    zip_bomb,
    xml_error,
    encrypted,
    unsupported_format,
    no_attachment,
    corrupt_mime,
    unreadable,
    too_deep,
    too_large,
    plugin_failed,
    // problems
    unknown_unit,
    no_document_date,
    no_sections,
    duplicate,
    legacy_font,
    plugin_problem,
    conflicting_figures,   ///< one unit states two different totals of one indicator
    off_topic,            ///< the report is on another subject than the plan's
    items_not_covered,    ///< no part of the unit's reports answers some plan items
    late_replacement,     ///< a newer version arrived after the deadline
    // rejections added later, kept last so that earlier values stay put
    corrupt_doc,          ///< a Word 97-2003 file whose compound file, FIB or piece table is damaged
    // Why a source leaves a file unread on purpose. A source passes one of
    // these to its reject callback and the file is listed in "skipped", not
    // in "rejected" (is_skip_reason).
    office_lock_file,     ///< "~$x.docx": the lock file Word keeps while x.docx is open
    appledouble,          ///< "._x.docx": macOS metadata of x.docx, not a document
    os_metadata,          ///< .DS_Store, Thumbs.db, desktop.ini
    fetch_ledger,         ///< the ledger `baocao fetch` keeps in its Maildir archive
    maildir_delivery,     ///< a file in a Maildir's tmp/: a message still being delivered
    // rejections added later still
    partial_message,      ///< a message/partial fragment (RFC 2046 5.2.2): the file is split over several messages
    // problems added later
    unreadable_date_header,  ///< the carrying message's Date: or Received: date cannot be read
    date_without_zone,       ///< the carrying message's date names no time zone: read as the reporting zone's time
};

/// True for the codes that say a file was left unread on purpose.
constexpr bool is_skip_reason(error_code code) noexcept {
    return code == error_code::office_lock_file || code == error_code::appledouble || code == error_code::os_metadata ||
           code == error_code::fetch_ledger || code == error_code::maildir_delivery;
}

/// The contract's string for a code ("zip_bomb").
std::string_view to_string(error_code code) noexcept;

/// Thrown by a source or parser when an input cannot be read; the core turns it
/// into a rejection naming the input, and the batch goes on.
class rejection_error : public std::runtime_error {
public:
    rejection_error(error_code code, const std::string& message)
        : std::runtime_error(message), code_(code) {}
    /// A rejection that knows who sent the input (a message without attachment names its sender).
    rejection_error(error_code code, const std::string& message, std::string sender)
        : std::runtime_error(message), code_(code), sender_(std::move(sender)) {}
    error_code code() const noexcept { return code_; }
    /// The sender address of the rejected message, "" when unknown.
    const std::string& sender() const noexcept { return sender_; }

private:
    error_code code_;
    std::string sender_;
};

}  // namespace baocao
