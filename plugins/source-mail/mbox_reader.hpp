// SPDX-License-Identifier: Apache-2.0
#pragma once
// Splitting an mbox (mboxo or mboxrd) into its messages.

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

namespace baocao::plugins {

/// Receives each message: its 1-based position, its bytes (the "From " line
/// removed, ">From " lines unquoted) and whether it exceeded the size cap
/// (then `bytes` is empty).
using mbox_message_fn = std::function<void(std::size_t position, std::string&& bytes, bool too_large)>;

/// Splits an mbox line by line; memory holds one message at a time, and a
/// message over the cap is dropped as it grows, so no line or message costs
/// more than `max_message_bytes` however long it is.
/// A separator is a line "From " with a sender and a date ("From a@b.vn Tue
/// Oct  1 08:00:00 2013"), or the first "From " line of the file; other lines
/// starting "From " (mboxo bodies, blank line before them or not) stay in the
/// message. A message whose headers give Content-Length (mboxcl2) keeps that
/// many body bytes whatever they hold. One ">" is removed from lines matching
/// ^>+From (mboxrd; right for mboxo too) outside such counted bodies.
class mbox_splitter {
public:
    /// Messages larger than `max_message_bytes` are reported as too large.
    mbox_splitter(std::uint64_t max_message_bytes, mbox_message_fn on_message);
    /// Feeds one line, with its line break if it had one; or, for a line too
    /// long to hold, its pieces in order, the first with `line_start` true.
    void feed(std::string_view piece, bool line_start = true);
    /// Ends the input: hands back the last message.
    void finish();
    /// Messages handed back so far.
    std::size_t count() const { return position_; }

private:
    void flush();
    void append(std::string_view bytes);
    void start_message();

    std::uint64_t max_;
    mbox_message_fn on_message_;
    std::string current_;
    std::uint64_t current_size_ = 0;
    bool in_message_ = false;
    bool in_headers_ = false;
    bool too_large_ = false;
    bool at_start_ = true;
    std::uint64_t content_length_ = 0;   ///< from the headers, 0 when none
    bool has_content_length_ = false;
    std::uint64_t counted_body_left_ = 0;  ///< body bytes Content-Length still covers
    std::size_t position_ = 0;
};

/// Splits a whole mbox held in memory.
void split_mbox(std::string_view data, std::uint64_t max_message_bytes, const mbox_message_fn& on_message);

/// Splits the mbox read from the open file `fd`, in pieces of at most 64 KiB;
/// throws std::runtime_error on a read error.
void split_mbox_file(int fd, std::uint64_t max_message_bytes, const mbox_message_fn& on_message);

}  // namespace baocao::plugins
