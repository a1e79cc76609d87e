// SPDX-License-Identifier: Apache-2.0
// Reading the mailbox password from a private file or the environment.
#include "fetch_password.hpp"

#include "cli_args.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace baocao::cli {

std::string load_mail_password(const std::string& password_file) {
    if (password_file.empty()) {
        const char* env = std::getenv("BAOCAO_MAIL_PASSWORD");
        if (!env || !*env)
            throw usage_error("no password: set the environment variable BAOCAO_MAIL_PASSWORD or give --password-file FILE");
        return env;
    }
    // fstat on the opened file, not stat on the name: the checked file is the read one.
    const int fd = ::open(password_file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        throw usage_error("cannot open the password file " + password_file + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw usage_error("the password file " + password_file + " is not a regular file");
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ::close(fd);
        throw usage_error("the password file " + password_file +
                          " can be read or changed by other users; restrict it with: chmod 600 " + password_file);
    }
    std::string content;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        content.append(buffer, static_cast<std::size_t>(n));
        if (content.size() > 64 * 1024) break;
    }
    ::close(fd);
    // The first line is the password; a trailing newline is an editor's, not the password's.
    content = content.substr(0, content.find('\n'));
    if (!content.empty() && content.back() == '\r') content.pop_back();
    if (content.empty()) throw usage_error("the password file " + password_file + " is empty");
    return content;
}

}  // namespace baocao::cli
