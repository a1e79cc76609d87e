// SPDX-License-Identifier: Apache-2.0
// A line's match key, made only as far as the tests of the line need it, and
// what the tests read off a line's text.
#include "sectionizer.hpp"

#include <baocao/sdk/text.hpp>

#include <algorithm>

namespace baocao::sections {

namespace {

/// Words a key must hold to tell whether it begins with `prefix`: one per space, and the one after.
std::size_t words_in(std::string_view prefix) { return static_cast<std::size_t>(std::count(prefix.begin(), prefix.end(), ' ')) + 1; }

/// The buffer heads are keyed into, one per thread, so that a head short
/// enough for a string's inline room takes no allocation. Reached through a
/// call: a thread_local named in a loop costs a TLS lookup at every use in a shared library.
[[gnu::noinline]] std::string& head_buffer() {
    thread_local std::string buffer;
    return buffer;
}

}  // namespace

const std::string& line::head(std::size_t words) const {
    if (head_limit_ != 0 && (head_limit_ >= words || head_is_key())) return head_;
    const std::size_t limit = std::max(words, head_words);
    std::string& buffer = head_buffer();
    head_count_ = text::assign_match_key(buffer, content(), limit);
    head_.assign(buffer);
    head_limit_ = limit;
    return head_;
}

bool line::head_begins_with(std::string_view prefix) const {
    const std::string& h = head(words_in(prefix));
    return h.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), h.begin());
}

bool line::head_is(std::string_view expected) const {
    // A head of one word more than `expected` is the whole key only when the key has no more words than it.
    const std::string& h = head(words_in(expected) + 1);
    return head_is_key() && h == expected;
}

bool line::words_at_most(std::size_t n) const {
    head(n + 1);
    return head_is_key() && head_count_ <= n;
}

const std::string& line::key() const {
    if (head_limit_ != 0 && head_is_key()) return head_;
    if (!keyed_) {
        text::assign_match_key(key_, content());
        keyed_ = true;
    }
    return key_;
}

std::string line::take_key() {
    std::string taken;
    if (head_limit_ != 0 && head_is_key()) {
        taken = std::move(head_);
    } else {
        key();
        taken = std::move(key_);
    }
    head_.clear();
    key_.clear();
    head_limit_ = 0;
    head_count_ = 0;
    keyed_ = false;
    return taken;
}

char last_char(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '*')) s.remove_suffix(1);
    return s.empty() ? '\0' : s.back();
}

}  // namespace baocao::sections
