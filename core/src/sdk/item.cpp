// SPDX-License-Identifier: Apache-2.0
// Reading an item's bytes, whether it lives on disk or in memory.
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/item.hpp>
#include <baocao/sdk/maildir.hpp>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace baocao {

namespace {
[[noreturn]] void throw_unreadable(const item& it, const std::string& what) {
    throw rejection_error(error_code::unreadable, "cannot read '" + it.path.string() + "': " + what);
}
}  // namespace

bool item::is_directory() const {
    if (in_memory() || path.empty()) return false;
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
}

std::uint64_t item::size() const {
    if (in_memory()) return bytes->size();
    if (is_directory()) return 0;
    std::error_code ec;
    auto n = std::filesystem::file_size(path, ec);
    if (ec == std::errc::no_such_file_or_directory)
        // A Maildir message a mail client renamed since the folder was listed.
        if (const auto moved = maildir_message_now(path)) n = std::filesystem::file_size(*moved, ec);
    if (ec) throw_unreadable(*this, ec.message());
    return n;
}

std::string item::head(std::size_t n) const {
    if (in_memory()) return bytes->substr(0, n);
    if (is_directory()) return {};
    const file_handle file = open_regular_file(path);
    std::string buf(n, '\0');
    std::size_t done = 0;
    while (done < n) {
        const ssize_t got = ::read(file.fd(), buf.data() + done, n - done);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw_unreadable(*this, std::strerror(errno));
        if (got == 0) break;
        done += static_cast<std::size_t>(got);
    }
    buf.resize(done);
    return buf;
}

std::string item::read_all(std::uint64_t max_bytes) const {
    const std::uint64_t n = size();
    if (n > max_bytes)
        throw rejection_error(error_code::too_large,
                              "'" + name + "' is " + std::to_string(n) + " bytes, over the limit of " +
                                  std::to_string(max_bytes));
    if (in_memory()) return *bytes;
    std::string buf = read_regular_file(path, max_bytes);
    if (buf.size() != n) throw_unreadable(*this, "short read");
    return buf;
}

std::string item::extension() const {
    const auto slash = name.find_last_of('/');
    const auto dot = name.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string ext = name.substr(dot + 1);
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

}  // namespace baocao
