// SPDX-License-Identifier: Apache-2.0
// Fuzzes the streaming mbox reader as `baocao run` uses it on a mailbox file:
// the bytes are read back from a memory file in pieces, under a small message
// cap so that messages outgrow it. Checked on every input: each message handed
// back is within the cap or reported too large (and then empty), positions
// count up from 1, and reading the same bytes from memory gives the same
// messages whenever no line is long enough to be read in pieces.
#include "mbox_reader.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

constexpr std::uint64_t message_cap = 2048;
constexpr std::size_t whole_line_bytes = 64u << 10;  // shorter lines reach the splitter whole from a file too

using messages = std::vector<std::pair<std::string, bool>>;

baocao::plugins::mbox_message_fn collector(messages& into) {
    return [&into](std::size_t position, std::string&& bytes, bool too_large) {
        if (position != into.size() + 1) std::abort();
        if (bytes.size() > message_cap) std::abort();
        if (too_large && !bytes.empty()) std::abort();
        into.emplace_back(std::move(bytes), too_large);
    };
}

bool has_long_line(std::string_view s) {
    std::size_t from = 0;
    while (from < s.size()) {
        const std::size_t nl = s.find('\n', from);
        const std::size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
        if (end - from >= whole_line_bytes) return true;
        from = end;
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const int fd = memfd_create("fuzz-mbox", MFD_CLOEXEC);
    if (fd < 0) return 0;
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    messages from_file, from_memory;
    if (written == size && ::lseek(fd, 0, SEEK_SET) == 0)
        baocao::plugins::split_mbox_file(fd, message_cap, collector(from_file));
    ::close(fd);
    if (written != size) return 0;
    baocao::plugins::split_mbox(bytes, message_cap, collector(from_memory));
    if (!has_long_line(bytes) && from_file != from_memory) std::abort();
    return 0;
}
