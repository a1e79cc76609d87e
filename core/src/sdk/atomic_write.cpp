// SPDX-License-Identifier: Apache-2.0
// Outputs are written to a temporary file and renamed, so a run killed at
// any moment leaves the previous output whole.
#include <baocao/sdk/context.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <random>
#include <cstring>
#include <stdexcept>
#include <string>

namespace baocao {

namespace {
/// Six letters no other writer in the folder is likely to pick.
std::string random_suffix() {
    static std::atomic<std::uint64_t> counter{std::random_device{}()};
    std::uint64_t v = counter.fetch_add(0x9E3779B97F4A7C15ull) ^ static_cast<std::uint64_t>(::getpid());
    static constexpr char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string out;
    for (int i = 0; i < 6; ++i, v /= 62) out += letters[v % 62];
    return out;
}
}  // namespace

atomic_output_file::atomic_output_file(const std::filesystem::path& target) : target_(target) {
    const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
    // Created with mode 0666 so that the kernel applies the umask (and a
    // folder's default ACL): the administrator, not this program, decides who
    // reads a Party report. mkstemp would force 0600.
    for (int attempt = 0; attempt < 100; ++attempt) {
        temporary_ = (dir / ("." + target.filename().string() + "." + random_suffix())).string();
        fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd_ >= 0 || errno != EEXIST) break;
    }
    if (fd_ < 0)
        throw std::runtime_error("cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno));
}

atomic_output_file::~atomic_output_file() {
    if (fd_ >= 0) {
        ::close(fd_);
        ::unlink(temporary_.c_str());
    }
}

void atomic_output_file::fail(const char* what) {
    const std::string err = std::strerror(errno);
    ::close(fd_);
    fd_ = -1;
    ::unlink(temporary_.c_str());
    throw std::runtime_error(std::string(what) + " " + target_.string() + ": " + err);
}

void atomic_output_file::write(std::string_view bytes) {
    if (fd_ < 0) throw std::runtime_error("write to " + target_.string() + " after it was closed");
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd_, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write");
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

void atomic_output_file::commit() {
    if (fd_ < 0) throw std::runtime_error("commit of " + target_.string() + " after it was closed");
    if (::fsync(fd_) != 0) fail("cannot flush");
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) {
        ::unlink(temporary_.c_str());
        throw std::runtime_error("cannot close " + target_.string());
    }
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
        const std::string err = std::strerror(errno);
        ::unlink(temporary_.c_str());
        throw std::runtime_error("cannot replace " + target_.string() + ": " + err);
    }
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    atomic_output_file out(target);
    out.write(content);
    out.commit();
}

}  // namespace baocao
