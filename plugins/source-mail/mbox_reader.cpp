#include "mbox_reader.hpp"

#include "mail_sniff.hpp"

#include <stdexcept>

namespace baocao::plugins {

namespace {

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

}  // namespace

mbox_splitter::mbox_splitter(std::uint64_t max_message_bytes, mbox_message_fn on_message)
    : max_(max_message_bytes), on_message_(std::move(on_message)) {}

void mbox_splitter::feed(std::string_view line) {
    if (at_start_) {
        at_start_ = false;
        if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    }
    const std::string_view content = without_break(line);
    const bool separator = content.starts_with("From ") &&
                           (!in_message_ || prev_blank_ || looks_like_from_line(content));
    if (separator) {
        if (in_message_) flush();
        in_message_ = true;
        prev_blank_ = false;
        return;
    }
    if (!in_message_) {
        if (content.empty()) return;  // blank lines before the first message
        in_message_ = true;           // text before any "From ": keep it, do not lose it
    }
    prev_blank_ = content.empty();
    if (is_quoted_from(content)) line.remove_prefix(1);
    if (too_large_) return;
    if (current_.size() + line.size() > max_) {
        too_large_ = true;
        current_.clear();
        current_.shrink_to_fit();
        return;
    }
    current_.append(line);
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

void split_mbox(std::istream& in, std::uint64_t max_message_bytes, const mbox_message_fn& on_message) {
    mbox_splitter splitter(max_message_bytes, on_message);
    std::string line;
    while (std::getline(in, line)) {
        if (!in.eof()) line += '\n';
        splitter.feed(line);
    }
    if (in.bad()) throw std::runtime_error("read error in the mailbox");
    splitter.finish();
}

}  // namespace baocao::plugins
