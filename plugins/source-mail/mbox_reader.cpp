// SPDX-License-Identifier: Apache-2.0
#include "mbox_reader.hpp"

#include "mail_sniff.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <unistd.h>

namespace baocao::plugins {

namespace {

/// Longest piece of one line held at once while reading a file.
constexpr std::size_t max_piece_bytes = 64u << 10;

/// Past this size a message's buffer is sized for the whole limit at once.
constexpr std::size_t large_message_bytes = 1u << 20;

std::string_view without_break(std::string_view line) {
    if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

bool is_quoted_from(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == '>') ++i;
    return i > 0 && line.substr(i).starts_with("From ");
}

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// The value of a "Content-Length:" header line, when `line` is one.
bool content_length_of(std::string_view line, std::uint64_t& value) {
    constexpr std::string_view name = "content-length:";
    if (line.size() <= name.size()) return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(line[i])) != name[i]) return false;
    std::string_view rest = line.substr(name.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    std::uint64_t n = 0;
    std::size_t digits = 0;
    for (char c : rest) {
        if (c < '0' || c > '9') break;
        if (++digits > 15) return false;
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (digits == 0) return false;
    value = n;
    return true;
}

}  // namespace

mbox_splitter::mbox_splitter(std::uint64_t max_message_bytes, mbox_message_fn on_message)
    : max_(max_message_bytes), on_message_(std::move(on_message)) {}

void mbox_splitter::append(std::string_view bytes) {
    current_size_ += bytes.size();
    if (too_large_) return;
    if (current_size_ > max_) {
        too_large_ = true;
        std::string().swap(current_);
        return;
    }
    // Doubling a large string copies it and holds both copies at once: a
    // large message gets room for the whole limit in one step instead, which
    // costs address space only, never more memory than the bytes it holds.
    if (current_.size() + bytes.size() > current_.capacity() && current_.size() + bytes.size() > large_message_bytes)
        current_.reserve(static_cast<std::size_t>(max_));
    current_.append(bytes);
}

void mbox_splitter::start_message() {
    in_message_ = true;
    in_headers_ = true;
    has_content_length_ = false;
    counted_body_left_ = 0;
}

void mbox_splitter::feed(std::string_view line, bool line_start) {
    if (at_start_) {
        at_start_ = false;
        if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    }
    if (!line_start) {  // the rest of a line too long to hold: never a separator
        if (!in_message_) start_message();
        counted_body_left_ -= std::min<std::uint64_t>(counted_body_left_, line.size());
        append(line);
        return;
    }
    const std::string_view content = without_break(line);
    if (counted_body_left_ > 0) {
        // Content-Length covers this line: whatever it holds is body.
        if (line.size() <= counted_body_left_) {
            counted_body_left_ -= line.size();
            append(line);
            return;
        }
        counted_body_left_ = 0;  // a wrong Content-Length: back to reading separators
    }
    const bool separator =
        content.starts_with("From ") && (!in_message_ || looks_like_from_line(content));
    if (separator) {
        if (in_message_) flush();
        start_message();
        return;
    }
    if (!in_message_) {
        if (is_blank(content)) return;  // blank lines (or spaces) before the first message
        start_message();                // text before any "From ": keep it, do not lose it
    }
    if (in_headers_) {
        if (content.empty()) {
            in_headers_ = false;
            if (has_content_length_ && content_length_ <= max_) counted_body_left_ = content_length_;
        } else if (content_length_of(content, content_length_)) {
            has_content_length_ = true;
        }
    } else if (is_quoted_from(content)) {
        line.remove_prefix(1);
    }
    append(line);
}

void mbox_splitter::finish() {
    if (in_message_) flush();
    in_message_ = false;
}

void mbox_splitter::flush() {
    ++position_;
    std::string bytes = std::move(current_);
    current_.clear();
    const bool big = too_large_;
    too_large_ = false;
    current_size_ = 0;
    if (big) bytes.clear();
    on_message_(position_, std::move(bytes), big);
}

void split_mbox(std::string_view data, std::uint64_t max_message_bytes, const mbox_message_fn& on_message) {
    mbox_splitter splitter(max_message_bytes, on_message);
    std::size_t pos = 0;
    while (pos < data.size()) {
        std::size_t nl = data.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? data.size() : nl + 1;
        splitter.feed(data.substr(pos, end - pos));
        pos = end;
    }
    splitter.finish();
}

void split_mbox_file(int fd, std::uint64_t max_message_bytes, const mbox_message_fn& on_message) {
    mbox_splitter splitter(max_message_bytes, on_message);
    std::string chunk(max_piece_bytes, '\0');
    std::string line;          // the line being gathered, at most max_piece_bytes
    bool line_start = true;    // whether `line` begins a line
    for (;;) {
        const ssize_t n = ::read(fd, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw std::runtime_error(std::string("read error in the mailbox: ") + std::strerror(errno));
        if (n == 0) break;
        std::string_view data(chunk.data(), static_cast<std::size_t>(n));
        while (!data.empty()) {
            const std::size_t nl = data.find('\n');
            const std::size_t take = nl == std::string_view::npos ? data.size() : nl + 1;
            line.append(data.substr(0, take));
            data.remove_prefix(take);
            if (nl != std::string_view::npos) {
                splitter.feed(line, line_start);
                line.clear();
                line_start = true;
            } else if (line.size() >= max_piece_bytes) {
                splitter.feed(line, line_start);
                line.clear();
                line_start = false;
            }
        }
    }
    if (!line.empty()) splitter.feed(line, line_start);
    splitter.finish();
}

}  // namespace baocao::plugins
