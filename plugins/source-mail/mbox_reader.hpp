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

/// Splits an mbox line by line; memory holds one message at a time.
/// A separator is a line starting "From " that opens the file, follows a
/// blank line, or carries a sender and a date; other lines that look like
/// one in a body written by a careless tool stay in the message. One ">" is
/// removed from lines matching ^>+From (mboxrd; right for mboxo too).
class mbox_splitter {
public:
    /// Messages larger than `max_message_bytes` are reported as too large.
    mbox_splitter(std::uint64_t max_message_bytes, mbox_message_fn on_message);
    /// Feeds one line, with its line break if it had one.
    void feed(std::string_view line);
    /// Ends the input: hands back the last message.
    void finish();
    /// Messages handed back so far.
    std::size_t count() const { return position_; }

private:
    void flush();

    std::uint64_t max_;
    mbox_message_fn on_message_;
    std::string current_;
    bool in_message_ = false;
    bool too_large_ = false;
    bool at_start_ = true;
    bool prev_blank_ = false;
    std::size_t position_ = 0;
};

/// Splits a whole mbox held in memory.
void split_mbox(std::string_view data, std::uint64_t max_message_bytes, const mbox_message_fn& on_message);

/// Splits an mbox read from a stream; throws std::runtime_error on a read error.
void split_mbox(std::istream& in, std::uint64_t max_message_bytes, const mbox_message_fn& on_message);

}  // namespace baocao::plugins
