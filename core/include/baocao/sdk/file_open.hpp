// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Opening a file that a user named or a folder walk found, without ever
/// blocking: a FIFO, a device or a socket where a file is expected is refused
/// before anything reads from it.

#include <cstdint>
#include <filesystem>
#include <string>

namespace baocao {

/// Plans, rosters and config files are read whole, up to this size.
inline constexpr std::uint64_t max_settings_file_bytes = 64ull << 20;

/// An open file descriptor, closed by the destructor.
class file_handle {
public:
    /// Takes ownership of `fd` (-1 for none).
    explicit file_handle(int fd = -1) : fd_(fd) {}
    ~file_handle();
    file_handle(file_handle&& other) noexcept : fd_(other.release()) {}
    file_handle& operator=(file_handle&& other) noexcept;
    file_handle(const file_handle&) = delete;
    file_handle& operator=(const file_handle&) = delete;

    /// The descriptor, -1 when none.
    int fd() const { return fd_; }
    /// Gives the descriptor up without closing it.
    int release() { const int fd = fd_; fd_ = -1; return fd; }

private:
    int fd_;
};

/// Opens `path` for reading. The open itself does not block (O_NONBLOCK: a
/// FIFO with no writer would wait forever), then the file type is checked and
/// blocking reads are restored. Throws rejection_error(unreadable) when the
/// file cannot be opened or is not a regular file; the message says what it
/// is ("a FIFO (named pipe)", "a character device", ...).
file_handle open_regular_file(const std::filesystem::path& path);

/// The whole content of the regular file `path`, opened as open_regular_file
/// does; throws rejection_error(too_large) when it is over `max_bytes`.
std::string read_regular_file(const std::filesystem::path& path, std::uint64_t max_bytes);

/// What kind of special file `mode` (st_mode) describes, for messages:
/// "a FIFO (named pipe)", "a socket", "a character device", ...; "" for a
/// regular file.
std::string special_file_kind(unsigned mode);

}  // namespace baocao
