#include "small_input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <memory>
#include <string>

namespace baocao::engine {

namespace {

struct fd_closer {
    int fd;
    ~fd_closer() { ::close(fd); }
};

}  // namespace

bool load_small_input(item& it, std::uint64_t max_bytes) {
    if (it.in_memory() || it.path.empty()) return false;
    const int fd = ::open(it.path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) return false;
    const fd_closer closer{fd};
    struct stat st {};
    // Only regular files: a FIFO or a device would block or never end.
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return false;
    if (static_cast<std::uint64_t>(st.st_size) > max_bytes) return false;
    auto bytes = std::make_shared<std::string>(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t done = 0;
    while (done < bytes->size()) {
        const ssize_t n = ::read(fd, bytes->data() + done, bytes->size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) break;   // shrank while read: take what is there, as a stream would
        done += static_cast<std::size_t>(n);
    }
    bytes->resize(done);
    it.bytes = std::move(bytes);
    it.path.clear();
    return true;
}

}  // namespace baocao::engine
