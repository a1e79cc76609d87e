// SPDX-License-Identifier: Apache-2.0
// One way to open an input file, used by every reader of a path a user gave
// or a walk found: open(2) on a FIFO blocks until a writer appears, so the
// type is checked on a descriptor opened without blocking, never by name
// first (the name could be swapped between the check and the open).
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/maildir.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace baocao {

file_handle::~file_handle() {
    if (fd_ >= 0) ::close(fd_);
}

file_handle& file_handle::operator=(file_handle&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = other.release();
    }
    return *this;
}

std::string special_file_kind(unsigned mode) {
    if (S_ISREG(mode)) return {};
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISDIR(mode)) return "a folder";
    return "not a regular file";
}

file_handle open_regular_file(const std::filesystem::path& path) {
    file_handle file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (file.fd() < 0 && errno == ENOENT) {
        // A Maildir message a mail client renamed since the folder was listed.
        if (const auto moved = maildir_message_now(path))
            file = file_handle(::open(moved->c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
        else
            errno = ENOENT;
    }
    if (file.fd() < 0)
        throw rejection_error(error_code::unreadable, "cannot open '" + path.string() + "': " + std::strerror(errno));
    struct stat st {};
    if (::fstat(file.fd(), &st) != 0)
        throw rejection_error(error_code::unreadable, "cannot read '" + path.string() + "': " + std::strerror(errno));
    if (!S_ISREG(st.st_mode))
        throw rejection_error(error_code::unreadable,
                              "'" + path.string() + "' is " + special_file_kind(st.st_mode) + ", not a file to read");
    const int flags = ::fcntl(file.fd(), F_GETFL);
    if (flags >= 0) ::fcntl(file.fd(), F_SETFL, flags & ~O_NONBLOCK);
    return file;
}

std::string read_regular_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
    const file_handle file = open_regular_file(path);
    struct stat st {};
    ::fstat(file.fd(), &st);
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > max_bytes)
        throw rejection_error(error_code::too_large, "'" + path.string() + "' is " + std::to_string(size) +
                                                         " bytes, over the limit of " + std::to_string(max_bytes));
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(file.fd(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw rejection_error(error_code::unreadable, "cannot read '" + path.string() + "': " + std::strerror(errno));
        if (n == 0) break;  // shrank while read: what is there
        done += static_cast<std::size_t>(n);
    }
    bytes.resize(done);
    return bytes;
}

}  // namespace baocao
