// Outputs are written to a temporary file and renamed, so a run killed at
// any moment leaves the previous output whole.
#include <baocao/sdk/context.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace baocao {

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
    std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        throw std::runtime_error("cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno));
    auto fail = [&](const char* what) {
        const std::string err = std::strerror(errno);
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw std::runtime_error(std::string(what) + " " + target.string() + ": " + err);
    };
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write");
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0) fail("cannot set permissions of");
    if (::fsync(fd) != 0) fail("cannot flush");
    if (::close(fd) != 0) {
        ::unlink(tmpl.c_str());
        throw std::runtime_error("cannot close " + target.string());
    }
    if (::rename(tmpl.c_str(), target.c_str()) != 0) {
        const std::string err = std::strerror(errno);
        ::unlink(tmpl.c_str());
        throw std::runtime_error("cannot replace " + target.string() + ": " + err);
    }
}

}  // namespace baocao
